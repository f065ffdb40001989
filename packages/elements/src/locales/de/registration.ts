/**
 * German texts of `<gate-registration>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/registration/de` registers it.
 */
import type { registrationTexts } from '../../registration/registration.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `registration` (complete: nothing falls back to English). */
export const registration: Complete<typeof registrationTexts> = {
  heading: 'Firmenkonto registrieren',
  intro: 'Mit * markierte Felder sind Pflichtfelder.',
  submit: 'Registrieren',
  mailboxHeading: 'Prüfen Sie Ihr Postfach',
  mailboxSent:
    'Wir haben einen Bestätigungslink an {email} gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen.',
  mailboxValid: 'Der Link ist gültig bis {time}.',
  spamHint: 'Nach einigen Minuten keine E-Mail? Bitte sehen Sie in Ihrem Spam- oder Junk-Ordner nach.',
  sender:
    'Unsere E-Mails kommen von {sender}. Bitte bitten Sie Ihre IT, diesen Absender nicht zu blockieren.',
  senderGeneric:
    'Unsere E-Mails kommen von einer No-Reply-Adresse. Bitte bitten Sie Ihre IT, sie nicht zu blockieren.',
  resend: 'Link erneut senden',
  resendIn: 'Einen neuen Link können Sie in {seconds} s anfordern.',
  resending: 'Neuer Link wird gesendet…',
  edit: 'Meine Angaben ändern',
  confirmingHeading: 'E-Mail-Adresse wird bestätigt…',
  approvalHeading: 'Warten auf Freigabe',
  approvalText:
    'Ihre E-Mail-Adresse ist bestätigt. Wir prüfen jede Registrierung, meist innerhalb von 24 Stunden.',
  approvalNext: 'Nach der Freigabe erhalten Sie eine E-Mail mit Benutzername und Einmalpasswort.',
  approvedHeading: 'Registrierung freigegeben',
  approvedText:
    'Ihr Firmenkonto ist freigegeben. Benutzername und Einmalpasswort finden Sie in Ihrem Postfach.',
  rejectedHeading: 'Registrierung nicht freigegeben',
  rejectedText: 'Wir konnten diese Registrierung nicht freigeben.',
  rejectedReason: 'Grund: {reason}',
  expiredHeading: 'Bestätigungslink abgelaufen',
  expiredText: 'Der Bestätigungslink ist nicht mehr gültig. Bitte registrieren Sie sich erneut.',
  again: 'Erneut registrieren',
  linkInvalidHeading: 'Dieser Link kann nicht verwendet werden',
  linkInvalidText:
    'Wenn Sie Ihre Adresse bereits bestätigt haben, wartet Ihre Registrierung auf unsere Freigabe, und wir schreiben Ihnen per E-Mail. Andernfalls registrieren Sie sich erneut.',
};
