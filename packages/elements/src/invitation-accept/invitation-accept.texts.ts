/** Texts of `<gate-invitation-accept>` (en, de). */
export const invitationAcceptTexts = {
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
  de: {
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
  },
};
