import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { clearAttempts, lockedUntil, reserveAttempt } from './attempt-counter.js';
import { audit } from './audit.js';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.js';
import { hitRateLimit } from './rate-limit.js';
import { serverSecret } from './server-secret.js';
import { hashCode, hashToken, randomDigits, randomToken } from './tokens.js';

const cheap = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 };

describe('password hashing (scrypt)', () => {
  it('verifies the right password and rejects any other', async () => {
    const stored = await hashPassword('correct horse battery staple', cheap);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same', cheap)).not.toBe(await hashPassword('same', cheap));
  });

  it('treats NFC and NFD spellings as the same password', async () => {
    const stored = await hashPassword('Grüße', cheap);
    expect(await verifyPassword('Gru\u0308ße', stored)).toBe(true);
  });

  it('treats malformed stored values as a mismatch, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (junk) => {
        expect(await verifyPassword('x', junk)).toBe(false);
      }),
      { numRuns: 50 },
    );
    expect(await verifyPassword('x', 'scrypt$99999999$8$1$AAAA$AAAA')).toBe(false);
  });

  it('flags hashes made with other parameters for rehashing', async () => {
    const stored = await hashPassword('pw', cheap);
    expect(needsRehash(stored, cheap)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });
});

describe('tokens and codes', () => {
  it('makes 256-bit tokens and stores only their hash', () => {
    const token = randomToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });

  it('binds a code hash to the pepper, purpose and subject', () => {
    const code = randomDigits(6);
    expect(code).toMatch(/^\d{6}$/);
    const base = hashCode('pepper', 'reset', 'acc_1', code);
    expect(hashCode('pepper', 'reset', 'acc_1', code)).toBe(base);
    expect(hashCode('other', 'reset', 'acc_1', code)).not.toBe(base);
    expect(hashCode('pepper', 'mfa', 'acc_1', code)).not.toBe(base);
    expect(hashCode('pepper', 'reset', 'acc_2', code)).not.toBe(base);
  });
});

describe('database-backed security state', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });
  const policy = { maxAttempts: 5, cooldownMs: 15 * 60_000 };

  it('a parallel burst of 40 wrong passwords runs at most 5 verifications, then locks', async () => {
    const stored = await hashPassword('the right one', cheap);
    const now = new Date('2026-03-01T10:00:00Z');
    let verified = 0;
    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const reservation = await reserveAttempt(db, 'login:burst@acme.test', now, policy);
        if (!reservation.ok) return 'locked';
        verified += 1;
        return (await verifyPassword(`wrong ${i}`, stored)) ? 'ok' : 'invalid';
      }),
    );
    expect(verified).toBe(5);
    expect(results.filter((r) => r === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => r === 'locked')).toHaveLength(35);
    expect(await lockedUntil(db, 'login:burst@acme.test', now)).toEqual(
      new Date(now.getTime() + policy.cooldownMs),
    );
  });

  it('the cooldown ends on time and a success clears the count', async () => {
    const key = 'login:cooldown@acme.test';
    const t0 = new Date('2026-03-01T10:00:00Z');
    for (let i = 0; i < 5; i++) expect((await reserveAttempt(db, key, t0, policy)).ok).toBe(true);
    const during = await reserveAttempt(db, key, new Date(t0.getTime() + 14 * 60_000), policy);
    expect(during).toEqual({ ok: false, until: new Date(t0.getTime() + policy.cooldownMs) });
    const after = await reserveAttempt(db, key, new Date(t0.getTime() + 15 * 60_000), policy);
    expect(after).toEqual({ ok: true, attempt: 1 });
    await clearAttempts(db, key);
    expect(await reserveAttempt(db, key, t0, policy)).toEqual({ ok: true, attempt: 1 });
  });

  it('rate limits count in the database per key and window', async () => {
    const now = new Date('2026-03-01T10:00:30Z');
    const limit = { max: 3, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => hitRateLimit(db, 'ip:203.0.113.9:register', now, limit)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    // 3 per minute refill one every 20 s.
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, retryAfter: 20 });
    expect((await hitRateLimit(db, 'ip:203.0.113.10:register', now, limit)).ok).toBe(true);
    expect(
      (await hitRateLimit(db, 'ip:203.0.113.9:register', new Date('2026-03-01T10:01:00Z'), limit)).ok,
    ).toBe(true);
  });

  it('records audit events with their details', async () => {
    await audit(db, new Date('2026-03-01T10:00:00Z'), {
      event: 'login-failed',
      subject: 'acc_audit',
      ip: '203.0.113.9',
      detail: { reason: 'invalid-credentials' },
    });
    const rows = await db.query<{ event: string; detail: unknown }>(
      "SELECT event, detail FROM audit_events WHERE subject = 'acc_audit'",
    );
    expect(rows).toEqual([{ event: 'login-failed', detail: { reason: 'invalid-credentials' } }]);
  });

  it('creates one server secret and returns it on every call', async () => {
    const [a, b] = await Promise.all([serverSecret(db, 'pepper'), serverSecret(db, 'pepper')]);
    expect(a).toBe(b);
    expect(a).toMatch(/^[\w-]{43}$/);
  });
});
