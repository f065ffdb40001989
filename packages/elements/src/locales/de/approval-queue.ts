/**
 * German texts of `<gate-approval-queue>`, typed against its English keys (a key added in English and missing here
 * fails the typecheck). Data only: `@gatehouse/elements/approval-queue/de` registers it.
 */
import type { approvalQueueTexts } from '../../approval-queue/approval-queue.texts.js';
import type { Complete } from './complete.js';

/** German catalog of `approval-queue` (complete: nothing falls back to English). */
export const approvalQueue: Complete<typeof approvalQueueTexts> = {
  heading: 'Zu prüfende Registrierungen',
  filter: 'Anzeigen',
  pending: 'Offen',
  overdue: 'Überfällig',
  all: 'Alle',
  loading: 'Wird geladen…',
  empty: 'Nichts zu prüfen.',
  count: '{n, plural, one {# Registrierung} other {# Registrierungen}}',
  applicant: 'Antragsteller',
  company: 'Firma',
  submitted: 'Eingegangen',
  due: 'Fällig',
  emailCheck: 'E-Mail-Prüfung',
  flagged: 'Markiert: {code}',
  passed: 'Bestanden',
  overdueFlag: 'Überfällig',
  review: '{name} prüfen',
  reviewHeading: 'Prüfung: {name}',
  email: 'E-Mail',
  state: 'Status',
  history: 'Bisherige Entscheidungen',
  noHistory: 'Noch keine Entscheidungen.',
  decision: '{action} von {by}, {at}',
  reason: 'Begründung',
  reasonHelp:
    'Wird mit Ihrem Namen und der Uhrzeit gespeichert. Eine Ablehnungsbegründung erhält der Antragsteller.',
  override: 'Die E-Mail-Prüfung ist ein Fehlalarm: trotzdem freigeben',
  approve: 'Freigeben',
  reject: 'Ablehnen',
  requestInfo: 'Informationen anfordern',
  back: 'Zurück zur Liste',
  needReason: 'Geben Sie eine Begründung an.',
  needOverride:
    'Diese E-Mail wurde markiert: Bestätigen Sie den Fehlalarm und geben Sie eine Begründung an, um freizugeben.',
  approved: 'Freigegeben: {name}',
  rejected: 'Abgelehnt: {name}',
  infoRequested: 'Informationen angefordert von {name}',
  'action-approve': 'Freigegeben',
  'action-reject': 'Abgelehnt',
  'action-request-info': 'Informationen angefordert',
  'action-info-provided': 'Informationen geliefert',
};
