/**
 * `@gatehouse/rules/email` — the business e-mail policy with the exact lists (server and Node). Browsers should
 * import `@gatehouse/rules/email/browser`: same API and codes, a compact list, ≤ 15 KB gzip.
 */
import { serverLists } from './lists/server-lists.js';
import type { EmailPolicyOptions } from './options.js';
import { createPolicyCore } from './policy-core.js';
import type { EmailPolicy, EmailVerdict } from './verdict.js';

export { EMAIL_LIST_SOURCES } from './lists/server-lists.js';
export type { EmailChecks, EmailPolicyOptions } from './options.js';
// The verdict's codes and types (also `@gatehouse/rules/email/verdict`, which carries no lists).
export * from './verdict.js';

/**
 * Creates a business e-mail policy over the exact provider lists. Options are validated here (a bad option throws
 * `GatehouseError` with code `invalid-option`); the returned `check` never throws. The server is the authority:
 * its verdict decides when the browser form's filter said "tentative".
 */
export function createEmailPolicy(options?: EmailPolicyOptions): EmailPolicy {
  return createPolicyCore(serverLists(), options);
}

let defaultPolicy: EmailPolicy | undefined;

/** Checks one address with the default policy (every check on, no allow/deny lists). Never throws. */
export function checkBusinessEmail(input: string): EmailVerdict {
  defaultPolicy ??= createEmailPolicy();
  return defaultPolicy.check(input);
}
