/** English texts of `<gate-invite-user>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const inviteUserTexts = {
  id: 'invite-user',
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
    // The built-in roles by id, for pages in other languages (English pages show the backend's own labels).
    'role.super-admin': 'Super Admin',
    'role.support-cases': 'Support cases',
    'role.rma': 'RMA requests',
    'role.user-management': 'User management',
  },
};
