/**
 * German texts of `<gate-password-change>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/password-change/de` registers it.
 */
import type { passwordChangeTexts } from '../../password-change/password-change.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `password-change` (complete: nothing falls back to English). */
export const passwordChange: Complete<typeof passwordChangeTexts> = {
  heading: 'Passwort ändern',
  intro: 'Die Anforderungen werden beim Tippen geprüft. Einfügen aus einem Passwort-Manager ist erlaubt.',
  submit: 'Passwort ändern',
  cancel: 'Abbrechen',
  changedHeading: 'Passwort geändert',
  changedText:
    'Ihr neues Passwort ist aktiv. Verwenden Sie es bei der nächsten Anmeldung. Alle anderen an Ihrem Konto angemeldeten Browser wurden abgemeldet.',
  cancelledHeading: 'Passwort nicht geändert',
  again: 'Erneut ändern',
};
