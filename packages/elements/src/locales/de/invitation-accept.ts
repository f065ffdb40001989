/**
 * German texts of `<gate-invitation-accept>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/invitation-accept/de` registers it.
 */
import type { invitationAcceptTexts } from '../../invitation-accept/invitation-accept.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `invitation-accept` (complete: nothing falls back to English). */
export const invitationAccept: Complete<typeof invitationAcceptTexts> = {
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
