/** English texts of `<gate-invitation-accept>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const invitationAcceptTexts = {
  id: 'invitation-accept',
  en: {
    heading: 'Set your password',
    intro:
      'You were invited to the portal. Choose a password; afterwards you sign in under the usual login and MFA rules.',
    submit: 'Set password',
    acceptedHeading: 'Your account is ready',
    acceptedText: 'You can now sign in with your e-mail address and the new password.',
    expiredHeading: 'This invitation has expired',
    expiredText: 'Ask the administrator of your company account to invite you again.',
    invalidHeading: 'This invitation link is not valid',
    invalidText: 'The link is incomplete or was already used. Ask your administrator for a new invitation.',
  },
};
