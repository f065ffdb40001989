/**
 * The slice of the @gatehouse/rules API the named rules call. The adapters read it through these types so a
 * change of shape there surfaces here, in one place.
 */

/** A rule verdict as @gatehouse/rules returns it: ok, or a code with params. */
export type Verdict = { ok: true } | { ok: false; code: string; params?: Record<string, unknown> };

/** `createEmailPolicy(options)` from `@gatehouse/rules/email` (and its browser form). */
export type CreateEmailPolicy = (options?: Record<string, unknown>) => { check(input: string): Verdict };

/** `createPasswordPolicy(options)` from `@gatehouse/rules/password`. */
export type CreatePasswordPolicy = (options?: Record<string, unknown>) => {
  check(password: string, extra?: { context?: string[] }): Verdict;
};

/** `parsePhone(input, options)` from `@gatehouse/rules/phone`. */
export type ParsePhone = (input: string, options?: { defaultCountry?: string }) => Verdict;

/** Turns a verdict into a rejection (or `null`), tolerating missing params. */
export function rejectionOf(verdict: Verdict): { code: string; params: Record<string, unknown> } | null {
  return verdict.ok ? null : { code: verdict.code, params: { ...(verdict.params ?? {}) } };
}

/** The codes of the business e-mail policy (public API of @gatehouse/rules). */
export const emailCodes = [
  'invalid-syntax',
  'free-provider',
  'disposable',
  'generic-role',
  'shared-mailbox',
  'lookalike-domain',
  'denied-domain',
] as const;
