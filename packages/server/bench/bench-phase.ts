/**
 * One phase of `pnpm bench server`: N server processes (`node:cluster` workers sharing one port each for the
 * Gatehouse app and the bare handler) on one database, the data a row needs (a registration to read, the RMA
 * account's session), the rows, and the workers stopped again.
 */
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCH_PASSWORD, type BenchDatabase, RMA_EMAIL, workerVariables } from './bench-setup.js';
import {
  type Endpoint,
  LOGIN_MIN_SECONDS,
  measure,
  mergeSlices,
  type Row,
  type RowPlace,
  type Target,
} from './bench-rows.js';

/** A free loopback port (asked of the OS, then released for a worker to take). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Forks `count` workers on `db` and waits until each listens. */
async function startWorkers(db: BenchDatabase, count: number, port: number, barePort: number) {
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./bench-worker.ts', import.meta.url)) });
  const workers: Worker[] = [];
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = cluster.fork(workerVariables(db, port, barePort));
          workers.push(worker);
          worker.once('message', () => resolve());
          worker.once('exit', (code) => reject(new Error(`a bench server process exited (${code})`)));
        }),
    ),
  );
  return workers;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`bench set-up: ${url} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** The registration the status rows read and the RMA account's session cookie. */
async function prepareTarget(gatehouse: string, bare: string): Promise<Target> {
  const registration = (await (
    await post(`${gatehouse}/registrations`, {
      givenName: 'Bench',
      familyName: 'Read',
      email: 'bench.read@bench-company.com',
      company: 'Bench Company',
      termsAccepted: true,
    })
  ).json()) as { id: string };
  const login = await post(`${gatehouse}/session`, { email: RMA_EMAIL, password: BENCH_PASSWORD });
  const answer = (await login.json()) as { status: string };
  if (answer.status !== 'ok') throw new Error(`bench set-up: the RMA account's login answered ${answer.status}`);
  const rmaCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { gatehouse, bare, registrationId: registration.id, rmaCookie };
}

/** Slices per endpoint when the status read and the bare handler take turns. */
const SLICES = 4;

/**
 * The status read and the bare handler in alternating slices (A B A B …), so their ratio compares two servers
 * under the same load even when other jobs on the machine come and go.
 */
async function interleaved(target: Target, at: RowPlace, seconds: number): Promise<[Row, Row]> {
  const slice = Math.max(1, Math.round(seconds / SLICES));
  const status: Row[] = [];
  const bare: Row[] = [];
  for (let i = 0; i < SLICES; i++) {
    status.push(await measure('status', target, at, slice));
    bare.push(await measure('status-bare', target, at, slice));
  }
  return [mergeSlices(status), mergeSlices(bare)];
}

/** What one phase measures. */
export interface Phase {
  database: BenchDatabase;
  processes: number;
  connections: readonly number[];
  endpoints: readonly Endpoint[];
  seconds: number;
  /** Told about each row as soon as it is measured. */
  onRow: (row: Row) => void;
}

/** Runs a phase: per connection count, the status pair interleaved, then every other endpoint. */
export async function runPhase(phase: Phase): Promise<Row[]> {
  const [port, barePort] = [await freePort(), await freePort()];
  const workers = await startWorkers(phase.database, phase.processes, port, barePort);
  const rows: Row[] = [];
  try {
    const target = await prepareTarget(`http://127.0.0.1:${port}`, `http://127.0.0.1:${barePort}`);
    const place = { database: phase.database.kind, processes: phase.processes };
    // Warm-up (JIT, pools, caches) on the cheap rows; not reported.
    await measure('status', target, { ...place, connections: 10 }, 1);
    await measure('status-bare', target, { ...place, connections: 10 }, 1);
    const report = (row: Row) => {
      row.load = loadavg()[0] as number;
      rows.push(row);
      phase.onRow(row);
    };
    const paired = phase.endpoints.includes('status') && phase.endpoints.includes('status-bare');
    for (const connections of phase.connections) {
      const at = { ...place, connections };
      if (paired) for (const row of await interleaved(target, at, phase.seconds)) report(row);
      for (const endpoint of phase.endpoints) {
        if (paired && (endpoint === 'status' || endpoint === 'status-bare')) continue;
        const seconds = endpoint === 'login' ? Math.max(phase.seconds, LOGIN_MIN_SECONDS) : phase.seconds;
        report(await measure(endpoint, target, at, seconds));
      }
    }
  } finally {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.removeAllListeners('exit');
            worker.once('exit', () => resolve());
            worker.disconnect();
          }),
      ),
    );
  }
  return rows;
}
