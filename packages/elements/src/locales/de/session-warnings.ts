/**
 * German texts of `<gate-session-warnings>`, typed against its English keys (a key added in English and missing
 * here fails the typecheck). Data only: `@gatehouse/elements/session-warnings/de` registers it.
 */
import type { sessionWarningsTexts } from '../../session-warnings/session-warnings.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `session-warnings` (complete: nothing falls back to English). */
export const sessionWarnings: Complete<typeof sessionWarningsTexts> = {
  breachedHeading: 'Ihr Passwort ist aus bekannten Datenlecks bekannt',
  breachedText:
    'Das Passwort, mit dem Sie sich angemeldet haben, steht auf Listen von Passwörtern, die bei anderen Websites abgeflossen sind; Angreifer probieren es deshalb zuerst aus. Bitte ändern Sie es in ein Passwort, das Sie nirgendwo sonst verwenden.',
  breachedLink: 'Passwort jetzt ändern',
  breachedNoLink: 'Ändern Sie es in den Passwort-Einstellungen Ihres Kontos.',
};
