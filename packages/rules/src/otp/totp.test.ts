import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OtpAlgorithm } from './hmac.js';
import { generateTotp, totpStep, verifyTotp } from './totp.js';

const ascii = (text: string) => new TextEncoder().encode(text);

// RFC 6238 Appendix B: each algorithm has its own seed (20, 32 and 64 ASCII bytes), 8 digits, 30 s.
const seeds: Record<OtpAlgorithm, Uint8Array> = {
  'SHA-1': ascii('12345678901234567890'),
  'SHA-256': ascii('12345678901234567890123456789012'),
  'SHA-512': ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

const appendixB: Array<[seconds: number, step: string, Record<OtpAlgorithm, string>]> = [
  [59, '0000000000000001', { 'SHA-1': '94287082', 'SHA-256': '46119246', 'SHA-512': '90693936' }],
  [1111111109, '00000000023523EC', { 'SHA-1': '07081804', 'SHA-256': '68084774', 'SHA-512': '25091201' }],
  [1111111111, '00000000023523ED', { 'SHA-1': '14050471', 'SHA-256': '67062674', 'SHA-512': '99943326' }],
  [1234567890, '000000000273EF07', { 'SHA-1': '89005924', 'SHA-256': '91819424', 'SHA-512': '93441116' }],
  [2000000000, '0000000003F940AA', { 'SHA-1': '69279037', 'SHA-256': '90698825', 'SHA-512': '38618901' }],
  [20000000000, '0000000027BC86AA', { 'SHA-1': '65353130', 'SHA-256': '77737706', 'SHA-512': '47863826' }],
];

const vectors = appendixB.flatMap(([seconds, step, codes]) =>
  (Object.keys(codes) as OtpAlgorithm[]).map((algorithm) => ({
    seconds,
    step,
    algorithm,
    code: codes[algorithm],
  })),
);

describe('generateTotp — RFC 6238 Appendix B', () => {
  it.each(vectors)('$algorithm at T=$seconds s → $code', async ({ seconds, step, algorithm, code }) => {
    expect(
      totpStep(seconds * 1000)
        .toString(16)
        .toUpperCase()
        .padStart(16, '0'),
    ).toBe(step);
    expect(await generateTotp({ secret: seeds[algorithm], time: seconds * 1000, digits: 8, algorithm })).toBe(
      code,
    );
  });

  it.each(vectors)(
    'verifyTotp accepts the $algorithm vector at T=$seconds s',
    async ({ seconds, algorithm, code }) => {
      const verdict = await verifyTotp({
        secret: seeds[algorithm],
        time: seconds * 1000,
        digits: 8,
        algorithm,
        code,
      });
      expect(verdict).toEqual({ ok: true, step: totpStep(seconds * 1000), drift: 0 });
    },
  );
});

describe('verifyTotp', () => {
  const secret = seeds['SHA-1'];
  const time = 1_700_000_000_000;
  const step = totpStep(time);

  it('accepts the neighbouring steps within the window and reports the drift', async () => {
    const previous = await generateTotp({ secret, time: time - 30_000 });
    const next = await generateTotp({ secret, time: time + 30_000 });
    expect(await verifyTotp({ secret, time, code: previous })).toMatchObject({
      ok: true,
      step: step - 1,
      drift: -1,
    });
    expect(await verifyTotp({ secret, time, code: next })).toMatchObject({
      ok: true,
      step: step + 1,
      drift: 1,
    });
    expect(await verifyTotp({ secret, time, code: next, window: 0 })).toMatchObject({
      ok: false,
      code: 'invalid-code',
    });
  });

  it('rejects a code twice once its step is stored as lastUsedStep (RFC 6238 §5.2)', async () => {
    const code = await generateTotp({ secret, time });
    const first = await verifyTotp({ secret, time, code });
    expect(first.ok).toBe(true);
    const lastUsedStep = first.ok ? first.step : -1;
    expect(await verifyTotp({ secret, time: time + 10_000, code, lastUsedStep })).toEqual({
      ok: false,
      code: 'replayed-code',
      params: {},
    });
    // An older code inside the window is a replay as well once a newer step was used.
    const older = await generateTotp({ secret, time: time - 30_000 });
    expect(await verifyTotp({ secret, time, code: older, lastUsedStep })).toMatchObject({
      code: 'replayed-code',
    });
    // The next step's code is fresh.
    const fresh = await generateTotp({ secret, time: time + 30_000 });
    expect(await verifyTotp({ secret, time: time + 30_000, code: fresh, lastUsedStep })).toMatchObject({
      ok: true,
    });
  });

  it('ignores spaces but rejects other malformed input as invalid-code', async () => {
    const code = await generateTotp({ secret, time });
    const fullwidth = String.fromCharCode(...[...code].map((digit) => 0xff10 + Number(digit)));
    expect(await verifyTotp({ secret, time, code: fullwidth })).toMatchObject({ ok: true });
    expect(await verifyTotp({ secret, time, code: `${code.slice(0, 3)}–${code.slice(3)}` })).toMatchObject({
      ok: true,
    });
    expect(await verifyTotp({ secret, time, code: `${code.slice(0, 3)} ${code.slice(3)}` })).toMatchObject({
      ok: true,
    });
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}\u0000`, `${code.slice(0, 5)}x`]) {
      expect(await verifyTotp({ secret, time, code: bad })).toMatchObject({
        ok: false,
        code: 'invalid-code',
      });
    }
    expect(await verifyTotp({ secret, time, code: undefined as never })).toMatchObject({
      code: 'invalid-code',
    });
  });

  it('handles the first steps of the epoch without negative counters', async () => {
    const code = await generateTotp({ secret, time: 0 });
    expect(await verifyTotp({ secret, time: 0, code })).toMatchObject({ ok: true, step: 0 });
  });

  it('rejects bad options with a GatehouseError naming the field', async () => {
    for (const [options, field] of [
      [{ window: -1 }, 'window'],
      [{ window: 11 }, 'window'],
      [{ time: Number.NaN }, 'time'],
      [{ time: -1 }, 'time'],
      [{ period: 0 }, 'period'],
      [{ lastUsedStep: 1.5 }, 'lastUsedStep'],
    ] as const) {
      await expect(verifyTotp({ secret, time, code: '123456', ...options })).rejects.toMatchObject({
        code: 'invalid-option',
        params: { field },
      });
    }
  });

  it('property: accepts generateTotp within ±window steps and rejects it outside', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 16, maxLength: 64 }),
        fc.integer({ min: 100 * 30_000, max: 2 ** 40 }),
        fc.integer({ min: -4, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom<OtpAlgorithm>('SHA-1', 'SHA-256', 'SHA-512'),
        async (secret, time, offset, window, algorithm) => {
          const code = await generateTotp({ secret, time: time + offset * 30_000, algorithm });
          const verdict = await verifyTotp({ secret, time, code, window, algorithm });
          if (Math.abs(offset) <= window) {
            // Another step in the window may share the code (p ≈ 1e-6); the newest match is reported.
            expect(verdict.ok).toBe(true);
          } else if (verdict.ok) {
            // Only a genuine collision may accept an out-of-window code: some in-window step has the same code.
            const collided = await generateTotp({ secret, time: (verdict.step * 30 + 1) * 1000, algorithm });
            expect(collided).toBe(code);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
