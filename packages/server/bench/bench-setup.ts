/**
 * The data `pnpm bench server` runs against, and how the driver tells a worker where it is: a Postgres schema
 * of its own (on `DATABASE_URL`, else the dev cluster on port 54330) or a PGlite directory, migrated and seeded
 * before any server process starts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedAccount } from '../src/accounts/seed.js';
import { seedDevices } from '../src/devices/seed-devices.js';
import type { Database } from '../src/storage/database.js';
import { migrate } from '../src/storage/migrations.js';
import { createPgliteDatabase } from '../src/storage/pglite.js';
import { createPostgresDatabase } from '../src/storage/postgres.js';

/** The status read's query (GET /registrations/:id), which the bare handler runs too. */
export const STATUS_QUERY =
  'SELECT status, token_expires_at, decision_reason FROM registrations WHERE id = $1';

/** The password of every seeded bench account. */
export const BENCH_PASSWORD = 'benchmark password that is long enough';

/** The bench company's mail domain. */
export const BENCH_DOMAIN = 'bench-company.com';

/** The company's registered devices, which every RMA request names. */
export const RMA_SERIALS = ['SN-100200', 'SN-100201', 'SN-100202'] as const;

/** Accounts the login rows take turns on: enough that no account sees two attempts at once (no lockout). */
export const LOGIN_ACCOUNTS = 500;

/** The e-mail address of login account `n`. */
export const loginEmail = (n: number) => `login-${n}@bench-company.com`;

/**
 * The account that files RMA requests: it holds the `rma` role (without it POST /rma answers 403) and belongs
 * to a company whose devices are in the registry (a serial of no company's device answers 422 unknown-device).
 */
export const RMA_EMAIL = 'rma@bench-company.com';

/** Where a phase's data lives. */
export type BenchDatabase =
  | { kind: 'postgres'; url: string; schema: string }
  | { kind: 'pglite'; dataDir: string };

/** What a worker reads from its environment. */
export type WorkerEnvironment = BenchDatabase & { port: number; barePort: number };

/** The environment a worker is forked with. */
export function workerVariables(db: BenchDatabase, port: number, barePort: number): Record<string, string> {
  const where: Record<string, string> =
    db.kind === 'postgres'
      ? { BENCH_PG_URL: db.url, BENCH_PG_SCHEMA: db.schema }
      : { BENCH_PGLITE_DIR: db.dataDir };
  return { ...where, BENCH_PORT: String(port), BENCH_BARE_PORT: String(barePort) };
}

/** Reads {@link workerVariables} back. */
export function workerEnvironment(env: NodeJS.ProcessEnv): WorkerEnvironment {
  const ports = { port: Number(env.BENCH_PORT), barePort: Number(env.BENCH_BARE_PORT) };
  if (env.BENCH_PG_URL)
    return { kind: 'postgres', url: env.BENCH_PG_URL, schema: env.BENCH_PG_SCHEMA as string, ...ports };
  return { kind: 'pglite', dataDir: env.BENCH_PGLITE_DIR as string, ...ports };
}

/** The Postgres the bench uses: `DATABASE_URL`, else the dev cluster on port 54330. */
export function postgresUrl(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54330/postgres';
}

/** Opens a bench database from the driver (for seeding and clean-up). */
export async function openBenchDatabase(db: BenchDatabase): Promise<Database> {
  return db.kind === 'postgres'
    ? createPostgresDatabase({ connectionString: db.url, schema: db.schema, max: 2 })
    : createPgliteDatabase({ dataDir: db.dataDir });
}

/** A fresh PGlite directory under the system's temp folder. */
export function freshPgliteDirectory(): BenchDatabase {
  return { kind: 'pglite', dataDir: mkdtempSync(join(tmpdir(), 'gatehouse-bench-')) };
}

/**
 * Migrates and seeds: the RMA account and {@link LOGIN_ACCOUNTS} login accounts. The login accounts share one
 * production-strength hash (copied rows: hashing 500 passwords would take minutes), which costs a login the same.
 */
export async function seedBenchData(db: Database): Promise<void> {
  await migrate(db);
  await db.query(
    "INSERT INTO companies (id, name, domain, created_at) VALUES ('co_bench', 'Bench Company', $1, now())",
    [BENCH_DOMAIN],
  );
  await seedDevices(db, `company_domain,serial,purchase_date\n${RMA_SERIALS.map((s) => `${BENCH_DOMAIN},${s},2025-01-07`).join('\n')}\n`);
  await seedAccount(db, { email: RMA_EMAIL, password: BENCH_PASSWORD, roles: ['rma'] });
  await db.query("UPDATE accounts SET company_id = 'co_bench' WHERE email = $1", [RMA_EMAIL]);
  await seedAccount(db, { email: loginEmail(0), password: BENCH_PASSWORD, roles: [] });
  await db.query(
    `INSERT INTO accounts (id, email, company_id, given_name, family_name, roles, password_hash, password_one_time,
       password_expires_at, profile, address, pin_secret, created_at, locale)
     SELECT 'acc_bench_' || n, 'login-' || n || '@bench-company.com', company_id, given_name, family_name, roles,
       password_hash, password_one_time, password_expires_at, profile, address, pin_secret, created_at, locale
     FROM accounts, generate_series(1, $2::int - 1) AS n WHERE email = $1`,
    [loginEmail(0), LOGIN_ACCOUNTS],
  );
}
