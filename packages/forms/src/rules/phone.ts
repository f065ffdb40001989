/**
 * `phone`: a phone number that parses to E.164 with @gatehouse/rules (libphonenumber-js metadata).
 * Options: `{ "defaultCountry": "DE" }` for numbers typed without a country code, `allowedCountries`,
 * `allowExtension`. Code: `invalid-phone`.
 */
import { isSupportedPhoneCountry, type ParsePhoneOptions, parsePhone } from '@gatehouse/rules/phone';
import type { NamedRule } from '../engine/types.js';
import { PHONE_CODES } from './phone-codes.js';
import { rejectionOf } from './rejection.js';
import { factoryProblems, OptionReader } from './rules-api.js';

function phoneOptions(raw: Record<string, unknown>): { options: ParsePhoneOptions; problems: string[] } {
  const r = new OptionReader(raw);
  r.unknown(['defaultCountry', 'allowedCountries', 'allowExtension']);
  const options: ParsePhoneOptions = {
    defaultCountry: r.string('defaultCountry', /^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code like "DE"'),
    allowedCountries: r.strings('allowedCountries'),
    allowExtension: r.boolean('allowExtension'),
  };
  return { options, problems: r.problems };
}

/** The subject's country when it is one the phone metadata knows (anything else is ignored, never thrown). */
function subjectCountry(country: unknown): string | undefined {
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) return undefined;
  return isSupportedPhoneCountry(country) ? country : undefined;
}

/** The `phone` named rule; the subject's `country` is the default for national numbers. */
export const phoneRule: NamedRule = {
  name: 'phone',
  codes: PHONE_CODES,
  validateOptions(raw) {
    const { options, problems } = phoneOptions(raw);
    // parsePhone checks its options before the input: an unsupported country code throws here, not later.
    return problems.length > 0 ? problems : factoryProblems(() => parsePhone('', options));
  },
  create(raw) {
    const { options } = phoneOptions(raw);
    return (value, { subject }) => {
      if (typeof value !== 'string') return null;
      const country = options.defaultCountry ?? subjectCountry(subject?.country);
      return rejectionOf(parsePhone(value, country ? { ...options, defaultCountry: country } : options));
    };
  },
};
