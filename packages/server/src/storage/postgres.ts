import pg from 'pg';
import type { Database, Queryable } from './database.js';
import { isUnavailable, translateOutage } from './unavailable.js';

/** Options of {@link createPostgresDatabase}. */
export interface PostgresDatabaseOptions {
  /** A libpq connection string, e.g. `postgres://user:pass@127.0.0.1:5432/gatehouse` (`DATABASE_URL`). */
  connectionString: string;
  /** Pool size; default 10. */
  max?: number;
  /** How long a request waits for a connection before it fails as unavailable (503); default 5000 ms. */
  connectionTimeoutMs?: number;
  /** Told when the pool loses an idle connection (Postgres restarted, network cut); default `console.warn`. */
  onConnectionLost?: (error: Error) => void;
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
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    // A startup parameter, so every pooled connection works in the schema from its first statement.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle pooled client whose server goes away (restart, failover, network) emits 'error' on the pool; without
  // a listener Node ends the process. The pool has already dropped that client; the next query opens a new one.
  const onLost =
    options.onConnectionLost ??
    ((error: Error) => console.warn(`gatehouse: lost an idle database connection (${error.message})`));
  pool.on('error', (error) => onLost(error));
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
      const result = await client.query(sql, params as unknown[]).catch(translateOutage);
      return result.rows as Row[];
    },
  });
  const outer = wrap(pool);
  return {
    kind: 'postgres',
    query: outer.query,
    async transaction(work) {
      const client = await pool.connect().catch(translateOutage);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await work(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        if (isUnavailable(error)) broken = error as Error;
        await client.query('ROLLBACK').catch(() => undefined);
        return translateOutage(error);
      } finally {
        // A client whose connection broke is destroyed rather than handed to the next request.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
