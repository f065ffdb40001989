/** Texts of `<gate-support-info>` (en, de). */
export const supportInfoTexts = {
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
  de: {
    loading: 'Ihre Support-Informationen werden geladen…',
    heading: 'Support',
    level: 'Support-Stufe',
    number: 'Regionale Support-Nummer',
    pin: 'Support-PIN',
    pinHelp:
      'Nennen Sie diese PIN, wenn Sie anrufen: Sie weist Sie aus. Sie ist persönlich und ändert sich regelmäßig.',
    changesIn: 'Neue PIN in {time}',
    refresh: 'Aktuelle PIN anzeigen',
    close: 'Schließen',
    notEntitledHeading: 'Support-Informationen',
    notEntitledText:
      'Ihre Support-Stufe ist {level}. Die regionale Support-Nummer und eine Support-PIN gibt es mit Priority- oder Plus-Support.',
    unavailableHeading: 'Support-Informationen können nicht geladen werden',
    retry: 'Erneut versuchen',
    basic: 'Basic',
    standard: 'Standard',
    priority: 'Priority',
    plus: 'Plus',
  },
};
