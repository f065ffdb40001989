import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** Options of {@link createPgliteDatabase}. */
export interface PgliteDatabaseOptions {
  /** Directory holding the data (created when missing). Omit for an in-memory database (tests). */
  dataDir?: string;
}

/**
 * The embedded default: Postgres compiled to WebAssembly (PGlite), data in a directory. One process only may
 * open a data directory; run several server processes against Postgres instead ({@link createPostgresDatabase}).
 */
export async function createPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<Database> {
  return wrapPglite(options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create());
}

/** Adapts an open PGlite instance to {@link Database}; closing the result closes the instance. */
export function wrapPglite(pg: PGlite): Database {
  const wrap = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
  });
  const outer = wrap(pg);
  return {
    kind: 'pglite',
    query: outer.query,
    // PGlite is a single connection: its transaction() holds the connection exclusively, which also
    // serialises concurrent requests' transactions.
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}
