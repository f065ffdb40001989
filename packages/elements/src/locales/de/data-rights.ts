/**
 * German texts of `<gate-data-rights>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/data-rights/de` registers it.
 */
import type { dataRightsIssueTexts, dataRightsTexts } from '../../data-rights/data-rights.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `dataRights`. */
export const dataRights: Complete<typeof dataRightsTexts> = {
  loading: 'Ihre Dateneinstellungen werden geladen…',
  heading: 'Ihre Daten',
  intro:
    'Laden Sie eine Kopie von allem herunter, was dieses Portal über Sie speichert, oder löschen Sie Ihr Konto und Ihre persönlichen Daten.',
  export: 'Meine Daten herunterladen',
  exporting: 'Ihre Daten werden zusammengestellt…',
  exported:
    'Ihre Daten wurden als {file} gespeichert. Sie enthalten kein Passwort und kein anderes Geheimnis.',
  delete: 'Mein Konto löschen',
  close: 'Schließen',
  closedHeading: 'Ihre Daten',
  reopen: 'Dateneinstellungen anzeigen',
  confirmHeading: 'Konto löschen',
  deletedList:
    'Gelöscht werden: Ihr Konto und Profil, Ihre Anmeldemethoden (Passwort, Authenticator-App, Passkeys, Wiederherstellungscodes), Ihre Supportfälle und RMA-Anfragen, Ihre Registrierung und die Formulare, die Sie gesendet haben. Sie werden überall abgemeldet, auch in den anderen Portalen.',
  keptList:
    'Erhalten bleiben: Das Sicherheitsprotokoll behält Einträge zu Ihren Aktionen unter einem Pseudonym statt Ihres Namens. Einladungen, die Sie verschickt haben, und Formulare, die Sie veröffentlicht haben, bleiben ohne Ihren Namen bei Ihrer Firma. Wir senden Ihnen eine E-Mail, die die Löschung bestätigt.',
  undone:
    'Das kann nicht rückgängig gemacht werden. Laden Sie vorher Ihre Daten herunter, wenn Sie eine Kopie behalten möchten.',
  handOverText:
    'Sie sind der letzte Super Admin Ihrer Firma. Wählen Sie eine Kollegin oder einen Kollegen, die oder der die Rolle übernimmt, damit Ihre Firma ihre Benutzer weiter verwalten kann.',
  successor: 'Neuer Super Admin',
  chooseSuccessor: 'Person auswählen',
  successorMissing: 'Wählen Sie, wer die Rolle des Super Admins übernimmt.',
  confirm: 'Mein Konto löschen',
  cancel: 'Abbrechen',
  deletedHeading: 'Ihr Konto wurde gelöscht',
  deletedText:
    'Ihre persönlichen Daten wurden entfernt und Sie sind abgemeldet. Vielen Dank, dass Sie das Portal genutzt haben.',
};

/** German catalog of `dataRightsIssues`. */
export const dataRightsIssues: Complete<typeof dataRightsIssueTexts> = {
  'hand-over-required':
    'Ihre Firma hat jetzt keinen anderen Super Admin mehr. Wählen Sie, wer die Rolle übernimmt, und löschen Sie dann erneut.',
};
