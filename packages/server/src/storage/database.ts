/**
 * The storage interface every Gatehouse server component talks to: plain parameterised SQL against one
 * schema, so the embedded PGlite and a Postgres server behave the same.
 */

/** Something that runs one parameterised SQL statement: a database or an open transaction. */
export interface Queryable {
  /**
   * Runs one statement with `$1…$n` placeholders and returns its rows. Never interpolate input into `sql`:
   * every value goes through `params`.
   */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A database connection (pool) with transactions; one of {@link createPgliteDatabase} or {@link createPostgresDatabase}. */
export interface Database extends Queryable {
  /** Which implementation this is, for logs and the start banner. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` inside one transaction: committed when it resolves, rolled back when it throws (so a request
   * that fails half-way writes nothing). Do not use the outer database inside `work`, only `tx`.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection(s); the database is unusable afterwards. */
  close(): Promise<void>;
}
