/** German texts of the bot defence's progress. Data only: `./shared.ts` registers it (every element may show it). */
import type { proofTexts } from '../../proof-of-work/proof.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `proofOfWork`. */
export const proofOfWork: Complete<typeof proofTexts> = {
  checking: 'Wir prüfen, ob Sie ein Mensch sind…',
  failed:
    'Wir konnten nicht bestätigen, dass Sie ein Mensch sind. Bitte versuchen Sie es gleich noch einmal.',
};
