/**
 * German texts of `<gate-passkeys>`, typed against its English keys (a key added in English and missing here fails
 * the typecheck). Data only: `@gatehouse/elements/passkeys/de` registers it.
 */
import type { passkeysTexts } from '../../passkeys/passkeys.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `passkeys`. */
export const passkeys: Complete<typeof passkeysTexts> = {
  loading: 'Ihre Passkeys werden geladen…',
  heading: 'Passkeys',
  intro:
    'Mit einem Passkey melden Sie sich per Fingerabdruck, Gesicht oder Geräte-PIN an statt mit einem Passwort, und er zählt als Zwei-Faktor-Authentifizierung. Er funktioniert nur auf diesem Portal, eine gefälschte Seite kann ihn nicht verwenden.',
  none: 'Sie haben noch keinen Passkey.',
  added: 'Hinzugefügt {time}',
  lastUsed: 'zuletzt verwendet {time}',
  neverUsed: 'noch nicht verwendet',
  synced: 'synchronisiert',
  add: 'Passkey hinzufügen',
  adding: 'Folgen Sie Ihrem Browser, um den Passkey zu erstellen…',
  rename: 'Umbenennen',
  renameLabel: 'Passkey {name} umbenennen',
  nameLabel: 'Name des Passkeys',
  nameInvalid: 'Verwenden Sie 1 bis 64 Zeichen in einer Zeile.',
  save: 'Namen speichern',
  cancel: 'Abbrechen',
  remove: 'Entfernen',
  removeLabel: 'Passkey {name} entfernen',
  noticeAdded: 'Der Passkey wurde hinzugefügt. Sie können sich jetzt damit anmelden.',
  noticeRenamed: 'Der Passkey wurde umbenannt.',
  noticeRemoved: 'Der Passkey wurde entfernt.',
  reauthHeading: 'Passwort bestätigen',
  reauthText: 'Bestätigen Sie zuerst Ihr Passwort, um einen Passkey hinzuzufügen oder zu entfernen.',
  reauthSubmit: 'Bestätigen',
  codesHeading: 'Speichern Sie Ihre Wiederherstellungscodes',
  codesText:
    'Wenn Sie Ihren Passkey verlieren, meldet Sie jeder dieser Codes einmal an. Nur jetzt zeigen wir sie: Laden Sie sie herunter oder schreiben Sie sie auf und bewahren Sie sie sicher auf.',
  codesLabel: 'Ihre Wiederherstellungscodes',
  download: 'Codes herunterladen',
  codesFileHeading: 'Wiederherstellungscodes für {site}. Jeder Code funktioniert einmal.',
  codesSaved: 'Ich habe meine Codes gespeichert',
  unsupported: 'Dieser Browser kann keine Passkeys erstellen.',
  reload: 'Aktualisieren',
  close: 'Schließen',
  closedHeading: 'Passkeys',
  reopen: 'Ihre Passkeys anzeigen',
};
