import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, normalizeRecoveryCode } from './recovery-code.js';

describe('generateRecoveryCodes', () => {
  it('gives ten distinct codes shaped abcde-fghjk, fresh each time', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(generateRecoveryCodes()).not.toEqual(codes);
    expect(generateRecoveryCodes({ count: 3 })).toHaveLength(3);
  });

  it('uses every character of the alphabet (no bias that leaves some out)', () => {
    const seen = new Set(generateRecoveryCodes({ count: 100 }).join('').replace(/-/g, ''));
    expect(seen.size).toBe(32);
  });

  it.each([0, 101, 2.5])('rejects a count of %s', (count) => {
    expect(() => generateRecoveryCodes({ count })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});

describe('normalizeRecoveryCode', () => {
  it('accepts what people type: capitals, spaces, other dashes, i/l/o for 1/0', () => {
    expect(normalizeRecoveryCode('ABCDE-FGHJK')).toBe('abcdefghjk');
    expect(normalizeRecoveryCode(' abcde fghjk ')).toBe('abcdefghjk');
    expect(normalizeRecoveryCode('abcde–fghjk')).toBe('abcdefghjk');
    expect(normalizeRecoveryCode('OIL23-45678')).toBe('01123-45678'.replace('-', ''));
  });

  it.each([['abcde-fghj'], ['abcde-fghjkm'], ['abcde-fghj!'], ['abcde-fghju'], [42], [null]])(
    'refuses %s',
    (input) => {
      expect(normalizeRecoveryCode(input)).toBeNull();
    },
  );

  it('maps every generated code to itself without the dash, whatever the case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...generateRecoveryCodes({ count: 50 })), fc.boolean(), (code, upper) => {
        const typed = upper ? code.toUpperCase() : code;
        expect(normalizeRecoveryCode(typed)).toBe(code.replace('-', ''));
      }),
    );
  });
});
