import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.js';
import { migrate, migrations } from './migrations.js';
import { wrapPglite } from './pglite.js';
import { createPostgresDatabase } from './postgres.js';

/** The backends this run can test: PGlite always, Postgres when `GATEHOUSE_TEST_DATABASE_URL` is set. */
export const testBackends: readonly ('pglite' | 'postgres')[] = process.env.GATEHOUSE_TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

/** One PGlite per test worker (the server project runs with `isolate: false`, so test files share it). */
let sharedPglite: Promise<PGlite> | undefined;

/**
 * Starts PGlite from a cached, migrated data directory: initdb inside WebAssembly costs seconds, so the first
 * run writes a tarball keyed by the schema and later starts load a copy of it.
 */
async function startPglite(): Promise<PGlite> {
  const key = createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
  const template = join(tmpdir(), `gatehouse-pglite-${key}.tar`);
  if (existsSync(template)) return PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) });
  const pg = await PGlite.create();
  await migrate(wrapPglite(pg));
  const dump = await pg.dumpDataDir('none');
  const partial = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, template);
  return pg;
}

/**
 * A fresh, migrated database for one test file, in a schema of its own: on the worker's shared PGlite
 * (starting one costs ~2 s, a schema and its migration ~0.2 s), or — when `GATEHOUSE_TEST_DATABASE_URL` is set
 * (CI) — on that Postgres server, so the same suite runs against both implementations. `close()` drops the
 * schema (and, for Postgres, closes the pool); the shared PGlite lives as long as the worker.
 */
export async function openTestDatabase(
  kind: 'pglite' | 'postgres' = testBackends.at(-1) ?? 'pglite',
): Promise<Database> {
  const url = process.env.GATEHOUSE_TEST_DATABASE_URL;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  if (kind === 'postgres' && url) {
    const db = await createPostgresDatabase({ connectionString: url, schema, max: 4 });
    await migrate(db);
    return db;
  }
  sharedPglite ??= startPglite();
  const pg = await sharedPglite;
  // One connection: the search path set here holds until the next file sets its own. Files in a worker run
  // one after the other, and each awaits its last request (app.idle()) before closing.
  await pg.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
  const db = wrapPglite(pg);
  await migrate(db);
  return {
    ...db,
    close: async () => {
      await pg.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`);
    },
  };
}
