import pg from 'pg';
import type { Database, Queryable } from './database.js';

/** Options of {@link createPostgresDatabase}. */
export interface PostgresDatabaseOptions {
  /** A libpq connection string, e.g. `postgres://user:pass@127.0.0.1:5432/gatehouse` (`DATABASE_URL`). */
  connectionString: string;
  /** Pool size; default 10. */
  max?: number;
  /** A schema to work in (created when missing) instead of `public`; tests use one per file. */
  schema?: string;
}

/**
 * A Postgres server through a `pg` connection pool. Several server processes may share one database:
 * rate limits, lockouts and approval snapshots live in it, not in process memory.
 */
export async function createPostgresDatabase(options: PostgresDatabaseOptions): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new TypeError(`invalid schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    // A startup parameter, so every pooled connection works in the schema from its first statement.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // Fail at start-up, with the server's message, rather than on the first request.
  const probe = await pool.connect();
  try {
    if (schema !== undefined) {
      await probe.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    }
  } finally {
    probe.release();
  }
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
  });
  const outer = wrap(pool);
  return {
    kind: 'postgres',
    query: outer.query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
