/**
 * One server process of the scale-out test: the Gatehouse app on the Postgres schema given in the environment,
 * served on an ephemeral loopback port (printed as `{"port":N}`), every answer marked with `x-worker` so the test
 * sees which process served it. Mail goes through the queue into the `outbox` table, where the test counts it.
 */
import { serve } from '@hono/node-server';
import { createGatehouseServer } from '../create-server.js';
import { createOutboxMessenger } from '../mail/messenger.js';
import { createPostgresDatabase } from '../storage/postgres.js';
import { TEST_SCRYPT } from './test-server.js';

const env = process.env;
const db = await createPostgresDatabase({
  connectionString: env.SCALE_OUT_URL as string,
  schema: env.SCALE_OUT_SCHEMA as string,
  max: 6,
  onConnectionLost: () => undefined,
});
const app = await createGatehouseServer({
  db,
  scrypt: TEST_SCRYPT,
  encryptionKey: env.SCALE_OUT_KEY as string,
  messenger: createOutboxMessenger(db),
  // Busy timers, so reminders and mail race between the processes within the test's seconds.
  maintenanceIntervalMs: 250,
  mailPollIntervalMs: 200,
  onDeliveryError: () => undefined,
  policies: {
    ipLimit: { max: 100_000, windowMs: 60_000 },
    accountLimit: { max: 100_000, windowMs: 60_000 },
  },
});
const id = env.SCALE_OUT_WORKER ?? '?';
serve(
  {
    hostname: '127.0.0.1',
    port: 0,
    fetch: async (request, bindings) => {
      const response = await app.fetch(request, bindings);
      const marked = new Response(response.body, response);
      marked.headers.set('x-worker', id);
      return marked;
    },
  },
  (info) => console.log(JSON.stringify({ port: info.port })),
);
