import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import { createHashingGate, HashingBusyError, setHashingLimits } from '../security/hashing-gate.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, TestClient, testServer } from '../testing/test-server.js';

describe('the hashing gate', () => {
  it('runs at most `concurrency` at once, queues `queue` more in order, refuses the rest with a Retry-After', async () => {
    const gate = createHashingGate({ concurrency: 2, queue: 3 });
    const order: number[] = [];
    let peak = 0;
    const job = (n: number) =>
      gate.run(async () => {
        peak = Math.max(peak, gate.load().running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push(n);
        return n;
      });
    const results = await Promise.allSettled([1, 2, 3, 4, 5, 6, 7].map(job));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    const refused = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toBeInstanceOf(HashingBusyError);
    expect(refused[0].retryAfter).toBeGreaterThanOrEqual(1);
    expect(order.slice(2)).toEqual([3, 4, 5]);
  });

  it('frees the slot when the work fails', async () => {
    const gate = createHashingGate({ concurrency: 1, queue: 0 });
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });
});

/**
 * A test server for the block that calls it, with real-ish scrypt cost (N=2^14, so hashes overlap) and the given
 * hashing bound; opened before the block's tests and closed after them.
 */
function floodServer(passwordHashing: { concurrency: number; queue: number }) {
  const server = {} as { db: Database; app: GatehouseApp };
  beforeAll(async () => {
    server.db = await openTestDatabase();
    ({ app: server.app } = await testServer(server.db, {
      scrypt: { N: 2 ** 14, r: 8, p: 1, keyLength: 32 },
      passwordHashing,
    }));
  }, 60_000);
  afterAll(async () => {
    setHashingLimits({});
    await server.app?.idle();
    server.app?.stop();
    await server.db?.close();
  });
  return server;
}

describe('a login flood', () => {
  // One slot and two waiting places make the bound visible.
  const server = floodServer({ concurrency: 1, queue: 2 });

  it('beyond the queue answers 503 unavailable with Retry-After at once, never a 500, and logins work afterwards', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        new TestClient(server.app).request('POST', '/session', {
          email: `nobody${i}@flood.test`,
          password: 'wrong password for a flood',
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(3);
    for (const answer of busy) {
      expect(answer.json.error.code).toBe('unavailable');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    const reviewer = new TestClient(server.app);
    expect((await reviewer.post('/session', REVIEWER)).status).toBe(200);
  }, 30_000);
});

describe('a login flood against one account', () => {
  // One slot and no waiting place: of a burst, one password is verified and the rest are refused at once.
  const server = floodServer({ concurrency: 1, queue: 0 });

  it('counts only the passwords it verified: a 503 does not move the account towards its lockout', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        new TestClient(server.app).request('POST', '/session', {
          email: REVIEWER.email,
          password: 'a wrong guess in a burst',
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses).toContain(503);
    const rows = await server.db.query<{ failures: number }>(
      'SELECT failures FROM attempt_counters WHERE key = $1',
      [`login:${REVIEWER.email}`],
    );
    expect(rows[0]?.failures).toBe(statuses.filter((s) => s === 401).length);
    expect((await new TestClient(server.app).post('/session', REVIEWER)).status).toBe(200);
  }, 30_000);
});
