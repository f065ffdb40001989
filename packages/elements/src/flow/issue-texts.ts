/**
 * Texts of whole-step issues (path `''`) the flows and the REST contract report: English here, other languages
 * from the locale registry. Codes are public API (docs/rest-contract.md); an unknown code falls back to the generic
 * text, never to the raw code.
 */

import { formatMessage } from '../common/messages.js';
import { registeredText } from '../locales/registry.js';

/** English texts of whole-step issues, by code; `generic` is the text for a code nobody knows. */
const en: Record<string, string> = {
  'invalid-credentials': 'The e-mail address or the password is not correct.',
  locked: 'Too many failed attempts. Please wait before you try again.',
  'login-expired': 'Your sign-in took too long. Please sign in again.',
  'invalid-code': 'This code is not correct or was already used.',
  'expired-code': 'This code has expired. Please request a new one.',
  'expired-token': 'This confirmation link has expired.',
  'invalid-token': 'This confirmation link is not valid or was already used.',
  'too-many-attempts': 'Too many attempts with this code. Please request a new one.',
  'rate-limited': 'Please wait a moment before trying again.',
  'invalid-current-password': 'Your current password is not correct.',
  'reauthentication-required': 'Please confirm your password first.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  conflict: 'This item was changed in the meantime. Please reload.',
  'not-found': 'This item no longer exists.',
  'port-not-provided': 'This page is not connected to its service.',
  unavailable: 'The service is not available right now. Please try again.',
  generic: 'Something went wrong. Please try again.',
};

/** The text of a whole-step issue in `locale` (plain text: bind it as text, never as HTML). */
export function stepIssueText(
  locale: string,
  issue: { code: string; params?: Record<string, unknown> },
): string {
  // Key by key along the chain: a language's own text, else English; then the same for `generic`.
  const text = (code: string) =>
    registeredText(locale, (entry) => entry.issues, code) ?? (Object.hasOwn(en, code) ? en[code] : undefined);
  return formatMessage(text(issue.code) ?? text('generic') ?? '', issue.params ?? {}, locale);
}
