/**
 * `phone` for browsers: the same rule as `phone.ts` (libphonenumber-js, `min` metadata, ≈ 28 KB gzip), loaded as
 * a separate chunk (dynamic `import()`) when the first form using the rule is created. Built form modules
 * resolve this file through the `browser` export condition; the server checks with the same rule, loaded eagerly.
 */
import type { NamedRule } from '../engine/types.js';
import { lazyRuleFrom } from './lazy-rule.js';
import { PHONE_CODES } from './phone-codes.js';

/**
 * The browser `phone` rule: until `form.ready()` resolves it accepts every number, and the server decides on
 * submit; from then on its verdicts are the server rule's own (same code, same metadata).
 */
export const phoneRule: NamedRule = lazyRuleFrom({
  name: 'phone',
  codes: PHONE_CODES,
  checks: 'phone numbers',
  load: () => import('./phone.js').then((m) => m.phoneRule),
});
