/**
 * The English texts of the `business-email` rule's codes. They travel with the rule, not with the built-in
 * catalog: a browser page loads them in the rule's lazy chunk (only a verdict of that chunk can need them), and the
 * server's rule adds them when it is created (`addRuleMessages`). German is in
 * `@gatehouse/forms/locales/de` with the rest. Data only: a lazy chunk that imported the catalog module would make
 * a bundler split that module into a chunk of its own, which costs the first load more than these texts.
 */
import type { IssueMessages } from './catalog.js';

/** English texts for every e-mail policy code (and the `domain-typo` hint). */
export const emailMessages: IssueMessages = {
  'invalid-syntax': 'Please enter a valid e-mail address, like name@company.com.',
  'free-provider': 'Please use your company e-mail address; {unicodeDomain} is a free e-mail provider.',
  disposable: 'Please use your company e-mail address; {unicodeDomain} is a disposable e-mail service.',
  'generic-role': 'Please use your personal company address, not a shared role address like {word}@.',
  'shared-mailbox': 'Please use your personal company address, not a team mailbox like {word}@.',
  'lookalike-domain': 'The domain {unicodeDomain} imitates another domain. Please check the address.',
  'lookalike-domain.imitates':
    '{unicodeDomain} looks like {imitates} but is a different domain. Please check the address.',
  'denied-domain': 'Addresses at {unicodeDomain} cannot be used here.',
  'free-provider-typo':
    'Did you mean {suggestion}? Free e-mail providers are not allowed; please use your company address.',
  'unknown-tld': '.{tld} is not a top-level domain. Please check the end of the address.',
  'unknown-tld.suggestion': 'Did you mean {suggestion}? .{tld} is not a top-level domain.',
  'domain-typo': 'Did you mean {suggestion}? Please check the address; you can also continue as typed.',
  'undeliverable-domain':
    '{unicodeDomain} cannot receive e-mail (it has no mail server). Please check the address.',
};
