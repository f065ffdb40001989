import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import codePoints from './code-points.js';

const ucs2length = ((ucs2lengthModule as unknown as { default?: unknown }).default ?? ucs2lengthModule) as (
  s: string,
) => number;

// Strings of arbitrary UTF-16 code units, lone and reversed surrogates included.
const units = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })), {
    maxLength: 40,
  })
  .map((codes) => String.fromCharCode(...codes));

describe('codePoints', () => {
  it('counts like ajv ucs2length (what compileForm uses) on any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.oneof(units, fc.string({ unit: 'grapheme' })), (s) => {
        expect(codePoints(s)).toBe(ucs2length(s));
      }),
      {
        numRuns: 500,
      },
    );
  });
  it('counts a surrogate pair once and a lone surrogate once', () => {
    expect(codePoints('a😀b')).toBe(3);
    expect(codePoints('\ud83d')).toBe(1);
    expect(codePoints('\ude00\ud83d')).toBe(2);
    expect(codePoints('')).toBe(0);
  });
});
