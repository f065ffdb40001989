import { describe, expect, it } from 'vitest';
import { normalizeTypedDigits } from './typed-digits.js';

describe('normalizeTypedDigits', () => {
  it.each([
    ['123 456', '123456'],
    [' 123-456\n', '123456'],
    ['123–456', '123456'],
    ['１２３４５６', '123456'],
    ['12a456', '12a456'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTypedDigits(input)).toBe(expected);
  });

  it('turns non-strings into the empty string', () => {
    expect(normalizeTypedDigits(123456)).toBe('');
    expect(normalizeTypedDigits(undefined)).toBe('');
  });
});
