import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationBody, TestClient, testServer } from '../testing/test-server.js';
import {
  postgresBinaries,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../testing/throwaway-postgres.js';
import type { Database } from './database.js';
import { migrate } from './migrations.js';
import { createPostgresDatabase } from './postgres.js';

const binaries = postgresBinaries();
if (!binaries) {
  console.warn(
    'postgres faults: SKIPPED — no Postgres binaries under /usr/lib/postgresql (apt-get install postgresql)',
  );
}

describe.skipIf(!binaries)('Postgres faults (a throw-away cluster this test restarts)', () => {
  let cluster: ThrowawayPostgres;
  let db: Database;
  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    db = await createPostgresDatabase({ connectionString: cluster.url, max: 4 });
    await migrate(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close().catch(() => undefined);
    cluster?.destroy();
  });

  it('survives a restart while the pool holds idle connections, and works again afterwards', async () => {
    // Four parallel statements leave four idle clients in the pool.
    await Promise.all([1, 2, 3, 4].map(() => db.query('SELECT pg_sleep(0.05)')));
    const errors: unknown[] = [];
    const onUncaught = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      cluster.restart();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(errors).toEqual([]);
    expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  }, 30_000);

  it('answers 503 with Retry-After while Postgres is down and recovers without a restart', async () => {
    const { app } = await testServer(db);
    const client = new TestClient(app);
    expect((await client.get('/registrations/reg_missing')).status).toBe(404);
    cluster.stop();
    try {
      const read = await client.get('/registrations/reg_missing');
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(read.json).toEqual({
        error: { code: 'unavailable', retryAfter: Number(read.headers.get('retry-after')) },
      });
      const write = await client.post('/registrations', registrationBody('ada@analytical.test'));
      expect(write.status).toBe(503);
    } finally {
      cluster.start();
    }
    expect((await client.get('/registrations/reg_missing')).status).toBe(404);
    app.stop();
  }, 30_000);
});
