/** English texts of `<gate-password-change>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const passwordChangeTexts = {
  id: 'password-change',
  en: {
    heading: 'Change your password',
    intro: 'The requirements are checked as you type. Pasting from a password manager is welcome.',
    submit: 'Change password',
    cancel: 'Cancel',
    changedHeading: 'Password changed',
    changedText:
      'Your new password is active. Use it the next time you sign in. Every other browser signed in to your account was signed out.',
    cancelledHeading: 'Password not changed',
    again: 'Change it again',
  },
};
