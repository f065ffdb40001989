/**
 * Builds the `business-email` named rule from an e-mail policy factory, so the server form (exact lists) and
 * the browser form (compact filter) share one adapter and return the same codes.
 */
import type { NamedRule } from '../engine/types.js';
import { type CreateEmailPolicy, emailCodes, rejectionOf } from './rules-api.js';

/** Makes the `business-email` rule around `factory`; options go to the policy unchanged. */
export function businessEmailRuleFrom(factory: CreateEmailPolicy | undefined): NamedRule {
  return {
    name: 'business-email',
    codes: emailCodes,
    create(options) {
      if (typeof factory !== 'function') {
        throw new Error('gatehouse-forms: @gatehouse/rules does not provide createEmailPolicy');
      }
      const policy = factory(options);
      return (value) => (typeof value === 'string' ? rejectionOf(policy.check(value)) : null);
    },
  };
}
