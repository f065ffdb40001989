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

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when `GATEHOUSE_TEST_DATABASE_URL` is
 * set (CI) — a new schema on that Postgres server, so the same suite runs against both implementations.
 */
export async function openTestDatabase(
  kind: 'pglite' | 'postgres' = testBackends.at(-1) ?? 'pglite',
): Promise<Database> {
  const url = process.env.GATEHOUSE_TEST_DATABASE_URL;
  if (kind === 'postgres' && url) {
    const db = await createPostgresDatabase({
      connectionString: url,
      schema: `t_${randomBytes(6).toString('hex')}`,
      max: 4,
    });
    await migrate(db);
    return db;
  }
  // initdb inside WebAssembly costs seconds; a migrated data directory is cached as a tarball keyed by the
  // schema, and every test file starts from a copy of it.
  const key = createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
  const template = join(tmpdir(), `gatehouse-pglite-${key}.tar`);
  if (existsSync(template)) {
    const pg = await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) });
    return wrapPglite(pg);
  }
  const pg = await PGlite.create();
  const db = wrapPglite(pg);
  await migrate(db);
  const dump = await pg.dumpDataDir('none');
  const partial = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, template);
  return db;
}
