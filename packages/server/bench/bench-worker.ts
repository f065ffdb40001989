/**
 * One server process of `pnpm bench server` (a `node:cluster` worker, so several share one port): the Gatehouse
 * app on the database named in the environment, and beside it a bare Hono app whose one handler runs the status
 * read's query on the same database object. The driver process (autocannon) is never a server, so both are
 * measured the same way for 1 and 3 processes.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createGatehouseServer } from '../src/create-server.js';
import { createPgliteDatabase } from '../src/storage/pglite.js';
import { createPostgresDatabase } from '../src/storage/postgres.js';
import { STATUS_QUERY, workerEnvironment } from './bench-setup.js';

const env = workerEnvironment(process.env);
const db =
  env.kind === 'postgres'
    ? await createPostgresDatabase({ connectionString: env.url, schema: env.schema })
    : await createPgliteDatabase({ dataDir: env.dataDir });

// Production defaults (scrypt N=2^15, rate limits, lockout, hashing bound); the driver sends each request with its
// own client address through X-Forwarded-For, as many clients behind one proxy would.
const app = await createGatehouseServer({ db, trustProxy: 1, onDeliveryError: () => undefined });

const bare = new Hono();
bare.get('/registrations/:id', async (c) => {
  const rows = await db.query<{ status: string }>(STATUS_QUERY, [c.req.param('id')]);
  const row = rows[0];
  return row ? c.json({ status: row.status }) : c.json({ error: 'not-found' }, 404);
});

const listen = (fetch: (request: Request) => Response | Promise<Response>, port: number) =>
  new Promise<void>((resolve) => {
    serve({ fetch, port, hostname: '127.0.0.1' }, (_info: AddressInfo) => resolve());
  });
await Promise.all([listen(app.fetch, env.port), listen(bare.fetch, env.barePort)]);
process.send?.({ ready: true });

// The driver ends a phase by disconnecting its workers. Requests still in flight (a login queued for the hash)
// die with the process rather than failing on a closed pool; the driver drops the schema afterwards.
process.on('disconnect', () => {
  app.stop();
  process.exit(0);
});
