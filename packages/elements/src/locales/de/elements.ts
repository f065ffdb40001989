/**
 * German texts of every flow element, by the `id` of its English catalog. Each is typed against the English keys,
 * so a key added in English and missing here fails the typecheck. Data only: `../de.ts` registers it.
 */
import type { approvalQueueTexts } from '../../approval-queue/approval-queue.texts.js';
import type { invitationAcceptTexts } from '../../invitation-accept/invitation-accept.texts.js';
import type { inviteUserTexts } from '../../invite-user/invite-user.texts.js';
import type { loginTexts } from '../../login/login.texts.js';
import type { mfaEnrollmentTexts } from '../../mfa-enrollment/mfa-enrollment.texts.js';
import type { passwordChangeTexts } from '../../password-change/password-change.texts.js';
import type { passwordResetTexts } from '../../password-reset/password-reset.texts.js';
import type { profileTexts } from '../../profile/profile.texts.js';
import type { registrationTexts } from '../../registration/registration.texts.js';
import type { rmaRequestTexts } from '../../rma-request/rma-request.texts.js';
import type { supportCaseTexts } from '../../support-case/support-case.texts.js';
import type { supportInfoTexts } from '../../support-info/support-info.texts.js';

/** The keys of one element catalog, complete: German leaves nothing to the English fallback. */
type Complete<T extends { en: object }> = Record<keyof T['en'], string>;

const approvalQueue: Complete<typeof approvalQueueTexts> = {
  heading: 'Zu prüfende Registrierungen',
  filter: 'Anzeigen',
  pending: 'Offen',
  overdue: 'Überfällig',
  all: 'Alle',
  loading: 'Wird geladen…',
  empty: 'Nichts zu prüfen.',
  count: '{n, plural, one {# Registrierung} other {# Registrierungen}}',
  applicant: 'Antragsteller',
  company: 'Firma',
  submitted: 'Eingegangen',
  due: 'Fällig',
  emailCheck: 'E-Mail-Prüfung',
  flagged: 'Markiert: {code}',
  passed: 'Bestanden',
  overdueFlag: 'Überfällig',
  review: '{name} prüfen',
  reviewHeading: 'Prüfung: {name}',
  email: 'E-Mail',
  state: 'Status',
  history: 'Bisherige Entscheidungen',
  noHistory: 'Noch keine Entscheidungen.',
  decision: '{action} von {by}, {at}',
  reason: 'Begründung',
  reasonHelp:
    'Wird mit Ihrem Namen und der Uhrzeit gespeichert. Eine Ablehnungsbegründung erhält der Antragsteller.',
  override: 'Die E-Mail-Prüfung ist ein Fehlalarm: trotzdem freigeben',
  approve: 'Freigeben',
  reject: 'Ablehnen',
  requestInfo: 'Informationen anfordern',
  back: 'Zurück zur Liste',
  needReason: 'Geben Sie eine Begründung an.',
  needOverride:
    'Diese E-Mail wurde markiert: Bestätigen Sie den Fehlalarm und geben Sie eine Begründung an, um freizugeben.',
  approved: 'Freigegeben: {name}',
  rejected: 'Abgelehnt: {name}',
  infoRequested: 'Informationen angefordert von {name}',
  'action-approve': 'Freigegeben',
  'action-reject': 'Abgelehnt',
  'action-request-info': 'Informationen angefordert',
  'action-info-provided': 'Informationen geliefert',
};

const invitationAccept: Complete<typeof invitationAcceptTexts> = {
  heading: 'Passwort festlegen',
  intro:
    'Sie wurden zum Portal eingeladen. Wählen Sie ein Passwort; danach melden Sie sich nach den üblichen Regeln (inkl. MFA) an.',
  submit: 'Passwort festlegen',
  acceptedHeading: 'Ihr Konto ist bereit',
  acceptedText: 'Sie können sich jetzt mit Ihrer E-Mail-Adresse und dem neuen Passwort anmelden.',
  expiredHeading: 'Diese Einladung ist abgelaufen',
  expiredText: 'Bitten Sie den Administrator Ihres Firmenkontos, Sie erneut einzuladen.',
  invalidHeading: 'Dieser Einladungslink ist ungültig',
  invalidText:
    'Der Link ist unvollständig oder wurde bereits verwendet. Bitten Sie Ihren Administrator um eine neue Einladung.',
};

const inviteUser: Complete<typeof inviteUserTexts> = {
  loading: 'Die Rollen werden geladen…',
  heading: 'Benutzer einladen',
  intro: 'Der Benutzer erhält eine E-Mail mit einem Link, um ein Passwort festzulegen.',
  submit: 'Einladung senden',
  cancel: 'Abbrechen',
  unavailableHeading: 'Die Rollen können nicht geladen werden',
  retry: 'Erneut versuchen',
  invitedHeading: 'Einladung gesendet',
  invitedText: 'Wir haben die Einladung an {email} gesendet.',
  cancelledHeading: 'Keine Einladung gesendet',
};

const login: Complete<typeof loginTexts> = {
  checking: 'Sie werden angemeldet…',
  heading: 'Anmelden',
  submit: 'Anmelden',
  changeHeading: 'Neues Passwort wählen',
  changeText:
    'Sie haben sich mit einem Einmalpasswort angemeldet. Wählen Sie vor dem Fortfahren Ihr eigenes Passwort.',
  changeSubmit: 'Passwort speichern',
  mfaHeading: 'Bestätigen Sie Ihre Identität',
  mfaText:
    'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder den per E-Mail gesendeten Code ein.',
  mfaSubmit: 'Bestätigen',
  resend: 'Neuen E-Mail-Code senden',
  resendIn: 'Ein neuer Code kann in {seconds} s gesendet werden.',
  cancel: 'Abbrechen',
  lockedHeading: 'Anmeldung pausiert',
  lockedText: 'Zu viele Fehlversuche. Sie können es in {seconds} s erneut versuchen.',
  doneHeading: 'Sie sind angemeldet',
};

const mfaEnrollment: Complete<typeof mfaEnrollmentTexts> = {
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
  cancelledHeading: 'Nichts geändert',
  cancelledText: 'Ihre Anmeldemethoden sind unverändert.',
};

const passwordChange: Complete<typeof passwordChangeTexts> = {
  heading: 'Passwort ändern',
  intro: 'Die Anforderungen werden beim Tippen geprüft. Einfügen aus einem Passwort-Manager ist erlaubt.',
  submit: 'Passwort ändern',
  cancel: 'Abbrechen',
  changedHeading: 'Passwort geändert',
  changedText: 'Ihr neues Passwort ist aktiv. Verwenden Sie es bei der nächsten Anmeldung.',
  cancelledHeading: 'Passwort nicht geändert',
};

const passwordReset: Complete<typeof passwordResetTexts> = {
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
  doneText: 'Ihr Passwort wurde zurückgesetzt. Sie können sich jetzt mit dem neuen Passwort anmelden.',
};

const profile: Complete<typeof profileTexts> = {
  loading: 'Ihr Profil wird geladen…',
  heading: 'Ihr Profil',
  email: 'E-Mail',
  company: 'Firma',
  save: 'Speichern',
  close: 'Schließen',
  unavailableHeading: 'Ihr Profil kann nicht geladen werden',
  retry: 'Erneut versuchen',
  sending: 'Ein Code wird an Ihre neue Nummer gesendet…',
  phoneHeading: 'Neue Nummer bestätigen',
  phoneText:
    'Wir haben einen 6-stelligen Code per SMS an {phone} gesendet. Ihre Nummer wird erst gespeichert, wenn Sie ihn eingeben.',
  confirm: 'Nummer bestätigen',
  resend: 'Neuen Code senden',
  resendIn: 'Ein neuer Code kann in {seconds} s gesendet werden.',
  keepOld: 'Alte Nummer behalten',
  savedHeading: 'Profil gespeichert',
  savedText: 'Ihre Änderungen sind gespeichert.',
  edit: 'Erneut bearbeiten',
};

const registration: Complete<typeof registrationTexts> = {
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
};

const rmaRequest: Complete<typeof rmaRequestTexts> = {
  loading: 'Ihre Lieferadresse wird geladen…',
  heading: 'Gerät zurücksenden (RMA)',
  intro:
    'Nur für unsere eigene Hardware. Die Lieferadresse stammt aus Ihrer Registrierung und wird nicht automatisch aktualisiert: Prüfen und bestätigen Sie sie.',
  submit: 'RMA anfordern',
  checking: 'Die Seriennummer wird geprüft…',
  cancel: 'Abbrechen',
  referredHeading: 'Dieses Gerät ist Partner-Hardware',
  referredText:
    'Die Seriennummer gehört zu Hardware von {vendor}. Bitte nutzen Sie den RMA-Prozess von {vendor}.',
  referredLink: 'RMA-Prozess von {vendor} öffnen',
  submittedHeading: 'RMA angefordert',
  submittedText: 'Ihre RMA-Anfrage {number} ist eingegangen. Die Versandanweisungen erhalten Sie per E-Mail.',
  cancelledHeading: 'Keine RMA angefordert',
};

const supportCase: Complete<typeof supportCaseTexts> = {
  heading: 'Support-Fall eröffnen',
  environment: 'Betrifft es eine Produktionsumgebung?',
  production: 'Produktion',
  productionHelp: 'Ein Live-System, von dem Ihr Geschäft abhängt.',
  test: 'Test',
  testHelp: 'Ein Test- oder Staging-System.',
  pocPov: 'POC/POV',
  pocPovHelp: 'Ein Proof of Concept bzw. Value gemeinsam mit dem Presales-Team.',
  chooseFirst: 'Wählen Sie zuerst die Umgebung.',
  next: 'Weiter',
  cancel: 'Abbrechen',
  detailsHeading: 'Details zum Fall',
  detailsFor: 'Umgebung: {environment}',
  back: 'Zurück',
  submit: 'Fall eröffnen',
  createdHeading: 'Support-Fall eröffnet',
  createdText: 'Ihr Fall {number} wurde eröffnet. Wir melden uns per E-Mail.',
  cancelledHeading: 'Kein Fall eröffnet',
};

const supportInfo: Complete<typeof supportInfoTexts> = {
  loading: 'Ihre Support-Informationen werden geladen…',
  heading: 'Support',
  level: 'Support-Stufe',
  number: 'Regionale Support-Nummer',
  pin: 'Support-PIN',
  pinHelp:
    'Nennen Sie diese PIN, wenn Sie anrufen: Sie weist Sie aus. Sie ist persönlich und ändert sich regelmäßig.',
  changesIn: 'Neue PIN in {time}',
  refresh: 'Aktuelle PIN anzeigen',
  close: 'Schließen',
  notEntitledHeading: 'Support-Informationen',
  notEntitledText:
    'Ihre Support-Stufe ist {level}. Die regionale Support-Nummer und eine Support-PIN gibt es mit Priority- oder Plus-Support.',
  unavailableHeading: 'Support-Informationen können nicht geladen werden',
  retry: 'Erneut versuchen',
  basic: 'Basic',
  standard: 'Standard',
  priority: 'Priority',
  plus: 'Plus',
};

/** German texts by element catalog id. */
export const elements = {
  'approval-queue': approvalQueue,
  'invitation-accept': invitationAccept,
  'invite-user': inviteUser,
  login: login,
  'mfa-enrollment': mfaEnrollment,
  'password-change': passwordChange,
  'password-reset': passwordReset,
  profile: profile,
  registration: registration,
  'rma-request': rmaRequest,
  'support-case': supportCase,
  'support-info': supportInfo,
};
