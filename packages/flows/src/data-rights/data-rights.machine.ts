import { assign, emit, setup } from 'xstate';
import { form as built } from '../../generated/forms/account-deletion.form.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import {
  type DataExport,
  type DeletionRequirements,
  dataRightsPorts,
  type Successor,
} from './data-rights.ports.js';

/** The compiled deletion form: the password (the re-authentication) and "I understand". */
export const accountDeletionForm = flowForm(built);

/**
 * What the data-rights flow knows: what deleting needs, the chosen successor, when the last export was downloaded.
 * Neither the export nor the password is ever in it.
 */
export interface DataRightsContext {
  handOver: DeletionRequirements['handOver'];
  successors: Successor[];
  /** The colleague who takes over the Super Admin role (only when `handOver` is `required`). */
  successor: string | null;
  exportedAt: number | null;
  issues: FlowIssue[];
}

/** Events of the data-rights flow (public API). */
export type DataRightsEvent =
  | { type: 'EXPORT' }
  | { type: 'DELETE' }
  | { type: 'CHOOSE_SUCCESSOR'; id: string }
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'CANCEL' }
  | { type: 'CLOSE' };

/** What the machine emits when an export arrived: the page offers it as a file; it is kept nowhere else. */
export interface DataRightsDownload {
  type: 'download';
  fileName: string;
  data: unknown;
}

const formIssues = (data: unknown): FlowIssue[] => {
  const r = accountDeletionForm.validate(data);
  return r.ok ? [] : r.issues;
};

/** The chosen successor is one the backend offered (a stale or forged id is never sent). */
const offered = (context: DataRightsContext, id: string | null) =>
  id !== null && context.successors.some((s) => s.id === id);

/**
 * A person's data rights from the profile page: download everything the backend holds about them (`EXPORT` →
 * `exporting`, the JSON arrives as a `download` emitted event), and delete the account (`DELETE` → `confirming` →
 * `deleting` → `deleted`). Every deletion re-authenticates: the password travels in the very request that deletes,
 * so an old login never suffices. The company's last Super Admin names a successor first (`CHOOSE_SUCCESSOR`) when
 * other users remain. States: `loading`, `overview`, `exporting`, `confirming`, `deleting`, `deleted`, `closed`.
 */
export const dataRightsMachine = setup({
  types: {
    context: {} as DataRightsContext,
    events: {} as DataRightsEvent,
    emitted: {} as DataRightsDownload,
  },
  actors: dataRightsPorts,
  guards: {
    offeredSuccessor: ({ context, event }) => event.type === 'CHOOSE_SUCCESSOR' && offered(context, event.id),
    handOverMissing: ({ context }) => context.handOver === 'required' && !offered(context, context.successor),
    validForm: ({ event }) => event.type === 'SUBMIT' && accountDeletionForm.validate(event.data).ok,
  },
  actions: {
    errorIssues: assign({ issues: ({ event }) => issuesFromError((event as { error?: unknown }).error) }),
  },
}).createMachine({
  id: 'dataRights',
  context: { handOver: 'none', successors: [], successor: null, exportedAt: null, issues: [] },
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadRequirements',
        onDone: {
          target: 'overview',
          actions: assign(({ event }) => ({
            handOver: event.output?.handOver === 'required' ? ('required' as const) : ('none' as const),
            successors: Array.isArray(event.output?.successors) ? event.output.successors : [],
            successor: null,
          })),
        },
        // Unknown requirements: deleting stays possible, the backend refuses a missing hand-over itself.
        onError: { target: 'overview', actions: 'errorIssues' },
      },
    },
    overview: {
      on: {
        EXPORT: { target: 'exporting', actions: assign({ issues: [] }) },
        DELETE: { target: 'confirming', actions: assign({ issues: [] }) },
        CLOSE: { target: 'closed' },
      },
    },
    exporting: {
      meta: { resume: 'overview' },
      invoke: {
        src: 'exportData',
        onDone: {
          target: 'overview',
          actions: [
            emit(({ event }) => ({
              type: 'download' as const,
              fileName: (event.output as DataExport).fileName,
              data: (event.output as DataExport).data,
            })),
            assign({ exportedAt: () => Date.now() }),
          ],
        },
        onError: { target: 'overview', actions: 'errorIssues' },
      },
    },
    confirming: {
      on: {
        CHOOSE_SUCCESSOR: {
          guard: 'offeredSuccessor',
          actions: assign({ successor: ({ event }) => event.id, issues: [] }),
        },
        SUBMIT: [
          {
            guard: 'handOverMissing',
            actions: assign({
              issues: ({ event }) => [...formIssues(event.data), issue('/successor', 'required')],
            }),
          },
          { guard: 'validForm', target: 'deleting', actions: assign({ issues: [] }) },
          { actions: assign({ issues: ({ event }) => formIssues(event.data) }) },
        ],
        CANCEL: { target: 'overview', actions: assign({ successor: null, issues: [] }) },
      },
    },
    deleting: {
      // The password is never persisted: a reload asks for it again.
      meta: { resume: 'confirming' },
      invoke: {
        src: 'deleteAccount',
        input: ({ context, event }) => ({
          password: event.type === 'SUBMIT' ? String(event.data.password ?? '') : '',
          understood: true as const,
          ...(context.successor !== null ? { successor: context.successor } : {}),
        }),
        onDone: { target: 'deleted' },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'invalid-current-password',
            target: 'confirming',
            actions: assign({ issues: [issue('/password', 'invalid-current-password')] }),
          },
          {
            // The company changed meanwhile (another Super Admin left): load who can take over, then ask again.
            guard: ({ event }) => errorCode(event.error) === 'hand-over-required',
            target: 'loading',
            actions: 'errorIssues',
          },
          { target: 'confirming', actions: 'errorIssues' },
        ],
      },
    },
    deleted: { type: 'final' },
    closed: { type: 'final' },
  },
});
