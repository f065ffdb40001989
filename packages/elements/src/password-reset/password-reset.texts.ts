/** Texts of `<gate-password-reset>` (en, de). */
export const passwordResetTexts = {
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
    doneText: 'Your password was reset. You can now sign in with your new password.',
  },
  de: {
    heading: 'Passwort vergessen?',
    intro:
      'Geben Sie Ihre E-Mail-Adresse ein. Wir senden einen Code an Ihr verifiziertes Telefon, sonst per E-Mail.',
    submit: 'Code senden',
    codeHeading: 'Code und neues Passwort eingeben',
    codeText:
      'Falls ein Konto für {email} existiert, ist ein Code an dessen verifiziertes Telefon oder E-Mail unterwegs.',
    codeSubmit: 'Passwort zurücksetzen',
    resend: 'Neuen Code senden',
    resendIn: 'Ein neuer Code kann in {seconds} s gesendet werden.',
    back: 'Andere E-Mail-Adresse verwenden',
    doneHeading: 'Passwort zurückgesetzt',
    doneText: 'Ihr Passwort wurde zurückgesetzt. Sie können sich jetzt mit dem neuen Passwort anmelden.',
  },
};
