/** English texts of `<gate-support-info>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const supportInfoTexts = {
  id: 'support-info',
  en: {
    loading: 'Loading your support information…',
    heading: 'Support',
    level: 'Support level',
    number: 'Regional support number',
    pin: 'Support PIN',
    pinHelp:
      'Tell the agent this PIN when you call: it proves who you are. It is personal and changes regularly.',
    changesIn: 'New PIN in {time}',
    refresh: 'Show the current PIN',
    close: 'Close',
    reopen: 'Show support information',
    notEntitledHeading: 'Support information',
    notEntitledText:
      'Your support level is {level}. The regional support number and a support PIN come with Priority or Plus support.',
    unavailableHeading: 'Support information cannot be loaded',
    retry: 'Try again',
    basic: 'Basic',
    standard: 'Standard',
    priority: 'Priority',
    plus: 'Plus',
  },
};
