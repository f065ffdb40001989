/**
 * German texts of `<gate-email-change>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/email-change/de` registers it.
 */
import type { emailChangeIssueTexts, emailChangeTexts } from '../../email-change/email-change.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `email-change` (complete: nothing falls back to English). */
export const emailChange: Complete<typeof emailChangeTexts> = {
  heading: 'E-Mail-Adresse ändern',
  current: 'Ihre Adresse jetzt: {email}',
  intro:
    'Wir senden einen Bestätigungslink an die neue Adresse. Bis Sie ihn öffnen, ändert sich nichts; Ihre bisherige Adresse wird über die Anfrage informiert.',
  submit: 'Bestätigungslink senden',
  cancel: 'Abbrechen',
  sentHeading: 'Sehen Sie in Ihr neues Postfach',
  sentText:
    'Wir haben einen Bestätigungslink an {email} gesendet. Öffnen Sie ihn bis {until}, um die Änderung abzuschließen. Bis dahin melden Sie sich mit Ihrer bisherigen Adresse an.',
  spam: 'Nichts angekommen? Sehen Sie im Spam-Ordner nach oder fordern Sie einen neuen Link an.',
  another: 'Andere Adresse verwenden oder neuen Link senden',
  confirmingHeading: 'Ihre neue Adresse wird bestätigt …',
  changedHeading: 'E-Mail-Adresse geändert',
  changedText:
    'Melden Sie sich ab jetzt mit {email} an. Ihre bisherige Adresse wurde über die Änderung informiert.',
  signedOut:
    '{count, plural, =0 {Kein anderer Browser war angemeldet.} one {# anderer Browser wurde abgemeldet.} other {# andere Browser wurden abgemeldet.}}',
  revokingHeading: 'Die E-Mail-Änderung wird verworfen …',
  revokedHeading: 'E-Mail-Änderung verworfen',
  revokedText:
    'Ihre E-Mail-Adresse bleibt, wie sie war, und der Bestätigungslink an die neue Adresse funktioniert nicht mehr.',
  revokedAdvice: 'Wer die Änderung angefordert hat, kannte Ihr Passwort: Ändern Sie es jetzt.',
  changePassword: 'Passwort ändern',
  revokeExpiredText:
    'Die Änderung, um die es ging, ist mit ihm abgelaufen: Ihre Adresse bleibt, wie sie war. Wenn Sie sie nicht angefordert haben, ändern Sie Ihr Passwort.',
  expiredHeading: 'Dieser Link ist abgelaufen',
  expiredText: 'Fordern Sie die Änderung auf Ihrer Profilseite erneut an; Ihre Adresse bleibt, wie sie war.',
  refusedHeading: 'Dieser Link kann nicht verwendet werden',
  refusedText:
    'Ihre Adresse bleibt, wie sie war. Um sie zu ändern, fordern Sie die Änderung auf Ihrer Profilseite erneut an.',
  cancelledHeading: 'E-Mail-Adresse nicht geändert',
  again: 'E-Mail-Adresse ändern',
};

/** German catalog of `emailChangeIssues`. */
export const emailChangeIssues: Complete<typeof emailChangeIssueTexts> = {
  'email-taken':
    'Diese Adresse wurde inzwischen einem anderen Konto zugeordnet und kann hier nicht Ihre werden. Ihre Adresse bleibt, wie sie war.',
  'email-change-cancelled': 'Die Änderung wurde über die bisherige Adresse des Kontos verworfen.',
  'email-change-confirmed':
    'Die Adresse wurde bereits geändert, die Änderung lässt sich nicht mehr verwerfen. Informieren Sie sofort Ihren Administrator.',
};
