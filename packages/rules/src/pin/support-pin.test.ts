import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateHotp } from '../otp/hotp.js';
import { normalizeTypedDigits } from '../otp/typed-digits.js';
import { deriveSupportPin, pinValidUntil, verifySupportPin } from './support-pin.js';

const secret = new TextEncoder().encode('per-user-secret-0123456789abcdef');
const hour = 3_600_000;
const t = Date.UTC(2026, 2, 1, 10, 20, 0);

describe('deriveSupportPin', () => {
  it('gives 8 digits that stay the same within a period and change at its end', async () => {
    const pin = await deriveSupportPin({ secret, time: t });
    expect(pin).toMatch(/^\d{8}$/);
    expect(await deriveSupportPin({ secret, time: Date.UTC(2026, 2, 1, 10, 0, 0) })).toBe(pin);
    expect(await deriveSupportPin({ secret, time: Date.UTC(2026, 2, 1, 10, 59, 59, 999) })).toBe(pin);
    expect(await deriveSupportPin({ secret, time: Date.UTC(2026, 2, 1, 11, 0, 0) })).not.toBe(pin);
  });

  it('depends on the user secret, and differs from an HOTP of the same secret and counter', async () => {
    const other = new TextEncoder().encode('another-users-secret-0123456789a');
    expect(await deriveSupportPin({ secret: other, time: t })).not.toBe(
      await deriveSupportPin({ secret, time: t }),
    );
    const counter = Math.floor(t / hour);
    const hotp = await generateHotp({ secret, counter, digits: 8, algorithm: 'SHA-256' });
    expect(await deriveSupportPin({ secret, time: t })).not.toBe(hotp);
  });

  it('follows a custom period', async () => {
    const day = 86_400;
    const a = await deriveSupportPin({ secret, time: Date.UTC(2026, 2, 1, 0, 0, 1), period: day });
    expect(await deriveSupportPin({ secret, time: Date.UTC(2026, 2, 1, 23, 59, 59), period: day })).toBe(a);
    expect(pinValidUntil({ time: Date.UTC(2026, 2, 1, 13, 0, 0), period: day })).toBe(Date.UTC(2026, 2, 2));
  });

  it.each([
    [{ period: 30 }, 'period'],
    [{ period: 3600.5 }, 'period'],
    [{ time: Number.POSITIVE_INFINITY }, 'time'],
    [{ secret: new Uint8Array() }, 'secret'],
  ])('rejects %j naming %s', async (override, field) => {
    await expect(deriveSupportPin({ secret, time: t, ...override })).rejects.toMatchObject({
      code: 'invalid-option',
      params: { field },
    });
  });
});

describe('pinValidUntil', () => {
  it('is the end of the current period', () => {
    expect(pinValidUntil({ time: t })).toBe(Date.UTC(2026, 2, 1, 11, 0, 0));
    expect(pinValidUntil({ time: Date.UTC(2026, 2, 1, 11, 0, 0) })).toBe(Date.UTC(2026, 2, 1, 12, 0, 0));
  });
});

describe('verifySupportPin', () => {
  it('accepts the current and the previous period, not older or future ones', async () => {
    const pin = await deriveSupportPin({ secret, time: t });
    expect(await verifySupportPin({ secret, pin, time: t })).toEqual({
      ok: true,
      periodNumber: Math.floor(t / hour),
    });
    expect(
      await verifySupportPin({ secret, pin: `${pin.slice(0, 4)} ${pin.slice(4)}`, time: t + hour }),
    ).toMatchObject({
      ok: true,
    });
    expect(await verifySupportPin({ secret, pin, time: t + hour, acceptPrevious: false })).toMatchObject({
      ok: false,
      code: 'invalid-pin',
    });
    expect(await verifySupportPin({ secret, pin, time: t + 2 * hour })).toMatchObject({ ok: false });
    expect(await verifySupportPin({ secret, pin, time: t - hour })).toMatchObject({ ok: false });
  });

  it('property: never throws on any typed PIN and accepts only the derived one', async () => {
    const pin = await deriveSupportPin({ secret, time: t });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.stringMatching(/^\d{8}$/)), async (typed) => {
        const verdict = await verifySupportPin({ secret, pin: typed, time: t, acceptPrevious: false });
        expect(verdict.ok).toBe(normalizeTypedDigits(typed) === pin);
      }),
      { numRuns: 200 },
    );
  });
});
