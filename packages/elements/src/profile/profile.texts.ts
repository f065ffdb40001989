/** English texts of `<gate-profile>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const profileTexts = {
  id: 'profile',
  en: {
    loading: 'Loading your profile…',
    heading: 'Your profile',
    email: 'E-mail',
    company: 'Company',
    save: 'Save',
    close: 'Close',
    unavailableHeading: 'Your profile cannot be loaded',
    retry: 'Try again',
    sending: 'Sending a code to your new number…',
    phoneHeading: 'Confirm your new number',
    phoneText: 'We sent a 6-digit code by SMS to {phone}. Your number is saved only after you enter it.',
    confirm: 'Confirm number',
    resend: 'Send a new code',
    resendIn: 'A new code can be sent in {seconds} s.',
    keepOld: 'Keep my old number',
    savedHeading: 'Profile saved',
    savedText: 'Your changes are saved.',
    edit: 'Edit again',
  },
};
