/** English texts of `<gate-support-case>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const supportCaseTexts = {
  id: 'support-case',
  en: {
    heading: 'Open a support case',
    environment: 'Does this concern a production environment?',
    production: 'Production',
    productionHelp: 'A live system your business depends on.',
    test: 'Test',
    testHelp: 'A test or staging system.',
    pocPov: 'POC/POV',
    pocPovHelp: 'A proof of concept or value run together with presales.',
    chooseFirst: 'Choose the environment first.',
    next: 'Continue',
    cancel: 'Cancel',
    detailsHeading: 'Case details',
    detailsFor: 'Environment: {environment}',
    back: 'Back',
    submit: 'Open case',
    createdHeading: 'Support case opened',
    createdText: 'Your case {number} was opened. We will get back to you by e-mail.',
    cancelledHeading: 'No case opened',
  },
};
