/**
 * German texts of `<gate-sessions>`, typed against its English keys (a key added in English and missing here fails
 * the typecheck). Data only: `@gatehouse/elements/sessions/de` registers it.
 */
import type { sessionsTexts } from '../../sessions/sessions.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `sessions` (complete: nothing falls back to English). */
export const sessions: Complete<typeof sessionsTexts> = {
  loading: 'Ihre Anmeldungen werden geladen…',
  heading: 'Wo Sie angemeldet sind',
  intro:
    'Jeder Browser, der an Ihrem Konto angemeldet ist. Melden Sie jeden ab, den Sie nicht kennen, und ändern Sie dann Ihr Passwort.',
  thisBrowser: 'Dieser Browser',
  device: '{browser} unter {system}',
  unknownBrowser: 'Unbekannter Browser',
  unknownSystem: 'einem unbekannten System',
  signedIn: 'Angemeldet {time}',
  address: 'IP-Adresse {ip}',
  endOne: 'Abmelden',
  endOneLabel: '{device} abmelden, angemeldet {time}',
  endOthers: 'Überall sonst abmelden',
  endedOthers: '{count} andere Anmeldungen wurden beendet.',
  onlyThis: 'Sie sind nur hier angemeldet.',
  ending: 'Wird abgemeldet…',
  reload: 'Aktualisieren',
  close: 'Schließen',
  closedHeading: 'Wo Sie angemeldet sind',
  reopen: 'Anzeigen, wo Sie angemeldet sind',
};
