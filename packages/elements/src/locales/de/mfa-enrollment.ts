/**
 * German texts of `<gate-mfa-enrollment>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/mfa-enrollment/de` registers it.
 */
import type { mfaEnrollmentTexts } from '../../mfa-enrollment/mfa-enrollment.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `mfa-enrollment` (complete: nothing falls back to English). */
export const mfaEnrollment: Complete<typeof mfaEnrollmentTexts> = {
  loading: 'Ihre Anmeldemethoden werden geladen…',
  heading: 'Zwei-Faktor-Authentifizierung',
  intro: 'Ein zweiter Faktor schützt Ihr Konto, auch wenn jemand Ihr Passwort kennt.',
  enrolled: 'Aktiv',
  appTitle: 'Authenticator-App',
  appText:
    'Google Authenticator, Microsoft Authenticator, Authy oder jede TOTP-App zeigt alle 30 Sekunden einen neuen 6-stelligen Code.',
  recommended: 'Empfohlen',
  appSetup: 'Authenticator-App einrichten',
  emailTitle: 'Code per E-Mail',
  emailText:
    'Bei jeder Anmeldung senden wir einen 6-stelligen Code an Ihre E-Mail-Adresse. E-Mail ist der schwächere Faktor: Wir empfehlen die App.',
  emailSetup: 'Codes per E-Mail verwenden',
  passkeyTitle: 'Passkey',
  passkeyText:
    'Melden Sie sich mit Fingerabdruck, Gesicht oder der PIN Ihres Geräts an. Ein Passkey zählt allein schon als Zwei-Faktor-Authentifizierung und lässt sich auf einer gefälschten Website nicht verwenden.',
  passkeyLink: 'Passkeys hinzufügen oder verwalten',
  remove: 'Entfernen',
  removeApp: 'Authenticator-App entfernen',
  removeEmail: 'Codes per E-Mail entfernen',
  close: 'Schließen',
  cancel: 'Abbrechen',
  reauthHeading: 'Passwort bestätigen',
  reauthText: 'Geben Sie zu Ihrer Sicherheit Ihr Passwort erneut ein, bevor Sie Ihre Anmeldemethoden ändern.',
  reauthSubmit: 'Bestätigen',
  starting: 'Wird vorbereitet…',
  scanHeading: 'QR-Code scannen',
  scanText: 'Öffnen Sie Ihre Authenticator-App, fügen Sie ein Konto hinzu und scannen Sie diesen Code.',
  qrLabel: 'QR-Code für Ihre Authenticator-App',
  manual: 'Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel in der App ein:',
  copy: 'Schlüssel kopieren',
  copied: 'Schlüssel kopiert.',
  copyFailed: 'Kopieren ist hier gesperrt; markieren und kopieren Sie den Schlüssel selbst.',
  confirm: 'Bestätigen',
  confirmText: 'Geben Sie dann den 6-stelligen Code ein, den die App gerade anzeigt.',
  emailHeading: 'Prüfen Sie Ihre E-Mails',
  emailCodeText:
    'Wir haben einen 6-stelligen Code an Ihre E-Mail-Adresse gesendet. Er ist 10 Minuten gültig.',
  resend: 'Neuen Code senden',
  resendIn: 'Ein neuer Code kann in {seconds} s gesendet werden.',
  removing: 'Wird entfernt…',
  enrolledHeading: 'Zwei-Faktor-Authentifizierung ist aktiv',
  enrolledText: 'Ab der nächsten Anmeldung fragen wir nach Ihrem zweiten Faktor.',
  removedHeading: 'Anmeldemethode entfernt',
  removedText: 'Die Methode wurde aus Ihrem Konto entfernt.',
  codesTitle: 'Wiederherstellungscodes',
  codesLeft:
    'Noch {count} unbenutzte Codes. Jeder meldet Sie einmal an, wenn Ihr zweiter Faktor nicht zur Hand ist.',
  codesNone:
    'Keine unbenutzten Codes mehr. Erstellen Sie neue, damit ein verlorenes Telefon Sie nicht aussperrt.',
  codesNew: 'Neue Wiederherstellungscodes erstellen',
  regenerating: 'Neue Codes werden erstellt…',
  codesHeading: 'Speichern Sie Ihre Wiederherstellungscodes',
  codesText:
    'Wenn Sie Ihr Telefon verlieren oder keine E-Mail erhalten, meldet Sie jeder dieser Codes einmal an, statt Ihres zweiten Faktors. Wir zeigen sie nur dieses eine Mal: Laden Sie sie herunter oder schreiben Sie sie auf, und bewahren Sie sie sicher auf.',
  codesLabel: 'Ihre Wiederherstellungscodes',
  download: 'Herunterladen',
  copyCodes: 'Codes kopieren',
  codesCopied: 'Codes kopiert.',
  codesSaved: 'Ich habe meine Codes gespeichert',
  codesFileHeading: 'Wiederherstellungscodes für {site}. Jeder Code gilt einmal.',
  regeneratedHeading: 'Neue Wiederherstellungscodes sind aktiv',
  regeneratedText: 'Ihre bisherigen Wiederherstellungscodes gelten nicht mehr.',
  cancelledHeading: 'Nichts geändert',
  cancelledText: 'Ihre Anmeldemethoden sind unverändert.',
};
