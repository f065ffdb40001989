import type { UiCatalog } from '../en.js';

/** German texts of the elements' own chrome (complete). Data only: `./shared.ts` registers it. */
export const de: UiCatalog = {
  submit: 'Absenden',
  add: 'Hinzufügen',
  remove: 'Entfernen',
  removeItem: 'Eintrag {index} entfernen',
  item: 'Eintrag {index}',
  requiredMark: 'Pflichtfeld',
  stillRequired: 'Noch auszufüllen',
  allFilled: 'Alle Pflichtfelder sind ausgefüllt.',
  errorsSummary: '{count, plural, one {# Feld braucht} other {# Felder brauchen}} Ihre Aufmerksamkeit.',
  passwordHints: 'Anforderungen an das Passwort',
  hintMinLength: 'Mindestens {min} Zeichen',
  hintMinLengthMfa: 'Mindestens {min} Zeichen ({mfaMin}, sobald die Zwei-Faktor-Anmeldung aktiv ist)',
  hintMaxLength: 'Höchstens {max} Zeichen',
  hintLowercase: 'Ein Kleinbuchstabe',
  hintUppercase: 'Ein Großbuchstabe',
  hintDigit: 'Eine Ziffer',
  hintSymbol: 'Ein Sonderzeichen',
  hintContext: 'Nicht Ihr Name, Ihre Firma oder Ihre E-Mail-Adresse',
  hintCommon: 'Kein verbreitetes Passwort, keine Tastaturfolge, keine Wiederholung',
  hintMet: 'erfüllt',
  hintUnmet: 'noch nicht erfüllt',
  loading: 'Wird geladen…',
  error: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
};
