/**
 * German texts of `<gate-support-info>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/support-info/de` registers it.
 */
import type { supportInfoTexts } from '../../support-info/support-info.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `support-info` (complete: nothing falls back to English). */
export const supportInfo: Complete<typeof supportInfoTexts> = {
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
  reopen: 'Support-Informationen anzeigen',
  notEntitledHeading: 'Support-Informationen',
  notEntitledText:
    'Ihre Support-Stufe ist {level}. Die regionale Support-Nummer und eine Support-PIN gibt es mit Priority- oder Plus-Support.',
  unavailableHeading: 'Support-Informationen können nicht geladen werden',
  retry: 'Erneut versuchen',
  basic: 'Basic',
  standard: 'Standard',
  priority: 'Priority',
  plus: 'Plus',
};
