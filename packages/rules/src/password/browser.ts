/**
 * `@gatehouse/rules/password/browser` — the password policy without the common-password list. Browser code imports
 * this entry instead of `@gatehouse/rules/password`: that barrel also reaches the list module (a target of
 * `loadCommonPasswords`' dynamic import), and bundlers that split code keep such a module alive, which put the
 * 65 KB gzip list into every page with a password field.
 */
export { countCodePoints } from './normalize.js';
export {
  type CompositionRules,
  createBrowserPasswordPolicy,
  type PasswordCode,
  type PasswordFailure,
  type PasswordPolicy,
  type PasswordPolicyDescription,
  type PasswordPolicyOptions,
  type PasswordRequirement,
  type PasswordVerdict,
} from './policy.js';
