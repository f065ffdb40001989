import { createPasswordBlocklist, type PasswordBlocklist } from './blocklist.js';
import { passwords, source } from './common-passwords.data.js';

/** Provenance of the default list (package, version, filter); shown by `describe()`. */
export const COMMON_PASSWORDS_SOURCE: string = source;

let cached: PasswordBlocklist | undefined;

/**
 * The default blocklist: the 17,950 common passwords of at least 8 code points from
 * @zxcvbn-ts/language-common 4.1.3 (shorter ones are refused as too short anyway). About 65 KB gzip, so it is
 * kept out of browser bundles unless imported on purpose; the Set is built on the first call and reused.
 */
export function commonPasswordBlocklist(): PasswordBlocklist {
  cached ??= createPasswordBlocklist(passwords.split('\n'), COMMON_PASSWORDS_SOURCE);
  return cached;
}
