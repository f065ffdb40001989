import { commonPasswordBlocklist } from './common-passwords.js';
import { createBrowserPasswordPolicy, type PasswordPolicy, type PasswordPolicyOptions } from './policy.js';

/**
 * The NIST SP 800-63B-4 password policy with the common-password list wired in: minimum 15 code points (8
 * with `mfa: true`), maximum 64, no composition rules, context words refused. Use it on the server; it
 * pulls in the 380 KB list, so browsers use {@link createBrowserPasswordPolicy} instead.
 */
export function createPasswordPolicy(options: PasswordPolicyOptions = {}): PasswordPolicy {
  return createBrowserPasswordPolicy({
    ...options,
    blocklist: options?.blocklist ?? commonPasswordBlocklist(),
  });
}
