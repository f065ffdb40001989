import { assign, setup } from 'xstate';
import { form as codeBuilt } from '../../generated/forms/password-reset-code.form.js';
import { form as requestBuilt } from '../../generated/forms/password-reset-request.form.js';
import { type DurationInput, msUntil, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { passwordResetPorts } from './password-reset.ports.js';

/** The compiled e-mail form of the reset request. */
export const passwordResetRequestForm = flowForm(requestBuilt);
/** The compiled code + new password form. */
export const passwordResetCodeForm = flowForm(codeBuilt);

/** Configuration (defaults: code lifetime 15 min, 5 attempts, resend cooldown 60 s). */
export interface PasswordResetInput {
  codeLifetime?: DurationInput;
  maxAttempts?: number;
  resendCooldown?: DurationInput;
  email?: string;
}

/** What the reset knows. Nothing in it depends on whether the account exists. */
export interface PasswordResetContext {
  email: string;
  attempts: number;
  codeExpiresAt: number | null;
  resendAvailableAt: number | null;
  issues: FlowIssue[];
  config: { codeLifetimeMs: number; maxAttempts: number; resendCooldownMs: number };
}

/** Events of the reset (public API). */
export type PasswordResetEvent =
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'RESEND' }
  | { type: 'CANCEL' };

/**
 * "Forgot your password?": `requesting` → `sending` → `codeEntry` → `resetting` → `done` (final; the UI leads
 * to login). Enumeration-safe: `sending` always continues to `codeEntry` with the same context whatever the
 * port answers (except a rate limit). A code expires (`codeLifetime`), allows `maxAttempts` tries, and a resend
 * does not reset the attempt count.
 */
export const passwordResetMachine = setup({
  types: {
    context: {} as PasswordResetContext,
    events: {} as PasswordResetEvent,
    input: {} as PasswordResetInput,
  },
  actors: passwordResetPorts,
  guards: {
    validEmail: ({ event }) => event.type === 'SUBMIT' && passwordResetRequestForm.validate(event.data).ok,
    validCode: ({ event }) => event.type === 'SUBMIT' && passwordResetCodeForm.validate(event.data).ok,
    canResend: ({ context }) => Date.now() >= (context.resendAvailableAt ?? 0),
  },
  delays: { codeExpiry: ({ context }) => msUntil(context.codeExpiresAt) },
  actions: {
    codeSent: assign(({ context }) => ({
      codeExpiresAt: Date.now() + context.config.codeLifetimeMs,
      resendAvailableAt: Date.now() + context.config.resendCooldownMs,
      issues: [],
    })),
  },
}).createMachine({
  id: 'passwordReset',
  context: ({ input }) => ({
    email: input?.email ?? '',
    attempts: 0,
    codeExpiresAt: null,
    resendAvailableAt: null,
    issues: [],
    config: {
      codeLifetimeMs: toMs(input?.codeLifetime ?? { minutes: 15 }, 'codeLifetime'),
      maxAttempts: Math.max(1, Math.floor(input?.maxAttempts ?? 5)),
      resendCooldownMs: toMs(input?.resendCooldown ?? { seconds: 60 }, 'resendCooldown'),
    },
  }),
  initial: 'requesting',
  states: {
    requesting: {
      on: {
        SUBMIT: [
          {
            guard: 'validEmail',
            target: 'sending',
            actions: assign(({ event }) => ({ email: String(event.data.email), attempts: 0, issues: [] })),
          },
          {
            actions: assign({
              issues: ({ event }) => {
                const r = passwordResetRequestForm.validate(event.type === 'SUBMIT' ? event.data : {});
                return r.ok ? [] : r.issues;
              },
            }),
          },
        ],
      },
    },
    sending: {
      meta: { resume: 'requesting' },
      invoke: {
        src: 'requestReset',
        input: ({ context }) => ({ email: context.email }),
        // The output is ignored on purpose: known and unknown addresses must look the same.
        onDone: { target: 'codeEntry', actions: 'codeSent' },
        onError: [
          {
            // Nothing went out on a rate limit or a refused bot-defence check (`proof-…`, the same for every
            // address): saying so reveals no account, and the person can try again.
            guard: ({ event }) => /^(rate-limited|proof-.+)$/.test(errorCode(event.error)),
            target: 'requesting',
            actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
          },
          // Any other failure is indistinguishable from success to the user, but the code may not have gone out.
          { target: 'codeEntry', actions: 'codeSent' },
        ],
      },
    },
    codeEntry: {
      after: {
        codeExpiry: { target: 'requesting', actions: assign({ issues: [issue('', 'expired-code')] }) },
      },
      on: {
        SUBMIT: [
          { guard: 'validCode', target: 'resetting', actions: assign({ issues: [] }) },
          {
            actions: assign({
              issues: ({ event }) => {
                const r = passwordResetCodeForm.validate(event.type === 'SUBMIT' ? event.data : {});
                return r.ok ? [] : r.issues;
              },
            }),
          },
        ],
        RESEND: { guard: 'canResend', target: 'resending' },
        CANCEL: { target: 'requesting', actions: assign({ issues: [] }) },
      },
    },
    resending: {
      meta: { resume: 'codeEntry' },
      invoke: {
        src: 'resendResetCode',
        input: ({ context }) => ({ email: context.email }),
        // `attempts` is deliberately untouched.
        onDone: { target: 'codeEntry', actions: 'codeSent' },
        onError: {
          target: 'codeEntry',
          actions: assign(({ context, event }) => ({
            issues: issuesFromError(event.error),
            resendAvailableAt: Date.now() + context.config.resendCooldownMs,
          })),
        },
      },
    },
    resetting: {
      meta: { resume: 'codeEntry' },
      invoke: {
        src: 'resetPassword',
        input: ({ context, event }) => ({
          email: context.email,
          code: event.type === 'SUBMIT' ? String(event.data.code ?? '') : '',
          newPassword: event.type === 'SUBMIT' ? String(event.data.newPassword ?? '') : '',
        }),
        onDone: { target: 'done' },
        onError: [
          {
            guard: ({ event }) => ['expired-code', 'too-many-attempts'].includes(errorCode(event.error)),
            target: 'requesting',
            actions: assign({ issues: ({ event }) => [issue('', errorCode(event.error))] }),
          },
          {
            guard: ({ context, event }) =>
              errorCode(event.error) === 'invalid-code' && context.attempts + 1 >= context.config.maxAttempts,
            target: 'requesting',
            actions: assign({
              attempts: ({ context }) => context.attempts + 1,
              issues: [issue('', 'too-many-attempts')],
            }),
          },
          {
            guard: ({ event }) => errorCode(event.error) === 'invalid-code',
            target: 'codeEntry',
            actions: assign(({ context }) => ({
              attempts: context.attempts + 1,
              issues: [
                issue('/code', 'invalid-code', {
                  attemptsLeft: context.config.maxAttempts - context.attempts - 1,
                }),
              ],
            })),
          },
          { target: 'codeEntry', actions: assign({ issues: ({ event }) => issuesFromError(event.error) }) },
        ],
      },
    },
    done: { type: 'final' },
  },
});
