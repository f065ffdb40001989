/** English texts of `<gate-password-reset>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const passwordResetTexts = {
  id: 'password-reset',
  en: {
    heading: 'Forgot your password?',
    intro: 'Enter your e-mail address. We send a code to your verified phone, or else to your e-mail.',
    submit: 'Send code',
    codeHeading: 'Enter the code and a new password',
    codeText: 'If an account exists for {email}, a code is on its way to its verified phone or e-mail.',
    codeSubmit: 'Reset password',
    resend: 'Send a new code',
    resendIn: 'A new code can be sent in {seconds} s.',
    back: 'Use another e-mail address',
    doneHeading: 'Password reset',
    doneText:
      'Your password was reset, and every browser that was signed in to your account was signed out. You can now sign in with your new password.',
  },
};
