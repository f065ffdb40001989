/**
 * `phone`: a phone number that parses to E.164 with @gatehouse/rules (libphonenumber-js metadata).
 * Options: `{ "defaultCountry": "DE" }` for numbers typed without a country code. Code: `invalid-phone`.
 */
import * as phoneApi from '@gatehouse/rules/phone';
import type { NamedRule } from '../engine/types.js';
import { type ParsePhone, rejectionOf } from './rules-api.js';

const parse = (phoneApi as unknown as { parsePhone?: ParsePhone }).parsePhone;

/** The `phone` named rule. */
export const phoneRule: NamedRule = {
  name: 'phone',
  codes: ['invalid-phone'],
  validateOptions: (o) =>
    o.defaultCountry === undefined ||
    (typeof o.defaultCountry === 'string' && /^[A-Z]{2}$/.test(o.defaultCountry))
      ? []
      : ['option "defaultCountry" must be an ISO 3166-1 alpha-2 code like "DE"'],
  create(options) {
    if (typeof parse !== 'function') throw new Error('gatehouse-forms: @gatehouse/rules has no parsePhone');
    const opts = typeof options.defaultCountry === 'string' ? { defaultCountry: options.defaultCountry } : {};
    return (value) => (typeof value === 'string' ? rejectionOf(parse(value, opts)) : null);
  },
};
