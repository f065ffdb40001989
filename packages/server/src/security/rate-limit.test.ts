import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { hitRateLimit } from './rate-limit.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('rate limits have no window edge', () => {
  it('"10 per minute" allows at most 11 of 20 hits spread over 10 s across a minute boundary', async () => {
    const limit = { max: 10, windowMs: 60_000 };
    const start = Date.parse('2026-03-01T10:00:55Z');
    let allowed = 0;
    for (let i = 0; i < 20; i++) {
      const hit = await hitRateLimit(db, 'account:edge@acme.test:register', new Date(start + i * 500), limit);
      if (hit.ok) allowed += 1;
    }
    // A burst of 10, then one more refilled during the 10 s (10 per 60 s is one per 6 s).
    expect(allowed).toBeLessThanOrEqual(11);
    expect(allowed).toBeGreaterThanOrEqual(10);
  });

  it('refills steadily: after a burst, one more per windowMs/max, and Retry-After says when', async () => {
    const limit = { max: 10, windowMs: 60_000 };
    const key = 'ip:203.0.113.50:login';
    const t0 = Date.parse('2026-03-01T11:00:00Z');
    for (let i = 0; i < 10; i++) expect((await hitRateLimit(db, key, new Date(t0), limit)).ok).toBe(true);
    expect(await hitRateLimit(db, key, new Date(t0 + 1000), limit)).toEqual({ ok: false, retryAfter: 5 });
    // A refused hit costs nothing: 6 s after the burst, one hit is allowed again.
    expect((await hitRateLimit(db, key, new Date(t0 + 6100), limit)).ok).toBe(true);
    expect((await hitRateLimit(db, key, new Date(t0 + 6600), limit)).ok).toBe(false);
  });

  it('parallel hits from several processes never exceed the bucket', async () => {
    const limit = { max: 5, windowMs: 60_000 };
    const now = new Date('2026-03-01T12:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 15 }, () => hitRateLimit(db, 'ip:203.0.113.60:register', now, limit)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });
});
