/**
 * German texts of `<gate-login>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/login/de` registers it.
 */
import type { loginTexts } from '../../login/login.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `login` (complete: nothing falls back to English). */
export const login: Complete<typeof loginTexts> = {
  checking: 'Sie werden angemeldet…',
  heading: 'Anmelden',
  submit: 'Anmelden',
  changeHeading: 'Neues Passwort wählen',
  changeText:
    'Sie haben sich mit einem Einmalpasswort angemeldet. Wählen Sie vor dem Fortfahren Ihr eigenes Passwort.',
  changeSubmit: 'Passwort speichern',
  mfaHeading: 'Bestätigen Sie Ihre Identität',
  mfaTextTotp: 'Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für dieses Portal anzeigt.',
  mfaTextEmail:
    'Wir haben Ihnen einen 6-stelligen Code per E-Mail gesendet. Geben Sie ihn hier ein; er gilt 10 Minuten.',
  mfaTextBoth:
    'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein, oder wählen Sie „Code per E-Mail“ und lassen Sie sich einen Code senden.',
  mfaTextRecovery:
    'Kein Zugriff auf Ihren zweiten Faktor? Wählen Sie „Wiederherstellungscode“ und geben Sie einen Ihrer gespeicherten Codes ein.',
  mfaSubmit: 'Bestätigen',
  resend: 'Neuen E-Mail-Code senden',
  sendCode: 'Code per E-Mail senden',
  resendIn: 'Ein neuer Code kann in {seconds} s gesendet werden.',
  cancel: 'Abbrechen',
  lockedHeading: 'Anmeldung pausiert',
  lockedText: 'Zu viele Fehlversuche. Sie können es in {seconds} s erneut versuchen.',
  doneHeading: 'Sie sind angemeldet',
  passkeySignIn: 'Mit Passkey anmelden',
  passkeyUse: 'Passkey verwenden',
  mfaTextPasskey: 'Verwenden Sie Ihren Passkey: Ihr Gerät fragt nach Fingerabdruck, Gesicht oder PIN.',
  passkeyHeading: 'Passkey verwenden',
  passkeyText:
    'Folgen Sie Ihrem Browser: Wählen Sie Ihren Passkey und entsperren Sie ihn mit Fingerabdruck, Gesicht oder PIN.',
};
