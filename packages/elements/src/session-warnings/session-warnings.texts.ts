/**
 * English texts of `<gate-session-warnings>` (the fallback, key by key); other languages register under `id`
 * (`src/locales/`).
 */
export const sessionWarningsTexts = {
  id: 'session-warnings',
  en: {
    breachedHeading: 'Your password appears in known data breaches',
    breachedText:
      'The password you signed in with is on lists of passwords leaked from other websites, so attackers try it first. Please change it to a password you use nowhere else.',
    breachedLink: 'Change your password now',
    breachedNoLink: 'Change it in your account’s password settings.',
  },
};
