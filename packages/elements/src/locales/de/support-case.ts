/**
 * German texts of `<gate-support-case>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/support-case/de` registers it.
 */
import type { supportCaseTexts } from '../../support-case/support-case.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `support-case` (complete: nothing falls back to English). */
export const supportCase: Complete<typeof supportCaseTexts> = {
  heading: 'Support-Fall eröffnen',
  environment: 'Betrifft es eine Produktionsumgebung?',
  production: 'Produktion',
  productionHelp: 'Ein Live-System, von dem Ihr Geschäft abhängt.',
  test: 'Test',
  testHelp: 'Ein Test- oder Staging-System.',
  pocPov: 'POC/POV',
  pocPovHelp: 'Ein Proof of Concept bzw. Value gemeinsam mit dem Presales-Team.',
  choose: 'Bitte wählen …',
  chooseFirst: 'Wählen Sie zuerst die Umgebung.',
  next: 'Weiter',
  cancel: 'Abbrechen',
  detailsHeading: 'Details zum Fall',
  detailsFor: 'Umgebung: {environment}',
  back: 'Zurück',
  submit: 'Fall eröffnen',
  createdHeading: 'Support-Fall eröffnet',
  createdText: 'Ihr Fall {number} wurde eröffnet. Wir melden uns per E-Mail.',
  cancelledHeading: 'Kein Fall eröffnet',
};
