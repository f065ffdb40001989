/** Texts of `<gate-invite-user>` (en, de). */
export const inviteUserTexts = {
  en: {
    loading: 'Loading the roles…',
    heading: 'Invite a user',
    intro: 'The user gets an e-mail with a link to set a password.',
    submit: 'Send invitation',
    cancel: 'Cancel',
    unavailableHeading: 'The roles cannot be loaded',
    retry: 'Try again',
    invitedHeading: 'Invitation sent',
    invitedText: 'We sent the invitation to {email}.',
    cancelledHeading: 'No invitation sent',
  },
  de: {
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
  },
};
