/** English texts of `<gate-rma-request>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const rmaRequestTexts = {
  id: 'rma-request',
  en: {
    loading: 'Loading your delivery address…',
    heading: 'Return a device (RMA)',
    intro:
      'For our own hardware only. The delivery address comes from your registration and is not updated automatically: check it and confirm it.',
    submit: 'Request RMA',
    checking: 'Checking the serial number…',
    cancel: 'Cancel',
    referredHeading: 'This device is partner hardware',
    // The vendor's name never ends a sentence: "Partner Systems Inc." would end in "Inc..".
    referredText: 'Serial number {serial} belongs to hardware by {vendor}, which has its own RMA process.',
    referredLink: 'Open the RMA process of {vendor}',
    referredFix: 'Mistyped? Correct the serial number',
    submittedHeading: 'RMA requested',
    submittedText:
      'Your RMA request {number} was received. We will send the shipping instructions by e-mail.',
    cancelledHeading: 'No RMA requested',
  },
};
