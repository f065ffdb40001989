/**
 * Password policy after NIST SP 800-63B-4: length in code points, blocklist, context words, optional
 * composition rules. `createPasswordPolicy` carries the 49k-entry list (server); `createBrowserPasswordPolicy`
 * does not, and tree-shaking drops the list from bundles that import only it.
 */
export { createPasswordBlocklist, type PasswordBlocklist } from './blocklist.js';
// The list-free part (policy, types, code-point counting) is also `@gatehouse/rules/password/browser`.
export * from './browser.js';
export { COMMON_PASSWORDS_SOURCE, commonPasswordBlocklist } from './common-passwords.js';
export { contextWords } from './context-words.js';
export { createPasswordPolicy } from './create-password-policy.js';
export { loadCommonPasswords } from './load-common-passwords.js';
