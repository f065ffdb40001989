/**
 * German texts of `<gate-rma-request>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/rma-request/de` registers it.
 */
import type { rmaRequestTexts } from '../../rma-request/rma-request.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `rma-request` (complete: nothing falls back to English). */
export const rmaRequest: Complete<typeof rmaRequestTexts> = {
  loading: 'Ihre Lieferadresse wird geladen…',
  heading: 'Gerät zurücksenden (RMA)',
  intro:
    'Nur für unsere eigene Hardware. Die Lieferadresse stammt aus Ihrer Registrierung und wird nicht automatisch aktualisiert: Prüfen und bestätigen Sie sie.',
  submit: 'RMA anfordern',
  checking: 'Die Seriennummer wird geprüft…',
  cancel: 'Abbrechen',
  referredHeading: 'Dieses Gerät ist Partner-Hardware',
  referredText:
    'Die Seriennummer {serial} gehört zu Hardware von {vendor}, die einen eigenen RMA-Prozess hat.',
  referredLink: 'RMA-Prozess von {vendor} öffnen',
  referredFix: 'Vertippt? Seriennummer korrigieren',
  submittedHeading: 'RMA angefordert',
  submittedText: 'Ihre RMA-Anfrage {number} ist eingegangen. Die Versandanweisungen erhalten Sie per E-Mail.',
  cancelledHeading: 'Keine RMA angefordert',
};
