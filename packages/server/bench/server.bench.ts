/**
 * `pnpm bench server`: drives the Gatehouse server with autocannon over loopback (PGlite in memory):
 * a status read, the RMA POST (validated with the RMA form) against a bare Hono handler that only parses
 * JSON (the library's overhead as a ratio), and a login dominated by scrypt (production parameters).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { seedAccount } from '../src/accounts/seed.js';
import { createGatehouseServer } from '../src/create-server.js';
import { DEFAULT_SCRYPT } from '../src/security/password-hash.js';
import { createPgliteDatabase } from '../src/storage/pglite.js';
import { migrate } from '../src/storage/migrations.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);

async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  return new Promise<{ url: string; close: () => void }>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}

const db = await createPgliteDatabase();
await migrate(db);
const password = 'benchmark password that is long enough';
await seedAccount(db, { email: 'bench@bench-company.com', password, roles: [], scrypt: DEFAULT_SCRYPT });
const app = await createGatehouseServer({
  db,
  policies: { ipLimit: { max: 1e9, windowMs: 60_000 }, accountLimit: { max: 1e9, windowMs: 60_000 } },
});
const gatehouse = await listen(app.fetch);

const bare = new Hono();
bare.post('/rma', async (c) => {
  await c.req.json();
  return c.json({ rmaId: 'x', number: 'RMA-0' }, 201);
});
const plain = await listen(bare.fetch);

// A session and a registration to read.
const login = await fetch(`${gatehouse.url}/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@bench-company.com', password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const registration = await fetch(`${gatehouse.url}/registrations`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    givenName: 'Bench',
    familyName: 'Mark',
    email: 'bench.mark@bench-company.com',
    company: 'Bench Company',
    termsAccepted: true,
  }),
}).then((r) => r.json() as Promise<{ id: string }>);

const rma = JSON.stringify({
  serialNumber: 'SN-100200',
  description: 'The unit reboots every few minutes under load; logs attached to the case.',
  deliveryAddress: { company: 'Bench Company', street: '1 Main Street', postalCode: '10115', city: 'Berlin', country: 'DE' },
  addressConfirmed: true,
  moreThanOneDevice: true,
  additionalSerialNumbers: ['SN-100201', 'SN-100202'],
});

const rows: { name: string; rps: number; p50: number; p99: number; errors: number }[] = [];
async function run(name: string, options: Parameters<typeof autocannon>[0]) {
  const result = await autocannon({ connections: 10, duration: DURATION, ...options });
  rows.push({
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  });
}

await run('GET /registrations/:id (status read)', { url: `${gatehouse.url}/registrations/${registration.id}` });
await run('POST /rma (RMA form validation + insert)', {
  url: `${gatehouse.url}/rma`,
  method: 'POST',
  headers: { 'content-type': 'application/json', cookie },
  body: rma,
});
await run('POST /rma on a bare Hono JSON handler', {
  url: `${plain.url}/rma`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: rma,
});
await run(`POST /session (login, scrypt N=2^${Math.log2(DEFAULT_SCRYPT.N)} r=${DEFAULT_SCRYPT.r} p=${DEFAULT_SCRYPT.p})`, {
  url: `${gatehouse.url}/session`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@bench-company.com', password }),
  connections: 4,
});

console.log(`\nautocannon, ${DURATION} s per row, 10 connections (login: 4), loopback, PGlite in memory, 2 shared cores\n`);
console.log('| endpoint | requests/s | p50 ms | p99 ms | non-2xx |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
const [, gh, base] = rows;
if (gh && base) console.log(`\nRMA POST overhead: the bare handler serves ${(base.rps / gh.rps).toFixed(1)}× the requests/s of Gatehouse's RMA POST.`);

gatehouse.close();
plain.close();
await app.idle();
await db.close();
process.exit(0);
