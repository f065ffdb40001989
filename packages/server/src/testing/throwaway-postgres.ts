import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A Postgres cluster of its own for fault tests (stop, restart, kill), on a free loopback port, so the shared
 * server is never touched. Built from the Debian binaries under `/usr/lib/postgresql/<n>/bin`; as root, every
 * command runs as the `postgres` user, as `.ci/run` does.
 */
export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`. */
  readonly url: string;
  readonly port: number;
  /** Stops the server (`-m fast`: open connections are terminated, as an operator's restart does). */
  stop(): void;
  /** Starts it again on the same port. */
  start(): void;
  /** Stops and starts it. */
  restart(): void;
  /** Stops it for good and deletes its directory. */
  destroy(): void;
}

/** The newest Debian Postgres `bin` directory, or null when no Postgres is installed. */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? join(root, newest, 'bin') : null;
}

/** A port the kernel just handed out (closed again, so Postgres can take it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

function run(bin: string, command: string, args: string[]): void {
  const file = join(bin, command);
  const result = isRoot()
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [file, ...args].map(shellQuote).join(' ')], {
        encoding: 'utf8',
      })
    : spawnSync(file, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

const shellQuote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * initdb + start on a free port (~2–4 s). Throws when no Postgres binaries exist; callers check
 * {@link postgresBinaries} first and skip with a message.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('no Postgres binaries under /usr/lib/postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-fault-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, uid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=60`;
  const start = () => run(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', options, 'start']);
  const stop = () => run(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  let alive = true;
  // A test that times out before it could call destroy() must not leave a server running behind it.
  const onExit = () => {
    if (alive) stopQuietly();
  };
  const stopQuietly = () => {
    try {
      stop();
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => {
      stop();
      alive = false;
    },
    start: () => {
      start();
      alive = true;
    },
    restart: () => {
      stop();
      start();
    },
    destroy: () => {
      process.off('exit', onExit);
      if (alive) stop();
      alive = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
