/**
 * Texts of the passkey issues (`passkey-cancelled`, `passkey-not-accepted`, …) for the elements that use passkeys.
 * Kept out of the shared issue texts, so pages without passkeys (registration) do not ship them.
 */
import type { GateIssue } from '../common/events.js';
import { textsFor } from '../flow/texts.js';

/** English texts of the passkey issues; German registers under the same `id`. */
export const passkeyIssueTexts = {
  id: 'passkeyIssues',
  en: {
    'passkey-cancelled': 'The passkey request was cancelled or timed out. Try again when you are ready.',
    'passkey-not-accepted':
      'This passkey was not accepted. Use another passkey or sign in with your password.',
    'passkey-exists': 'This device already holds a passkey for your account.',
    'passkey-unsupported': 'This browser or device cannot use a passkey here.',
  },
};

type Code = keyof typeof passkeyIssueTexts.en;
const known = (code: string): code is Code => Object.hasOwn(passkeyIssueTexts.en, code);
const given = new WeakMap<readonly GateIssue[], readonly GateIssue[]>();

/**
 * `issues` with the passkey codes worded in `locale`. The same list in gives the same list out, so a form is not
 * handed its issues again on every render.
 */
export function withPasskeyTexts(issues: readonly GateIssue[], locale: string): readonly GateIssue[] {
  if (!issues.some((i) => known(i.code))) return issues;
  const done = given.get(issues);
  if (done) return done;
  const t = textsFor(passkeyIssueTexts, locale);
  const out = issues.map((i) => (known(i.code) ? { ...i, message: t(i.code) } : i));
  given.set(issues, out);
  return out;
}
