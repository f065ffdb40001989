/**
 * Reading the `business-email` rule's JSON options. Its own module because the browser's lazy rule loads it
 * together with the policy, after the first render (see lazy-email-rule.ts).
 */
import type { EmailPolicyOptions } from '@gatehouse/rules/email';
import { OptionReader } from './rules-api.js';

const checkNames = ['freeProvider', 'disposable', 'genericRole', 'sharedMailbox', 'lookalike'] as const;

/**
 * The definition's JSON options as `EmailPolicyOptions`, with a sentence per wrong or unknown option. Checks the
 * JSON shape only: the values themselves (domains, words) are checked by the policy factory.
 */
export function emailOptions(raw: Record<string, unknown>): {
  options: EmailPolicyOptions;
  problems: string[];
} {
  const r = new OptionReader(raw);
  r.unknown(['allow', 'deny', 'checks', 'roleWords', 'sharedWords', 'protectedDomains']);
  const options: EmailPolicyOptions = {
    allow: r.strings('allow'),
    deny: r.strings('deny'),
    checks: r.flags('checks', checkNames),
    roleWords: r.strings('roleWords'),
    sharedWords: r.strings('sharedWords'),
    protectedDomains: r.strings('protectedDomains'),
  };
  return { options, problems: r.problems };
}
