/**
 * `@gatehouse/rules/email/browser` — the business e-mail policy for browsers: the same API, options and codes
 * as `@gatehouse/rules/email`, ≤ 15 KB gzip. Its free-provider list is a hashed filter: a rejection it is not
 * sure of carries `params.tentative: true` — show it as a warning and let the server's verdict decide on submit,
 * so that a false positive never locks a legitimate user out.
 */
import type { EmailPolicyOptions } from '../options.js';
import { createPolicyCore } from '../policy-core.js';
import type { EmailPolicy, EmailVerdict } from '../verdict.js';
import { browserLists } from './browser-lists.js';

export { FREE_FILTER_SOURCES } from '../data/free-filter.generated.js';
export type { EmailChecks, EmailPolicyOptions } from '../options.js';
// The verdict's codes and types (also `@gatehouse/rules/email/verdict`, which carries no lists).
export * from '../verdict.js';

/**
 * Creates the browser form of the policy. Same options as the server form; bad options throw `GatehouseError`
 * (`invalid-option`). Rejections from the filter carry `params.tentative: true` (≈ 1 in 1,000 addresses is a
 * false positive): never block submission on a tentative verdict.
 */
export function createEmailPolicy(options?: EmailPolicyOptions): EmailPolicy {
  return createPolicyCore(browserLists(), options);
}

let defaultPolicy: EmailPolicy | undefined;

/** Checks one address with the default browser policy. Never throws. */
export function checkBusinessEmail(input: string): EmailVerdict {
  defaultPolicy ??= createEmailPolicy();
  return defaultPolicy.check(input);
}
