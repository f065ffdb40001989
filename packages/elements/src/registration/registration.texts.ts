/** Texts of `<gate-registration>` (en, de). */
export const registrationTexts = {
  en: {
    heading: 'Register your company',
    intro: 'Fields marked with * are required.',
    submit: 'Register',
    mailboxHeading: 'Check your mailbox',
    mailboxSent: 'We sent a confirmation link to {email}. Open it to confirm your address.',
    mailboxValid: 'The link is valid until {time}.',
    spamHint: 'No e-mail after a few minutes? Please look in your spam or junk folder.',
    sender: 'Our e-mails come from {sender}. Please ask your IT not to block this sender.',
    senderGeneric: 'Our e-mails come from a no-reply address. Please ask your IT not to block it.',
    resend: 'Send the link again',
    resendIn: 'You can request a new link in {seconds} s.',
    resending: 'Sending a new link…',
    edit: 'Change my details',
    confirmingHeading: 'Confirming your e-mail address…',
    approvalHeading: 'Waiting for approval',
    approvalText: 'Your e-mail address is confirmed. We review every registration, usually within 24 hours.',
    approvalNext:
      'You will receive an e-mail with your username and a one-time password once your account is approved.',
    approvedHeading: 'Registration approved',
    approvedText:
      'Your company account is approved. Check your mailbox for your username and one-time password.',
    rejectedHeading: 'Registration not approved',
    rejectedText: 'We could not approve this registration.',
    rejectedReason: 'Reason: {reason}',
    expiredHeading: 'Confirmation link expired',
    expiredText: 'The confirmation link is no longer valid. Please register again.',
    again: 'Register again',
  },
  de: {
    heading: 'Firmenkonto registrieren',
    intro: 'Mit * markierte Felder sind Pflichtfelder.',
    submit: 'Registrieren',
    mailboxHeading: 'Prüfen Sie Ihr Postfach',
    mailboxSent:
      'Wir haben einen Bestätigungslink an {email} gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen.',
    mailboxValid: 'Der Link ist gültig bis {time}.',
    spamHint: 'Nach einigen Minuten keine E-Mail? Bitte sehen Sie in Ihrem Spam- oder Junk-Ordner nach.',
    sender:
      'Unsere E-Mails kommen von {sender}. Bitte bitten Sie Ihre IT, diesen Absender nicht zu blockieren.',
    senderGeneric:
      'Unsere E-Mails kommen von einer No-Reply-Adresse. Bitte bitten Sie Ihre IT, sie nicht zu blockieren.',
    resend: 'Link erneut senden',
    resendIn: 'Einen neuen Link können Sie in {seconds} s anfordern.',
    resending: 'Neuer Link wird gesendet…',
    edit: 'Meine Angaben ändern',
    confirmingHeading: 'E-Mail-Adresse wird bestätigt…',
    approvalHeading: 'Warten auf Freigabe',
    approvalText:
      'Ihre E-Mail-Adresse ist bestätigt. Wir prüfen jede Registrierung, meist innerhalb von 24 Stunden.',
    approvalNext: 'Nach der Freigabe erhalten Sie eine E-Mail mit Benutzername und Einmalpasswort.',
    approvedHeading: 'Registrierung freigegeben',
    approvedText:
      'Ihr Firmenkonto ist freigegeben. Benutzername und Einmalpasswort finden Sie in Ihrem Postfach.',
    rejectedHeading: 'Registrierung nicht freigegeben',
    rejectedText: 'Wir konnten diese Registrierung nicht freigeben.',
    rejectedReason: 'Grund: {reason}',
    expiredHeading: 'Bestätigungslink abgelaufen',
    expiredText: 'Der Bestätigungslink ist nicht mehr gültig. Bitte registrieren Sie sich erneut.',
    again: 'Erneut registrieren',
  },
};
