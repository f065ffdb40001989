import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32.js';

const ascii = (text: string) => new TextEncoder().encode(text);

// RFC 4648 §10 test vectors.
const rfc4648: Array<[string, string]> = [
  ['', ''],
  ['f', 'MY======'],
  ['fo', 'MZXQ===='],
  ['foo', 'MZXW6==='],
  ['foob', 'MZXW6YQ='],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI======'],
];

describe('base32 (RFC 4648)', () => {
  it.each(rfc4648)('encodes %j as %s', (plain, encoded) => {
    expect(base32Encode(ascii(plain), { padding: true })).toBe(encoded);
    expect(base32Encode(ascii(plain))).toBe(encoded.replace(/=+$/, ''));
  });

  it.each(rfc4648)('decodes %j from padded, unpadded and lower-case forms', (plain, encoded) => {
    for (const form of [encoded, encoded.replace(/=+$/, ''), encoded.toLowerCase()]) {
      expect(base32Decode(form)).toEqual({ ok: true, value: ascii(plain) });
    }
  });

  it('decodes the RFC 4226 secret as authenticator apps show it, spaces included', () => {
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual({
      ok: true,
      value: ascii('12345678901234567890'),
    });
  });

  it.each([
    ['MZXW6YT1', 'invalid-character', 7],
    ['MZXW0', 'invalid-character', 4],
    ['MZXW6YTBO', 'invalid-length', undefined],
    ['MZX', 'invalid-length', undefined],
    ['MY=====', 'invalid-padding', undefined],
    ['MY======MY', 'invalid-padding', 8],
    ['MZXW6YTB========', 'invalid-padding', undefined],
    ['MZ', 'non-zero-trailing-bits', undefined],
    ['MZXW6YR', 'non-zero-trailing-bits', undefined],
  ])('rejects %s (%s)', (input, reason, index) => {
    const result = base32Decode(input);
    expect(result).toEqual({
      ok: false,
      code: 'invalid-base32',
      params: index === undefined ? { reason } : { reason, index },
    });
  });

  it('property: decode(encode(bytes)) is bytes, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.boolean(), (bytes, padding) => {
        expect(base32Decode(base32Encode(bytes, { padding }))).toEqual({ ok: true, value: bytes });
      }),
    );
  });

  it('property: any string decodes to a result without throwing, and accepted strings re-encode canonically', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z2-7=]{0,24}$/)), (input) => {
        const result = base32Decode(input);
        if (result.ok) {
          expect(base32Encode(result.value)).toBe(input.replace(/[ =]/g, '').toUpperCase());
        } else {
          expect(result.code).toBe('invalid-base32');
        }
      }),
    );
  });
});
