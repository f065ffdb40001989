import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/registration.form.js';
import { type DurationInput, msUntil, parseInstant, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { type RegistrationData, registrationPorts } from './registration.ports.js';

/** The compiled registration form the SUBMIT guard uses (the same definition the server validates with). */
export const registrationForm = flowForm(built);

/** Configuration of the registration flow; every field is optional and defaults to docs/requirements.md, "Registration". */
export interface RegistrationInput {
  /** Lifetime of the confirmation link (default 24 h). */
  confirmationLifetime?: DurationInput;
  /** Wait before RESEND is possible again (default 60 s). */
  resendCooldown?: DurationInput;
  /** How often the approval status is polled (default 30 s). */
  statusPollInterval?: DurationInput;
  /** Pre-filled form data (e.g. from a draft). */
  data?: Record<string, unknown>;
}

/** What the registration flow knows. Holds no secrets: the confirmation token only travels in events. */
export interface RegistrationContext {
  data: Record<string, unknown>;
  issues: FlowIssue[];
  registrationId: string | null;
  /** Epoch ms when the confirmation link expires (drives `expired`). */
  confirmationExpiresAt: number | null;
  /** Epoch ms when RESEND becomes possible: the UI counts down to it. */
  resendAvailableAt: number | null;
  /** True once the e-mail address was confirmed; `approved` is unreachable without it. */
  confirmed: boolean;
  rejectionReason: string | null;
  config: { confirmationLifetimeMs: number; resendCooldownMs: number; statusPollIntervalMs: number };
}

/** Events of the registration flow (public API). */
export type RegistrationEvent =
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'RESEND' }
  | { type: 'CONFIRM'; token: string }
  | { type: 'APPROVED' }
  | { type: 'REJECTED'; reason?: string }
  | { type: 'EDIT' };

/**
 * Self-service company registration: `editing` → `submitting` → `awaitingConfirmation` → `confirming` →
 * `awaitingApproval` → `approved` | `rejected`, or `expired` when the confirmation link's lifetime passes.
 * A SUBMIT that fails the registration form stays in `editing` with `context.issues` and never calls `register`.
 * Provide the ports with `.provide({ actors })` (see `registrationPorts`).
 */
export const registrationMachine = setup({
  types: {
    context: {} as RegistrationContext,
    events: {} as RegistrationEvent,
    input: {} as RegistrationInput,
  },
  actors: registrationPorts,
  guards: {
    validSubmission: ({ event }) => event.type === 'SUBMIT' && registrationForm.validate(event.data).ok,
    hasToken: ({ event }) =>
      event.type === 'CONFIRM' && typeof event.token === 'string' && event.token !== '',
    isConfirmed: ({ context }) => context.confirmed,
    hasRegistration: ({ context }) => context.registrationId !== null,
  },
  delays: {
    confirmationExpiry: ({ context }) => msUntil(context.confirmationExpiresAt),
    resendCooldown: ({ context }) => msUntil(context.resendAvailableAt),
    statusPollInterval: ({ context }) => context.config.statusPollIntervalMs,
  },
  actions: {
    acceptSubmission: assign(({ event }) => {
      if (event.type !== 'SUBMIT') return {};
      const result = registrationForm.validate(event.data);
      return { data: result.ok ? result.value : event.data, issues: [] };
    }),
    rejectSubmission: assign(({ event }) => {
      if (event.type !== 'SUBMIT') return {};
      const result = registrationForm.validate(event.data);
      return { data: { ...event.data }, issues: result.ok ? [] : result.issues };
    }),
    clearIssues: assign({ issues: [] }),
  },
}).createMachine({
  id: 'registration',
  context: ({ input }) => ({
    data: { ...(input?.data ?? {}) },
    issues: [],
    registrationId: null,
    confirmationExpiresAt: null,
    resendAvailableAt: null,
    confirmed: false,
    rejectionReason: null,
    config: {
      confirmationLifetimeMs: toMs(input?.confirmationLifetime ?? { hours: 24 }, 'confirmationLifetime'),
      resendCooldownMs: toMs(input?.resendCooldown ?? { seconds: 60 }, 'resendCooldown'),
      statusPollIntervalMs: toMs(input?.statusPollInterval ?? { seconds: 30 }, 'statusPollInterval'),
    },
  }),
  initial: 'editing',
  states: {
    editing: {
      on: {
        SUBMIT: [
          { guard: 'validSubmission', target: 'submitting', actions: 'acceptSubmission' },
          { actions: 'rejectSubmission' },
        ],
        // The confirmation link opens a fresh page: it starts the flow and sends CONFIRM right away.
        CONFIRM: { guard: 'hasToken', target: 'confirming', actions: 'clearIssues' },
      },
    },
    submitting: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'register',
        input: ({ context }) => ({ data: context.data as RegistrationData }),
        onDone: {
          target: 'awaitingConfirmation',
          actions: assign(({ context, event }) => {
            const now = Date.now();
            return {
              registrationId: event.output.id,
              confirmationExpiresAt: parseInstant(
                event.output.confirmationExpiresAt,
                now + context.config.confirmationLifetimeMs,
              ),
              resendAvailableAt: parseInstant(
                event.output.resendAvailableAt,
                now + context.config.resendCooldownMs,
              ),
              issues: [],
            };
          }),
        },
        onError: {
          target: 'editing',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    awaitingConfirmation: {
      initial: 'coolingDown',
      // On the parent so that resending (a child transition) does not restart the link's lifetime.
      after: { confirmationExpiry: { target: 'expired' } },
      on: {
        CONFIRM: { guard: 'hasToken', target: 'confirming', actions: 'clearIssues' },
        EDIT: { target: 'editing', actions: 'clearIssues' },
      },
      states: {
        coolingDown: { after: { resendCooldown: { target: 'ready' } } },
        ready: { on: { RESEND: { target: 'resending' } } },
        resending: {
          meta: { resume: { awaitingConfirmation: 'ready' } },
          invoke: {
            src: 'resendConfirmation',
            input: ({ context }) => ({ id: context.registrationId ?? '' }),
            onDone: {
              target: 'coolingDown',
              actions: assign(({ context, event }) => ({
                resendAvailableAt: parseInstant(
                  event.output?.resendAvailableAt,
                  Date.now() + context.config.resendCooldownMs,
                ),
                issues: [],
              })),
            },
            onError: {
              target: 'coolingDown',
              actions: assign(({ context, event }) => ({
                issues: issuesFromError(event.error),
                resendAvailableAt: Date.now() + context.config.resendCooldownMs,
              })),
            },
          },
        },
      },
    },
    confirming: {
      meta: { resume: 'awaitingConfirmation' },
      invoke: {
        src: 'confirmEmail',
        input: ({ event }) => ({ token: event.type === 'CONFIRM' ? event.token : '' }),
        onDone: {
          target: 'awaitingApproval',
          actions: assign(({ event }) => ({ registrationId: event.output.id, confirmed: true, issues: [] })),
        },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'expired-token',
            target: 'expired',
            actions: assign({ issues: [issue('', 'expired-token')] }),
          },
          {
            guard: 'hasRegistration',
            target: 'awaitingConfirmation',
            actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
          },
          { target: 'editing', actions: assign({ issues: ({ event }) => issuesFromError(event.error) }) },
        ],
      },
    },
    awaitingApproval: {
      initial: 'waiting',
      on: {
        APPROVED: { guard: 'isConfirmed', target: 'approved' },
        REJECTED: {
          target: 'rejected',
          actions: assign({ rejectionReason: ({ event }) => event.reason ?? null }),
        },
      },
      states: {
        waiting: { after: { statusPollInterval: { guard: 'hasRegistration', target: 'polling' } } },
        polling: {
          meta: { resume: { awaitingApproval: 'waiting' } },
          invoke: {
            src: 'getRegistrationStatus',
            input: ({ context }) => ({ id: context.registrationId ?? '' }),
            onDone: [
              { guard: ({ event }) => event.output.status === 'approved', target: '#registration.approved' },
              {
                guard: ({ event }) => event.output.status === 'rejected',
                target: '#registration.rejected',
                actions: assign({ rejectionReason: ({ event }) => event.output.reason ?? null }),
              },
              { target: 'waiting' },
            ],
            // A failed poll is not the user's problem: wait and poll again.
            onError: { target: 'waiting' },
          },
        },
      },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
    expired: { type: 'final' },
  },
});
