/**
 * `password`: the NIST SP 800-63B-4 policy of @gatehouse/rules with its common-password list (Node, server,
 * runtime compiler). Options are `createPasswordPolicy` options plus `contextFields` (pointers of fields whose
 * words the password must not contain, e.g. the e-mail). Browsers resolve `./password.browser.js` instead.
 */
import { createPasswordPolicy } from '@gatehouse/rules/password';
import type { NamedRule } from '../engine/types.js';
import { passwordRuleFrom } from './password-rule.js';

/** The `password` named rule with the common-password list; re-checked when a context field changes. */
export const passwordRule: NamedRule = passwordRuleFrom(createPasswordPolicy);
