import { assign, setup } from 'xstate';
import { type FlowIssue, issuesFromError } from '../common/issues.js';
import { type SessionEntry, sessionsPorts } from './sessions.ports.js';

/** What the sessions list knows: the sessions last loaded, the one being ended, and how many "all others" ended. */
export interface SessionsContext {
  sessions: SessionEntry[];
  ending: string | null;
  /** How many sessions the last "sign out everywhere else" ended (null: not used yet). */
  endedOthers: number | null;
  issues: FlowIssue[];
}

/** Events of the sessions list (public API). */
export type SessionsEvent =
  | { type: 'END'; id: string }
  | { type: 'END_OTHERS' }
  | { type: 'RELOAD' }
  | { type: 'CLOSE' };

/**
 * The user's signed-in browsers (`listing`): end one of the others (`END` → `ending`) or all others (`END_OTHERS` →
 * `endingOthers`); the list reloads after each. The current session is never ended here (that is logging out): `END`
 * with its id, or an id not in the list, is ignored. States: `loading`, `listing`, `ending`, `endingOthers`, `closed`.
 */
export const sessionsMachine = setup({
  types: { context: {} as SessionsContext, events: {} as SessionsEvent },
  actors: sessionsPorts,
  guards: {
    endable: ({ context, event }) =>
      event.type === 'END' && context.sessions.some((s) => s.id === event.id && !s.current),
    hasOthers: ({ context }) => context.sessions.some((s) => !s.current),
  },
  actions: {
    errorIssues: assign({ issues: ({ event }) => issuesFromError((event as { error?: unknown }).error) }),
  },
}).createMachine({
  id: 'sessions',
  context: { sessions: [], ending: null, endedOthers: null, issues: [] },
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'listSessions',
        onDone: {
          target: 'listing',
          actions: assign({
            sessions: ({ event }) => (Array.isArray(event.output?.sessions) ? event.output.sessions : []),
            ending: null,
          }),
        },
        onError: { target: 'listing', actions: ['errorIssues', assign({ ending: null })] },
      },
    },
    listing: {
      on: {
        END: {
          guard: 'endable',
          target: 'ending',
          actions: assign({ ending: ({ event }) => event.id, issues: [] }),
        },
        END_OTHERS: { guard: 'hasOthers', target: 'endingOthers', actions: assign({ issues: [] }) },
        RELOAD: { target: 'loading', actions: assign({ issues: [] }) },
        CLOSE: { target: 'closed' },
      },
    },
    ending: {
      meta: { resume: 'loading' },
      invoke: {
        src: 'endSession',
        input: ({ context }) => ({ id: context.ending ?? '' }),
        onDone: { target: 'loading' },
        // Already gone (ended elsewhere, expired): the fresh list shows it; other errors say why.
        onError: { target: 'loading', actions: 'errorIssues' },
      },
    },
    endingOthers: {
      meta: { resume: 'loading' },
      invoke: {
        src: 'endOtherSessions',
        onDone: {
          target: 'loading',
          actions: assign({ endedOthers: ({ event }) => Number(event.output?.ended ?? 0) }),
        },
        onError: { target: 'loading', actions: 'errorIssues' },
      },
    },
    closed: { type: 'final' },
  },
});
