/**
 * `business-email` for browsers: the compact e-mail policy of `@gatehouse/rules/email/browser`, loaded as a
 * separate chunk (dynamic `import()`) when the first form using the rule is created. Built form modules import
 * this one; the server re-checks with the exact lists.
 */

import { EMAIL_ISSUE_CODES } from '@gatehouse/rules/email/verdict';
import type { NamedRule } from '../engine/types.js';
import { lazyBusinessEmailRuleFrom } from './lazy-email-rule.js';

/**
 * The browser `business-email` rule (compact lists, same codes as the server rule; unsure ones tentative). Its
 * policy loads lazily: until `form.ready()` resolves it accepts every address, and the server's exact check
 * decides on submit; a chunk that fails to load keeps it that way.
 */
export const businessEmailRule: NamedRule = lazyBusinessEmailRuleFrom(
  () => import('@gatehouse/rules/email/browser'),
  EMAIL_ISSUE_CODES,
);
