/**
 * Texts of whole-step issues (path `''`) the flows and the REST contract report, in the shipped locales. Codes are
 * public API (docs/rest-contract.md); an unknown code falls back to the generic text, never to the raw code.
 */
import { formatMessage } from '../shared/messages.js';

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

const de: Record<string, string> = {
  'invalid-credentials': 'E-Mail-Adresse oder Passwort sind nicht korrekt.',
  locked: 'Zu viele Fehlversuche. Bitte warten Sie, bevor Sie es erneut versuchen.',
  'login-expired': 'Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut an.',
  'invalid-code': 'Dieser Code ist nicht korrekt oder wurde bereits verwendet.',
  'expired-code': 'Dieser Code ist abgelaufen. Bitte fordern Sie einen neuen an.',
  'expired-token': 'Dieser Bestätigungslink ist abgelaufen.',
  'invalid-token': 'Dieser Bestätigungslink ist ungültig oder wurde bereits verwendet.',
  'too-many-attempts': 'Zu viele Versuche mit diesem Code. Bitte fordern Sie einen neuen an.',
  'rate-limited': 'Bitte warten Sie einen Moment, bevor Sie es erneut versuchen.',
  'invalid-current-password': 'Ihr aktuelles Passwort ist nicht korrekt.',
  'reauthentication-required': 'Bitte bestätigen Sie zuerst Ihr Passwort.',
  unauthenticated: 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
  forbidden: 'Dazu sind Sie nicht berechtigt.',
  conflict: 'Dieser Eintrag wurde inzwischen geändert. Bitte laden Sie neu.',
  'not-found': 'Dieser Eintrag existiert nicht mehr.',
  'port-not-provided': 'Diese Seite ist nicht mit ihrem Dienst verbunden.',
  unavailable: 'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es erneut.',
  generic: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
};

const catalogs: Record<string, Record<string, string>> = { en, de };

/** The text of a whole-step issue in `locale` (plain text: bind it as text, never as HTML). */
export function stepIssueText(
  locale: string,
  issue: { code: string; params?: Record<string, unknown> },
): string {
  const catalog = catalogs[locale] ?? en;
  return formatMessage(catalog[issue.code] ?? catalog.generic ?? '', issue.params ?? {});
}
