import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueCode, type OneTimeCodeRecord, reissueCode, verifyCode } from './one-time-code.js';
import { normalizeTypedDigits } from './typed-digits.js';

const t0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const minute = 60_000;

describe('issueCode', () => {
  it('returns a 6-digit code and a record that holds only a salted hash', async () => {
    const { code, record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    expect(code).toMatch(/^\d{6}$/);
    expect(JSON.stringify(record)).not.toContain(code);
    expect(record).toMatchObject({
      version: 1,
      hash: 'sha256',
      length: 6,
      issuedAt: '2026-01-15T09:00:00.000Z',
      expiresAt: '2026-01-15T09:10:00.000Z',
      attempts: 0,
      maxAttempts: 5,
      resends: 0,
      usedAt: null,
    });
    // Same code twice still gives different digests: the salt is fresh every time.
    const again = await issueCode({ ttl: 1000, now: t0 });
    expect(again.record.salt).not.toBe(record.salt);
  });

  it('uses HMAC with a pepper and then needs the pepper to verify', async () => {
    const pepper = new Uint8Array(32).fill(7);
    const { code, record } = await issueCode({ ttl: { minutes: 15 }, now: t0, length: 8, pepper });
    expect(record.hash).toBe('hmac-sha256');
    expect(code).toMatch(/^\d{8}$/);
    await expect(verifyCode(record, code, t0)).rejects.toMatchObject({ code: 'missing-pepper' });
    expect(await verifyCode(record, code, t0, { pepper: new Uint8Array(32).fill(8) })).toMatchObject({
      ok: false,
      code: 'invalid-code',
    });
    expect(await verifyCode(record, code, t0, { pepper })).toMatchObject({ ok: true });
  });

  it('draws every digit about equally often (chi-square over 6,000 digits)', async () => {
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 500; i++) {
      const { code } = await issueCode({ ttl: 1000, length: 12 });
      for (const digit of code) counts[Number(digit)]++;
    }
    const expected = 600;
    const chi = counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: 45 is past the 1 − 10⁻⁶ quantile, so chance failures are negligible while a
    // broken generator (a stuck or missing digit) fails by orders of magnitude.
    expect(chi).toBeLessThan(45);
  });

  it.each([
    [{ length: 5 }, 'length'],
    [{ length: 13 }, 'length'],
    [{ ttl: 0 }, 'ttl'],
    [{ ttl: { minutes: -5 } }, 'ttl'],
    [{ ttl: 'ten minutes' }, 'ttl'],
    [{ now: Number.NaN }, 'now'],
    [{ maxAttempts: 0 }, 'maxAttempts'],
    [{ pepper: new Uint8Array(4) }, 'pepper'],
  ])('rejects %j naming %s', async (override, field) => {
    await expect(issueCode({ ttl: { minutes: 10 }, ...override } as never)).rejects.toMatchObject({
      code: 'invalid-option',
      params: { field },
    });
  });
});

describe('verifyCode', () => {
  it('accepts the right code once, then reports already-used', async () => {
    const { code, record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    const first = await verifyCode(record, ` ${code.slice(0, 3)}-${code.slice(3)} `, t0 + minute);
    expect(first).toEqual({ ok: true, record: { ...record, usedAt: new Date(t0 + minute).toISOString() } });
    const second = await verifyCode(first.record, code, t0 + 2 * minute);
    expect(second).toMatchObject({ ok: false, code: 'already-used' });
  });

  it('expires at expiresAt exactly', async () => {
    const { code, record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    expect(await verifyCode(record, code, t0 + 10 * minute - 1)).toMatchObject({ ok: true });
    expect(await verifyCode(record, code, new Date(t0 + 10 * minute))).toMatchObject({
      ok: false,
      code: 'expired',
    });
  });

  it('counts wrong codes and locks after maxAttempts, even for the right code', async () => {
    const { code, record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    const wrong = code === '000000' ? '000001' : '000000';
    let current: OneTimeCodeRecord = record;
    for (let i = 1; i <= 5; i++) {
      const verdict = await verifyCode(current, i === 3 ? 'not a code' : wrong, t0);
      expect(verdict).toMatchObject({
        ok: false,
        code: 'invalid-code',
        params: { remainingAttempts: 5 - i },
      });
      current = verdict.record;
      expect(current.attempts).toBe(i);
    }
    expect(await verifyCode(current, code, t0)).toMatchObject({ ok: false, code: 'too-many-attempts' });
  });

  it('keeps the attempt count across a resend, and the old code stops working', async () => {
    const { code, record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    const wrong = code === '111111' ? '222222' : '111111';
    const failed = await verifyCode(record, wrong, t0);
    const resent = await reissueCode(failed.record, { ttl: { minutes: 10 }, now: t0 + 5 * minute });
    if (!resent.ok) throw new Error('reissue failed');
    expect(resent.value.record).toMatchObject({
      attempts: 1,
      resends: 1,
      expiresAt: new Date(t0 + 15 * minute).toISOString(),
    });
    if (resent.value.code !== code) {
      expect(await verifyCode(resent.value.record, code, t0 + 6 * minute)).toMatchObject({
        code: 'invalid-code',
      });
    }
    expect(await verifyCode(resent.value.record, resent.value.code, t0 + 6 * minute)).toMatchObject({
      ok: true,
    });
  });

  it('refuses to reissue a used or locked record', async () => {
    const { code, record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    const used = (await verifyCode(record, code, t0)).record;
    expect(await reissueCode(used, { ttl: 1000 })).toMatchObject({ ok: false, code: 'already-used' });
    const locked = { ...record, attempts: 5 };
    expect(await reissueCode(locked, { ttl: 1000 })).toMatchObject({ ok: false, code: 'too-many-attempts' });
  });

  it('throws invalid-record naming the field of a corrupted record', async () => {
    const { record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    for (const [patch, field] of [
      [{ salt: '%%%' }, 'salt'],
      [{ attempts: -1 }, 'attempts'],
      [{ expiresAt: 'tomorrow' }, 'expiresAt'],
      [{ hash: 'md5' }, 'hash'],
      [{ version: 2 }, 'version'],
    ] as const) {
      await expect(verifyCode({ ...record, ...patch } as never, '123456', t0)).rejects.toMatchObject({
        code: 'invalid-record',
        params: { field },
      });
    }
    await expect(verifyCode(null as never, '123456', t0)).rejects.toMatchObject({ code: 'invalid-record' });
  });

  it('property: any input string either verifies (only the code) or counts one attempt, never throws', async () => {
    const { code, record } = await issueCode({ ttl: { minutes: 10 }, now: t0 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.stringMatching(/^\d{6}$/)), async (input) => {
        const verdict = await verifyCode(record, input, t0);
        if (verdict.ok) expect(normalizeTypedDigits(input)).toBe(code);
        else expect(verdict.record.attempts).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
