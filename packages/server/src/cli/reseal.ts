/**
 * `pnpm --filter @gatehouse/server reseal [--data-dir <dir>]`: re-seals every secret at rest (TOTP seeds,
 * support-PIN seeds, pending enrollments) under the newest key of `GATEHOUSE_ENCRYPTION_KEY`, on the Postgres
 * database of `DATABASE_URL` or the PGlite directory given. Exits 1 when values under a key missing from the list
 * remain (nothing is lost: they stay as they were). See docs/server/key-rotation.md.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveSecretBox } from '../security/encryption-key.js';
import { resealSecrets } from '../security/reseal.js';
import type { Database } from '../storage/database.js';
import { type DatabaseLocation, openDatabase } from '../storage/open-database.js';

/** Where the command works: `--data-dir <dir>` (relative to the shell's directory), else `DATABASE_URL`. */
function location(argv: readonly string[], env: NodeJS.ProcessEnv): DatabaseLocation | string {
  const at = argv.indexOf('--data-dir');
  if (at >= 0) {
    const dir = argv[at + 1];
    if (!dir) return '--data-dir needs a directory';
    // pnpm --filter runs scripts in the package directory; INIT_CWD is where the command was typed.
    return { dataDir: resolve(env.INIT_CWD ?? process.cwd(), dir) };
  }
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return 'set DATABASE_URL or pass --data-dir <PGlite directory>';
}

/** Runs the command; resolves with the exit code. */
export async function reseal(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  open: (location: DatabaseLocation) => Promise<Database> = openDatabase,
): Promise<number> {
  const where = location(argv, env);
  if (typeof where === 'string') {
    print(`reseal: ${where}`);
    return 2;
  }
  if (!env.GATEHOUSE_ENCRYPTION_KEY) {
    print(
      'reseal: GATEHOUSE_ENCRYPTION_KEY is not set; the key generated into the database is used (nothing to rotate)',
    );
  }
  const db = await open(where);
  try {
    const box = await resolveSecretBox(db, env.GATEHOUSE_ENCRYPTION_KEY || undefined);
    const report = await resealSecrets(db, box);
    print(`reseal: ${report.resealed} value(s) re-sealed under key ${report.keyId}`);
    if (report.unopenable > 0) {
      print(
        `reseal: ${report.unopenable} value(s) are sealed under a key that is not in GATEHOUSE_ENCRYPTION_KEY; add that key (after the newest) and run again`,
      );
      return 1;
    }
    print(
      'reseal: every value names the newest key; older keys can be removed from GATEHOUSE_ENCRYPTION_KEY',
    );
    return 0;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  reseal(process.argv.slice(2), process.env, (line) => console.log(line)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error('reseal failed:', error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
