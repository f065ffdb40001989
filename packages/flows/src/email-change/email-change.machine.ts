import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/email-change.form.js';
import { type DurationInput, msUntil, parseInstant, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { emailChangePorts } from './email-change.ports.js';

/** The compiled e-mail change form: the new address (the registration's business e-mail policy) and the password. */
export const emailChangeForm = flowForm(built);

/** Configuration of the e-mail change; every field is optional. */
export interface EmailChangeInput {
  /** The account's address now (shown beside the form; the backend knows it anyway). */
  email?: string;
  /** Lifetime of the confirmation link when the backend does not say (default 24 h, like registration's). */
  confirmationLifetime?: DurationInput;
}

/**
 * What the e-mail change knows. The password only travels in the SUBMIT event to the port, the link's token only in
 * the CONFIRM event: neither is ever in the context (nor in a persisted snapshot).
 */
export interface EmailChangeContext {
  /** The account's address: the one it had, until a confirmation replaces it. */
  email: string | null;
  /** The address waiting for its confirmation link to be opened. */
  pendingEmail: string | null;
  /** Epoch ms when the link expires (drives `expired`). */
  confirmationExpiresAt: number | null;
  /** True once the backend confirmed the new address: `changed` is unreachable without it. */
  confirmed: boolean;
  /** How many other sessions the confirmation or the cancel ended (shown to the person). */
  endedSessions: number | null;
  issues: FlowIssue[];
  config: { confirmationLifetimeMs: number };
}

/** Events of the e-mail change (public API). */
export type EmailChangeEvent =
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'CONFIRM'; token: string }
  | { type: 'REVOKE'; token: string }
  | { type: 'EDIT' }
  | { type: 'CANCEL' };

const formIssues = (data: unknown): FlowIssue[] => {
  const r = emailChangeForm.validate(data);
  return r.ok ? [] : r.issues;
};

/**
 * Change the account's e-mail address while signed in: `editing` → `submitting` → `awaitingConfirmation` →
 * `confirming` → `changed`. SUBMIT carries the new address and the current password (re-authentication); the
 * backend mails a single-use link to the new address and a notice to the old one, and nothing changes until the
 * link is opened: its page starts the flow and sends CONFIRM with the token (from `editing` too). The notice to the
 * old address carries a "this was not me" link: its page starts the flow and sends REVOKE with that link's token,
 * `revoking` → `revoked` (the open change is cancelled, other sessions end; the address never changes on this
 * path). Ends in `changed`, `revoked`, `expired` (a link's lifetime passed), `refused` (a link the backend does not
 * accept, opened on its own page) or `cancelled`.
 */
export const emailChangeMachine = setup({
  types: {
    context: {} as EmailChangeContext,
    events: {} as EmailChangeEvent,
    input: {} as EmailChangeInput,
  },
  actors: emailChangePorts,
  guards: {
    valid: ({ event }) => event.type === 'SUBMIT' && emailChangeForm.validate(event.data).ok,
    hasToken: ({ event }) =>
      (event.type === 'CONFIRM' || event.type === 'REVOKE') &&
      typeof event.token === 'string' &&
      event.token !== '',
    hasPending: ({ context }) => context.pendingEmail !== null,
  },
  delays: {
    confirmationExpiry: ({ context }) => msUntil(context.confirmationExpiresAt),
  },
  actions: {
    clearIssues: assign({ issues: [] }),
    errorIssues: assign({ issues: ({ event }) => issuesFromError((event as { error?: unknown }).error) }),
  },
}).createMachine({
  id: 'emailChange',
  context: ({ input }) => ({
    email: input?.email ?? null,
    pendingEmail: null,
    confirmationExpiresAt: null,
    confirmed: false,
    endedSessions: null,
    issues: [],
    config: {
      confirmationLifetimeMs: toMs(input?.confirmationLifetime ?? { hours: 24 }, 'confirmationLifetime'),
    },
  }),
  initial: 'editing',
  states: {
    editing: {
      on: {
        SUBMIT: [
          {
            guard: 'valid',
            target: 'submitting',
            actions: assign(({ event }) => ({
              pendingEmail: event.type === 'SUBMIT' ? String(event.data.newEmail).trim() : null,
              issues: [],
            })),
          },
          {
            actions: assign({ issues: ({ event }) => formIssues(event.type === 'SUBMIT' ? event.data : {}) }),
          },
        ],
        // The confirmation link opens a fresh page: it starts the flow and sends CONFIRM right away.
        CONFIRM: { guard: 'hasToken', target: 'confirming', actions: 'clearIssues' },
        // The notice's "this was not me" link: also a fresh page that sends REVOKE right away.
        REVOKE: { guard: 'hasToken', target: 'revoking', actions: 'clearIssues' },
        CANCEL: 'cancelled',
      },
    },
    submitting: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'requestEmailChange',
        input: ({ event }) => ({
          newEmail: event.type === 'SUBMIT' ? String(event.data.newEmail ?? '').trim() : '',
          currentPassword: event.type === 'SUBMIT' ? String(event.data.currentPassword ?? '') : '',
        }),
        onDone: {
          target: 'awaitingConfirmation',
          actions: assign(({ context, event }) => ({
            confirmationExpiresAt: parseInstant(
              event.output?.confirmationExpiresAt,
              Date.now() + context.config.confirmationLifetimeMs,
            ),
            issues: [],
          })),
        },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'invalid-current-password',
            target: 'editing',
            actions: assign({
              pendingEmail: null,
              issues: [issue('/currentPassword', 'invalid-current-password')],
            }),
          },
          {
            target: 'editing',
            actions: [assign({ pendingEmail: null }), 'errorIssues'],
          },
        ],
      },
    },
    awaitingConfirmation: {
      after: { confirmationExpiry: { target: 'expired' } },
      on: {
        CONFIRM: { guard: 'hasToken', target: 'confirming', actions: 'clearIssues' },
        // Another address, or the same one again: a new request replaces the link that was sent.
        EDIT: {
          target: 'editing',
          actions: assign({ pendingEmail: null, confirmationExpiresAt: null, issues: [] }),
        },
      },
    },
    confirming: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'confirmEmailChange',
        input: ({ event }) => ({ token: event.type === 'CONFIRM' ? event.token : '' }),
        onDone: {
          target: 'changed',
          actions: assign(({ event }) => ({
            email: event.output.email,
            pendingEmail: null,
            confirmed: true,
            endedSessions: event.output.endedSessions,
            issues: [],
          })),
        },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'expired-token',
            target: 'expired',
            actions: assign({ issues: [issue('', 'expired-token')] }),
          },
          { guard: 'hasPending', target: 'awaitingConfirmation', actions: 'errorIssues' },
          { target: 'refused', actions: 'errorIssues' },
        ],
      },
    },
    revoking: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'cancelEmailChange',
        input: ({ event }) => ({ token: event.type === 'REVOKE' ? event.token : '' }),
        onDone: {
          target: 'revoked',
          actions: assign(({ event }) => ({ endedSessions: event.output.endedSessions, issues: [] })),
        },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'expired-token',
            target: 'expired',
            actions: assign({ issues: [issue('', 'expired-token')] }),
          },
          { target: 'refused', actions: 'errorIssues' },
        ],
      },
    },
    changed: { type: 'final' },
    revoked: { type: 'final' },
    expired: { type: 'final' },
    refused: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
