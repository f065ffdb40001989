/** English texts of `<gate-registration>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const registrationTexts = {
  id: 'registration',
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
    linkInvalidHeading: 'This link cannot be used',
    linkInvalidText:
      'If you already confirmed your address, your registration waits for our approval and we will e-mail you. Otherwise register again.',
    expiredText: 'The confirmation link is no longer valid. Please register again.',
    again: 'Register again',
  },
};
