import { dictionary } from '@zxcvbn-ts/language-common';
import { createPasswordBlocklist, type PasswordBlocklist } from './blocklist.js';

/** Provenance of the default list; a test keeps the version in step with the installed package. */
export const COMMON_PASSWORDS_SOURCE = '@zxcvbn-ts/language-common@4.1.3 passwords-common';

let cached: PasswordBlocklist | undefined;

/**
 * The default blocklist: the 49,233 most common passwords of @zxcvbn-ts/language-common (lower case,
 * ≤ 20 characters). About 380 KB minified, so it is kept out of browser bundles unless imported on purpose;
 * the Set is built on first call (≈ 12 ms) and reused.
 */
export function commonPasswordBlocklist(): PasswordBlocklist {
  cached ??= createPasswordBlocklist(dictionary['passwords-common'], COMMON_PASSWORDS_SOURCE);
  return cached;
}
