import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual, constantTimeEqualText } from './constant-time.js';

describe('constant-time comparison', () => {
  it('agrees with ordinary equality on bytes and text, including different lengths', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), fc.uint8Array({ maxLength: 12 }), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a.length === b.length && a.every((x, i) => x === b[i]));
        expect(constantTimeEqual(a, a.slice())).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(constantTimeEqualText(a, b)).toBe(a === b);
      }),
    );
  });

  it('treats a prefix as different (the length is folded in, not skipped)', () => {
    expect(constantTimeEqualText('12345', '123456')).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 0]), new Uint8Array([1]))).toBe(false);
  });
});
