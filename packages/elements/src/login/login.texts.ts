/** Texts of `<gate-login>` (en, de). */
export const loginTexts = {
  en: {
    checking: 'Signing you in…',
    heading: 'Sign in',
    submit: 'Sign in',
    changeHeading: 'Choose a new password',
    changeText: 'You signed in with a one-time password. Choose your own password before you continue.',
    changeSubmit: 'Save password',
    mfaHeading: 'Verify it is you',
    mfaText: 'Enter the 6-digit code from your authenticator app, or the code we sent by e-mail.',
    mfaSubmit: 'Verify',
    resend: 'Send a new e-mail code',
    resendIn: 'A new code can be sent in {seconds} s.',
    cancel: 'Cancel',
    lockedHeading: 'Sign-in paused',
    lockedText: 'Too many failed attempts. You can try again in {seconds} s.',
    doneHeading: 'You are signed in',
  },
  de: {
    checking: 'Sie werden angemeldet…',
    heading: 'Anmelden',
    submit: 'Anmelden',
    changeHeading: 'Neues Passwort wählen',
    changeText:
      'Sie haben sich mit einem Einmalpasswort angemeldet. Wählen Sie vor dem Fortfahren Ihr eigenes Passwort.',
    changeSubmit: 'Passwort speichern',
    mfaHeading: 'Bestätigen Sie Ihre Identität',
    mfaText:
      'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder den per E-Mail gesendeten Code ein.',
    mfaSubmit: 'Bestätigen',
    resend: 'Neuen E-Mail-Code senden',
    resendIn: 'Ein neuer Code kann in {seconds} s gesendet werden.',
    cancel: 'Abbrechen',
    lockedHeading: 'Anmeldung pausiert',
    lockedText: 'Zu viele Fehlversuche. Sie können es in {seconds} s erneut versuchen.',
    doneHeading: 'Sie sind angemeldet',
  },
};
