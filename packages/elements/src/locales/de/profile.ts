/**
 * German texts of `<gate-profile>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/profile/de` registers it.
 */
import type { profileTexts } from '../../profile/profile.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `profile` (complete: nothing falls back to English). */
export const profile: Complete<typeof profileTexts> = {
  loading: 'Ihr Profil wird geladen…',
  heading: 'Ihr Profil',
  email: 'E-Mail',
  company: 'Firma',
  save: 'Speichern',
  close: 'Schließen',
  reopen: 'Profildaten anzeigen',
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
