/** Texts of `<gate-password-change>` (en, de). */
export const passwordChangeTexts = {
  en: {
    heading: 'Change your password',
    intro: 'The requirements are checked as you type. Pasting from a password manager is welcome.',
    submit: 'Change password',
    cancel: 'Cancel',
    changedHeading: 'Password changed',
    changedText: 'Your new password is active. Use it the next time you sign in.',
    cancelledHeading: 'Password not changed',
  },
  de: {
    heading: 'Passwort ändern',
    intro: 'Die Anforderungen werden beim Tippen geprüft. Einfügen aus einem Passwort-Manager ist erlaubt.',
    submit: 'Passwort ändern',
    cancel: 'Abbrechen',
    changedHeading: 'Passwort geändert',
    changedText: 'Ihr neues Passwort ist aktiv. Verwenden Sie es bei der nächsten Anmeldung.',
    cancelledHeading: 'Passwort nicht geändert',
  },
};
