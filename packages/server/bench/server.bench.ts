/**
 * `pnpm bench server`: the Gatehouse server under autocannon over loopback, on Postgres (a schema of its own on
 * `DATABASE_URL`, else the dev cluster on port 54330) and on PGlite, with 1 and 3 server processes (`node:cluster`;
 * PGlite: 1, it belongs to one process), at 10 and 50 connections: the status read beside a bare Hono handler
 * running the same query on the same database, registration, the RMA POST and login (production scrypt and
 * hashing bound). Each row counts its non-2xx answers by status; a row that is mostly errors fails the run.
 *
 * Environment: `BENCH_SECONDS` (10 per row; login at least 20), `BENCH_DATABASES` (postgres,pglite), `BENCH_PROCESSES` (1,3),
 * `BENCH_CONNECTIONS` (10,50), `BENCH_ENDPOINTS` (all), `BENCH_JSON` (also write the rows to this file).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runPhase } from './bench-phase.js';
import { ENDPOINTS, type Endpoint, type Row } from './bench-rows.js';
import {
  type BenchDatabase,
  freshPgliteDirectory,
  openBenchDatabase,
  postgresUrl,
  seedBenchData,
} from './bench-setup.js';
import { formatRatios, formatRow, TABLE_HEADER } from './bench-table.js';

const env = process.env;
const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const seconds = Number(env.BENCH_SECONDS ?? 10);
const databases = list(env.BENCH_DATABASES, 'postgres,pglite');
const processCounts = list(env.BENCH_PROCESSES, '1,3').map(Number);
const connections = list(env.BENCH_CONNECTIONS, '10,50').map(Number);
const endpoints = list(env.BENCH_ENDPOINTS, ENDPOINTS.join(',')) as Endpoint[];
for (const e of endpoints) if (!ENDPOINTS.includes(e)) throw new Error(`BENCH_ENDPOINTS: unknown endpoint ${e}`);

/** A freshly seeded database for one phase (Postgres: a new schema; PGlite: a new directory). */
async function freshDatabase(kind: string): Promise<BenchDatabase> {
  const database: BenchDatabase =
    kind === 'postgres'
      ? { kind: 'postgres', url: postgresUrl(env), schema: `gatehouse_bench_${process.pid}_${Date.now() % 1e6}` }
      : freshPgliteDirectory();
  const db = await openBenchDatabase(database);
  try {
    await seedBenchData(db);
  } finally {
    await db.close();
  }
  return database;
}

/** Removes a phase's data: its Postgres schema or its PGlite directory. */
async function dropDatabase(database: BenchDatabase): Promise<void> {
  if (database.kind === 'pglite') return rmSync(database.dataDir, { recursive: true, force: true });
  const db = await openBenchDatabase(database);
  try {
    await db.query(`DROP SCHEMA ${database.schema} CASCADE`);
  } finally {
    await db.close();
  }
}

const startLoad = loadavg();
console.log(
  `autocannon over loopback, ${seconds} s per row, ${databases.join(' + ')}; load average at start ${startLoad
    .map((l) => l.toFixed(2))
    .join(' / ')}`,
);
console.log(`\n${TABLE_HEADER}`);
const rows: Row[] = [];
for (const kind of databases) {
  for (const processes of kind === 'pglite' ? [1] : processCounts) {
    const database = await freshDatabase(kind);
    try {
      rows.push(
        ...(await runPhase({
          database,
          processes,
          connections,
          endpoints,
          seconds,
          onRow: (row) => console.log(formatRow(row)),
        })),
      );
    } finally {
      await dropDatabase(database);
    }
  }
}
console.log(`\n${formatRatios(rows).join('\n')}`);
console.log(
  `\nload average at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min; 2 cores shared with other jobs)`,
);
if (env.BENCH_JSON) writeFileSync(env.BENCH_JSON, JSON.stringify({ startLoad, rows }, null, 2));

const failed = rows.filter((r) => r.failure);
for (const r of failed)
  console.error(`\nFAILED ROW ${r.database} ×${r.processes} ${r.connections} conn ${r.endpoint}: ${r.failure}`);
if (failed.length > 0) console.error(`\n${failed.length} row(s) measured mostly errors: these numbers are not real.`);
process.exit(failed.length === 0 ? 0 : 1);
