/**
 * German texts of `<gate-password-reset>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/password-reset/de` registers it.
 */
import type { passwordResetTexts } from '../../password-reset/password-reset.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `password-reset` (complete: nothing falls back to English). */
export const passwordReset: Complete<typeof passwordResetTexts> = {
  heading: 'Passwort vergessen?',
  intro:
    'Geben Sie Ihre E-Mail-Adresse ein. Wir senden einen Code an Ihr verifiziertes Telefon, sonst per E-Mail.',
  submit: 'Code senden',
  codeHeading: 'Code und neues Passwort eingeben',
  codeText:
    'Falls ein Konto für {email} existiert, ist ein Code an dessen verifiziertes Telefon oder E-Mail unterwegs.',
  codeSubmit: 'Passwort zurücksetzen',
  resend: 'Neuen Code senden',
  resendIn: 'Ein neuer Code kann in {seconds} s gesendet werden.',
  back: 'Andere E-Mail-Adresse verwenden',
  doneHeading: 'Passwort zurückgesetzt',
  doneText:
    'Ihr Passwort wurde zurückgesetzt, und alle an Ihrem Konto angemeldeten Browser wurden abgemeldet. Sie können sich jetzt mit dem neuen Passwort anmelden.',
};
