// `/min` metadata on purpose: it validates a number's length per country (≈ 28 KB gzip in a browser) where
// `/max` would add ~65 KB of digit patterns. Whether a number really works is proven by the SMS code anyway.
import {
  type CountryCode,
  isSupportedCountry,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/min';
import { GatehouseError } from '../common/errors.js';

/** A phone number in the forms a backend stores and an SMS gateway takes. */
export interface ParsedPhone {
  /** E.164, e.g. `+4930123456`: store and send this. */
  e164: string;
  /** ISO 3166-1 alpha-2 region, or `null` for non-geographic numbers (+800, +882…). */
  country: string | null;
  /** Calling code without `+`, e.g. `49`. */
  countryCallingCode: string;
  /** The national significant number, e.g. `30123456`. */
  nationalNumber: string;
}

/** Why a phone number was refused; `params.reason` lets a message say what to fix. */
export type PhoneReason =
  | 'empty'
  | 'not-a-number'
  | 'missing-country'
  | 'unknown-country-code'
  | 'too-short'
  | 'too-long'
  | 'invalid-length'
  | 'has-extension'
  | 'country-not-allowed';

/** Result of {@link parsePhone}. */
export type PhoneResult =
  | { ok: true; value: ParsedPhone }
  | { ok: false; code: 'invalid-phone'; params: { reason: PhoneReason; country?: string } };

/** Options of {@link parsePhone}. */
export interface ParsePhoneOptions {
  /** ISO 3166-1 alpha-2 country assumed for numbers typed without `+` (e.g. `DE` for `030 123456`). */
  defaultCountry?: string;
  /** Only numbers of these countries are accepted (e.g. where your SMS provider delivers). */
  allowedCountries?: readonly string[];
  /** Accept an extension (`ext. 5`) and drop it from `e164` (default false: SMS cannot reach one). */
  allowExtension?: boolean;
}

const MAX_INPUT = 100;

/** Whether `country` is an ISO 3166-1 alpha-2 code the phone metadata knows (a valid `defaultCountry`). */
export function isSupportedPhoneCountry(country: unknown): boolean {
  return typeof country === 'string' && isSupportedCountry(country);
}

function assertCountry(value: unknown, field: string): asserts value is CountryCode {
  if (typeof value !== 'string' || !isSupportedCountry(value)) {
    throw new GatehouseError('invalid-option', `${field} must be a supported ISO 3166-1 alpha-2 code`, {
      field,
      value,
    });
  }
}

/**
 * Parses what a user typed into E.164 with libphonenumber-js (`min` metadata: length is checked per country,
 * not the exact digit patterns). Strict: text around the number is not extracted, and numbers without `+`
 * need `defaultCountry`. Never throws on user input; throws `invalid-option` for a bad `defaultCountry`.
 */
export function parsePhone(input: string, options: ParsePhoneOptions = {}): PhoneResult {
  const { defaultCountry, allowedCountries, allowExtension = false } = options;
  if (defaultCountry !== undefined) assertCountry(defaultCountry, 'defaultCountry');
  allowedCountries?.forEach((country, index) => {
    assertCountry(country, `allowedCountries[${index}]`);
  });
  const fail = (reason: PhoneReason, country?: string): PhoneResult => ({
    ok: false,
    code: 'invalid-phone',
    params: country === undefined ? { reason } : { reason, country },
  });
  if (typeof input !== 'string' || input.trim() === '') return fail('empty');
  // The longest E.164 number has 15 digits; anything this long is not a phone number, and a bound keeps
  // the parser's work small on hostile input.
  if (input.length > MAX_INPUT) return fail('too-long');
  let phone: ReturnType<typeof parsePhoneNumberWithError>;
  try {
    phone = parsePhoneNumberWithError(input, {
      defaultCountry: defaultCountry as CountryCode | undefined,
      extract: false,
    });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    switch (error.message) {
      case 'INVALID_COUNTRY':
        return fail(
          defaultCountry === undefined && !input.trim().startsWith('+')
            ? 'missing-country'
            : 'unknown-country-code',
        );
      case 'TOO_SHORT':
        return fail('too-short');
      case 'TOO_LONG':
        return fail('too-long');
      case 'INVALID_LENGTH':
        return fail('invalid-length');
      default:
        return fail('not-a-number');
    }
  }
  if (phone.ext && !allowExtension) return fail('has-extension');
  if (!phone.isValid()) {
    const length = validatePhoneNumberLength(input, {
      defaultCountry: defaultCountry as CountryCode | undefined,
    });
    return fail(length === 'TOO_SHORT' ? 'too-short' : length === 'TOO_LONG' ? 'too-long' : 'invalid-length');
  }
  const country = phone.country ?? null;
  if (allowedCountries && (country === null || !allowedCountries.includes(country))) {
    return fail('country-not-allowed', country ?? undefined);
  }
  return {
    ok: true,
    value: {
      e164: phone.number,
      country,
      countryCallingCode: phone.countryCallingCode,
      nationalNumber: phone.nationalNumber,
    },
  };
}
