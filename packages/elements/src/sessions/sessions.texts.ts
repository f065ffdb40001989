/** English texts of `<gate-sessions>` (the fallback, key by key); other languages register under `id` (`src/locales/`). */
export const sessionsTexts = {
  id: 'sessions',
  en: {
    loading: 'Loading where you are signed in…',
    heading: 'Where you are signed in',
    intro:
      'Each browser signed in to your account. Sign out of any you do not recognise, then change your password.',
    thisBrowser: 'This browser',
    device: '{browser} on {system}',
    unknownBrowser: 'Unknown browser',
    unknownSystem: 'an unknown system',
    signedIn: 'Signed in {time}',
    address: 'IP address {ip}',
    endOne: 'Sign out',
    endOneLabel: 'Sign out {device}, signed in {time}',
    endOthers: 'Sign out everywhere else',
    endedOthers: 'Signed out of {count} other sessions.',
    onlyThis: 'You are signed in only here.',
    ending: 'Signing out…',
    reload: 'Refresh',
    close: 'Close',
    closedHeading: 'Where you are signed in',
    reopen: 'Show where you are signed in',
  },
};
