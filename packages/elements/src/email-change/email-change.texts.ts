/** English texts of `<gate-email-change>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const emailChangeTexts = {
  id: 'email-change',
  en: {
    heading: 'Change your e-mail address',
    current: 'Your address now: {email}',
    intro:
      'We send a confirmation link to the new address. Nothing changes until you open it; your current address is told about the request.',
    submit: 'Send confirmation link',
    cancel: 'Cancel',
    sentHeading: 'Check your new inbox',
    sentText:
      'We sent a confirmation link to {email}. Open it by {until} to finish the change. Until then, sign in with your current address.',
    spam: 'Nothing arrived? Look in the spam folder, or ask for a new link.',
    another: 'Use another address or send a new link',
    confirmingHeading: 'Confirming your new address…',
    changedHeading: 'E-mail address changed',
    changedText: 'Sign in with {email} from now on. Your previous address was told about the change.',
    signedOut:
      '{count, plural, =0 {No other browser was signed in.} one {# other browser was signed out.} other {# other browsers were signed out.}}',
    revokingHeading: 'Cancelling the e-mail change…',
    revokedHeading: 'E-mail change cancelled',
    revokedText:
      'Your e-mail address stays as it was, and the confirmation link sent to the new address no longer works.',
    revokedAdvice: 'Whoever asked for the change knew your password: change it now.',
    changePassword: 'Change your password',
    revokeExpiredText:
      'The change it was about expired with it: your address stays as it was. If you did not ask for it, change your password.',
    expiredHeading: 'This link has expired',
    expiredText: 'Ask for the change again on your profile page; your address stays as it was.',
    refusedHeading: 'This link cannot be used',
    refusedText: 'Your address stays as it was. To change it, ask again on your profile page.',
    cancelledHeading: 'E-mail address not changed',
    again: 'Change the e-mail address',
  },
};

/** Texts of the whole-step issues only this element meets (kept out of the shared issue texts). */
export const emailChangeIssueTexts = {
  id: 'emailChangeIssues',
  en: {
    'email-taken':
      'This address has been given to another account in the meantime, so it cannot be yours here. Your address stays as it was.',
    'email-change-cancelled': "The change was cancelled from the account's current address.",
    'email-change-confirmed':
      'The address was already changed, so the change cannot be cancelled any more. Tell your administrator at once.',
  },
};
