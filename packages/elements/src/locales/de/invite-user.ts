/**
 * German texts of `<gate-invite-user>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/invite-user/de` registers it.
 */
import type { inviteUserTexts } from '../../invite-user/invite-user.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `invite-user` (complete: nothing falls back to English). */
export const inviteUser: Complete<typeof inviteUserTexts> = {
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
  'role.super-admin': 'Super Admin',
  'role.support-cases': 'Supportfälle',
  'role.rma': 'RMA-Anträge',
  'role.user-management': 'Benutzerverwaltung',
};
