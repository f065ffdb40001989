import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhone } from './parse-phone.js';

describe('parsePhone', () => {
  it.each([
    ['+49 30 123456', undefined, '+4930123456', 'DE'],
    ['030 1234567', 'DE', '+49301234567', 'DE'],
    ['(202) 555-0142', 'US', '+12025550142', 'US'],
    ['+1 202-555-0142', 'DE', '+12025550142', 'US'],
    ['020 7946 0018', 'GB', '+442079460018', 'GB'],
    ['00 44 20 7946 0018', 'DE', '+442079460018', 'GB'],
    ['０３０ １２３４５６７', 'DE', '+49301234567', 'DE'],
    ['+41 44 668 18 00', undefined, '+41446681800', 'CH'],
  ])('%s (default %s) → %s', (input, defaultCountry, e164, country) => {
    const result = parsePhone(input, defaultCountry ? { defaultCountry } : {});
    expect(result).toMatchObject({ ok: true, value: { e164, country } });
  });

  it('reports non-geographic numbers with country null', () => {
    expect(parsePhone('+800 1234 5678')).toEqual({
      ok: true,
      value: { e164: '+80012345678', country: null, countryCallingCode: '800', nationalNumber: '12345678' },
    });
  });

  it.each([
    ['', {}, 'empty'],
    ['   ', {}, 'empty'],
    ['call me', { defaultCountry: 'DE' }, 'not-a-number'],
    ['Phone: +49 30 123456', {}, 'not-a-number'],
    ['030 123456', {}, 'missing-country'],
    ['+999 123 456', {}, 'unknown-country-code'],
    ['+49 3', {}, 'too-short'],
    ['+49 30 1234567890123456', {}, 'too-long'],
    ['1'.repeat(101), { defaultCountry: 'DE' }, 'too-long'],
    ['+44 20 7946 0018 ext. 5', {}, 'has-extension'],
  ])('%j %j → invalid-phone (%s)', (input, options, reason) => {
    expect(parsePhone(input, options)).toMatchObject({
      ok: false,
      code: 'invalid-phone',
      params: { reason },
    });
  });

  it('accepts an extension only when allowed, and drops it from E.164', () => {
    expect(parsePhone('+44 20 7946 0018 ext. 5', { allowExtension: true })).toMatchObject({
      ok: true,
      value: { e164: '+442079460018' },
    });
  });

  it('restricts countries when asked', () => {
    const options = { allowedCountries: ['DE', 'AT', 'CH'] };
    expect(parsePhone('+43 1 5131512', options)).toMatchObject({ ok: true, value: { country: 'AT' } });
    expect(parsePhone('+1 202 555 0142', options)).toEqual({
      ok: false,
      code: 'invalid-phone',
      params: { reason: 'country-not-allowed', country: 'US' },
    });
  });

  it('throws invalid-option for an unknown defaultCountry or allowed country', () => {
    expect(() => parsePhone('123', { defaultCountry: 'XX' })).toThrow(
      expect.objectContaining({
        code: 'invalid-option',
        params: expect.objectContaining({ field: 'defaultCountry' }),
      }),
    );
    expect(() => parsePhone('123', { allowedCountries: ['DE', 'de'] })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'allowedCountries[1]' }) }),
    );
  });

  it('property: never throws on any string; a success is canonical E.164 that re-parses to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/)),
        fc.constantFrom(undefined, 'DE', 'US', 'GB'),
        (input, defaultCountry) => {
          const result = parsePhone(input, defaultCountry ? { defaultCountry } : {});
          if (result.ok) {
            expect(result.value.e164).toMatch(/^\+[1-9][0-9]{1,14}$/);
            expect(parsePhone(result.value.e164)).toEqual(result);
          } else {
            expect(result.code).toBe('invalid-phone');
          }
        },
      ),
    );
  });
});
