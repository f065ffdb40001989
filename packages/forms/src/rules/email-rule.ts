/**
 * Builds the `business-email` named rule from an e-mail policy factory, so the server form (exact lists) and
 * the browser form (compact filter) share one adapter and return the same codes.
 */
import type { EmailPolicy, EmailPolicyOptions } from '@gatehouse/rules/email';
import type { NamedRule } from '../engine/types.js';
import { addRuleMessages } from '../messages/catalog.js';
import { emailMessages } from '../messages/email-messages.js';
import { emailOptions } from './email-options.js';
import { rejectionOf } from './rejection.js';
import { factoryProblems } from './rules-api.js';

/** `createEmailPolicy` of `@gatehouse/rules/email` or `@gatehouse/rules/email/browser` (same signature). */
export type CreateEmailPolicy = (options?: EmailPolicyOptions) => EmailPolicy;

/** Makes the `business-email` rule around `factory`; `codes` is the policy's `EMAIL_ISSUE_CODES`. */
export function businessEmailRuleFrom(factory: CreateEmailPolicy, codes: readonly string[]): NamedRule {
  // Built while checking the options (same options object), so compiling a form builds each policy once.
  const built = new WeakMap<object, EmailPolicy>();
  addRuleMessages('en', emailMessages);
  return {
    name: 'business-email',
    codes,
    validateOptions(raw) {
      const { options, problems } = emailOptions(raw);
      // The policy checks the values themselves (domains, words) and names the entry: ask it once here.
      return problems.length > 0
        ? problems
        : factoryProblems(
            () => factory(options),
            (policy) => built.set(raw, policy),
          );
    },
    create(raw) {
      const policy = built.get(raw) ?? factory(emailOptions(raw).options);
      return (value) => (typeof value === 'string' ? rejectionOf(policy.check(value)) : null);
    },
  };
}
