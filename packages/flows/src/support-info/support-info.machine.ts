import { assign, setup } from 'xstate';
import { msUntil, parseInstant } from '../common/durations.js';
import { type FlowIssue, issuesFromError } from '../common/issues.js';
import { type SupportLevel, supportInfoPorts } from './support-info.ports.js';

/** The levels that show the regional number and the support PIN. */
export const ENTITLED_LEVELS: readonly SupportLevel[] = ['priority', 'plus'];

/** What the support information shows. `pin` is a secret: `persistFlow` strips it (a restore reloads it). */
export interface SupportInfoContext {
  level: SupportLevel | null;
  regionalNumber: string | null;
  pin: string | null;
  /** Epoch ms the PIN rotates: the countdown's target. */
  pinValidUntil: number | null;
  issues: FlowIssue[];
}

/** Events of the support information (public API). */
export type SupportInfoEvent = { type: 'RETRY' } | { type: 'REFRESH' } | { type: 'CLOSE' };

/**
 * Support information after login: `loading` → `showing` (level, regional number, rotating 8-digit PIN with its
 * countdown; refreshes itself when the PIN rotates) or `notEntitled` (final) for levels below Priority;
 * `unavailable` (RETRY) when loading fails; CLOSE → `closed`.
 */
export const supportInfoMachine = setup({
  types: { context: {} as SupportInfoContext, events: {} as SupportInfoEvent },
  actors: supportInfoPorts,
  delays: { pinRotation: ({ context }) => msUntil(context.pinValidUntil) },
}).createMachine({
  id: 'supportInfo',
  context: { level: null, regionalNumber: null, pin: null, pinValidUntil: null, issues: [] },
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'getSupportInfo',
        onDone: [
          {
            guard: ({ event }) => ENTITLED_LEVELS.includes(event.output.level),
            target: 'showing',
            actions: assign(({ event }) => ({
              level: event.output.level,
              regionalNumber: event.output.regionalNumber ?? null,
              pin: event.output.pin ?? null,
              // Without a rotation time, refresh in a minute rather than show a stale PIN forever.
              pinValidUntil: parseInstant(event.output.pinValidUntil, Date.now() + 60_000),
              issues: [],
            })),
          },
          {
            target: 'notEntitled',
            actions: assign(({ event }) => ({
              level: event.output.level,
              regionalNumber: null,
              pin: null,
              pinValidUntil: null,
              issues: [],
            })),
          },
        ],
        onError: {
          target: 'unavailable',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    showing: {
      // Holds the PIN: a reload fetches it again instead of persisting it.
      meta: { resume: 'loading' },
      after: { pinRotation: { target: 'loading' } },
      on: { REFRESH: 'loading', CLOSE: 'closed' },
    },
    unavailable: { on: { RETRY: 'loading', CLOSE: 'closed' } },
    notEntitled: { type: 'final' },
    closed: { type: 'final' },
  },
});
