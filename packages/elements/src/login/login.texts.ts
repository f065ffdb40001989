/** English texts of `<gate-login>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const loginTexts = {
  id: 'login',
  en: {
    checking: 'Signing you in…',
    heading: 'Sign in',
    submit: 'Sign in',
    changeHeading: 'Choose a new password',
    changeText: 'You signed in with a one-time password. Choose your own password before you continue.',
    changeSubmit: 'Save password',
    mfaHeading: 'Verify it is you',
    mfaTextTotp: 'Enter the 6-digit code your authenticator app shows for this portal.',
    mfaTextEmail: 'We sent a 6-digit code to your e-mail address. Enter it here; it is valid for 10 minutes.',
    mfaTextBoth:
      'Enter the 6-digit code from your authenticator app, or choose “Code by e-mail” and have a code sent to you.',
    mfaTextRecovery:
      'No access to your second factor? Choose “Recovery code” and enter one of the codes you saved.',
    mfaSubmit: 'Verify',
    resend: 'Send a new e-mail code',
    sendCode: 'Send a code by e-mail',
    resendIn: 'A new code can be sent in {seconds} s.',
    cancel: 'Cancel',
    lockedHeading: 'Sign-in paused',
    lockedText: 'Too many failed attempts. You can try again in {seconds} s.',
    doneHeading: 'You are signed in',
    passkeySignIn: 'Sign in with a passkey',
    passkeyUse: 'Use your passkey',
    mfaTextPasskey: 'Use your passkey: your device asks for your fingerprint, face or PIN.',
    passkeyHeading: 'Use your passkey',
    passkeyText: 'Follow your browser: choose your passkey and unlock it with your fingerprint, face or PIN.',
  },
};
