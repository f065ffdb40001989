import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/support-case.form.js';
import { flowForm } from '../common/form.js';
import { type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { type SupportEnvironment, supportCasePorts } from './support-case.ports.js';

/** The compiled support case form (both steps). */
export const supportCaseForm = flowForm(built);

const ENVIRONMENTS: readonly SupportEnvironment[] = ['production', 'test', 'poc-pov'];

/** What the support case knows: the draft (kept across reloads) and the created case. */
export interface SupportCaseContext {
  environment: SupportEnvironment | null;
  data: Record<string, unknown>;
  caseId: string | null;
  caseNumber: string | null;
  issues: FlowIssue[];
}

/** Events of the support case (public API). */
export type SupportCaseEvent =
  | { type: 'SELECT_ENVIRONMENT'; environment: SupportEnvironment }
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'BACK' }
  | { type: 'CANCEL' };

/**
 * Creating a support case: `choosingEnvironment` (Production, Test or POC/POV) → `details` → `submitting` →
 * `created` (final), or `cancelled`. The SUBMIT data is validated together with the chosen environment.
 */
export const supportCaseMachine = setup({
  types: { context: {} as SupportCaseContext, events: {} as SupportCaseEvent },
  actors: supportCasePorts,
  guards: {
    knownEnvironment: ({ event }) =>
      event.type === 'SELECT_ENVIRONMENT' && ENVIRONMENTS.includes(event.environment),
    validDetails: ({ context, event }) =>
      event.type === 'SUBMIT' &&
      supportCaseForm.validate({ ...event.data, environment: context.environment }).ok,
  },
}).createMachine({
  id: 'supportCase',
  context: { environment: null, data: {}, caseId: null, caseNumber: null, issues: [] },
  initial: 'choosingEnvironment',
  states: {
    choosingEnvironment: {
      on: {
        SELECT_ENVIRONMENT: [
          {
            guard: 'knownEnvironment',
            target: 'details',
            actions: assign({
              environment: ({ event }) => event.environment,
              issues: [],
            }),
          },
          { actions: assign({ issues: [issue('/environment', 'enum')] }) },
        ],
        CANCEL: 'cancelled',
      },
    },
    details: {
      on: {
        SUBMIT: [
          {
            guard: 'validDetails',
            target: 'submitting',
            actions: assign(({ context, event }) => {
              const r = supportCaseForm.validate({ ...event.data, environment: context.environment });
              return { data: r.ok ? r.value : event.data, issues: [] };
            }),
          },
          {
            actions: assign(({ context, event }) => {
              const r = supportCaseForm.validate({ ...event.data, environment: context.environment });
              return { data: { ...event.data }, issues: r.ok ? [] : r.issues };
            }),
          },
        ],
        BACK: { target: 'choosingEnvironment', actions: assign({ issues: [] }) },
        CANCEL: 'cancelled',
      },
    },
    submitting: {
      meta: { resume: 'details' },
      invoke: {
        src: 'createCase',
        input: ({ context }) => ({ data: { ...context.data, environment: context.environment } }),
        onDone: {
          target: 'created',
          actions: assign(({ event }) => ({
            caseId: event.output.caseId,
            caseNumber: event.output.number ?? null,
          })),
        },
        onError: {
          target: 'details',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    created: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
