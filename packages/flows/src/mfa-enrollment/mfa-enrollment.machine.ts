import { assign, not, setup } from 'xstate';
import { form as codeBuilt } from '../../generated/forms/mfa-code.form.js';
import { form as reauthBuilt } from '../../generated/forms/mfa-reauthenticate.form.js';
import { type DurationInput, parseInstant, toMs } from '../shared/durations.js';
import { flowForm } from '../shared/form.js';
import { errorCode, type FlowIssue, issuesFromError } from '../shared/issues.js';
import { type EnrollableFactor, mfaEnrollmentPorts } from './mfa-enrollment.ports.js';

/** The compiled 6-digit code form. */
export const mfaCodeForm = flowForm(codeBuilt);
/** The compiled re-authentication (password) form. */
export const mfaReauthenticateForm = flowForm(reauthBuilt);

/** Configuration: how recent a login must be to add or remove a factor (default 5 min). */
export interface MfaEnrollmentInput {
  reauthWindow?: DurationInput;
  resendCooldown?: DurationInput;
}

/**
 * What MFA enrollment knows. `totp` holds the pending secret and QR URI while the user scans: `persistFlow`
 * strips it, so a restored flow asks for a fresh secret.
 */
export interface MfaEnrollmentContext {
  factors: EnrollableFactor[];
  authenticatedAt: number | null;
  intent: { action: 'enroll' | 'remove'; method: EnrollableFactor } | null;
  enrollmentId: string | null;
  totp: { secret: string; otpauthUri: string } | null;
  resendAvailableAt: number | null;
  issues: FlowIssue[];
  config: { reauthWindowMs: number; resendCooldownMs: number };
}

/** Events of MFA enrollment (public API). */
export type MfaEnrollmentEvent =
  | { type: 'ENROLL'; method: EnrollableFactor }
  | { type: 'REMOVE'; method: EnrollableFactor }
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'RESEND' }
  | { type: 'CANCEL' };

const isFactor = (m: unknown): m is EnrollableFactor => m === 'totp' || m === 'email';

/**
 * MFA enrollment from the profile page: authenticator app (QR + secret, confirmed by the current code) or e-mail
 * codes; removing a factor. Adding or removing needs a recent authentication, else the user re-enters the password
 * first (`reauthenticating`). States: `loading`, `choosing`, `reauthenticating`, `startingTotp`, `scanning`,
 * `confirmingTotp`, `startingEmail`, `emailCode`, `confirmingEmail`, `removing`, `enrolled`, `removed`, `cancelled`.
 */
export const mfaEnrollmentMachine = setup({
  types: {
    context: {} as MfaEnrollmentContext,
    events: {} as MfaEnrollmentEvent,
    input: {} as MfaEnrollmentInput,
  },
  actors: mfaEnrollmentPorts,
  guards: {
    validIntent: ({ event }) =>
      (event.type === 'ENROLL' || event.type === 'REMOVE') && isFactor(event.method),
    recentlyAuthenticated: ({ context }) =>
      context.authenticatedAt !== null &&
      Date.now() - context.authenticatedAt <= context.config.reauthWindowMs,
    wantsTotp: ({ context }) => context.intent?.action === 'enroll' && context.intent.method === 'totp',
    wantsEmail: ({ context }) => context.intent?.action === 'enroll' && context.intent.method === 'email',
    validPassword: ({ event }) => event.type === 'SUBMIT' && mfaReauthenticateForm.validate(event.data).ok,
    validCode: ({ event }) => event.type === 'SUBMIT' && mfaCodeForm.validate(event.data).ok,
    canResend: ({ context }) => Date.now() >= (context.resendAvailableAt ?? 0),
    needsReauth: ({ event }) =>
      errorCode((event as { error?: unknown }).error) === 'reauthentication-required',
  },
  actions: {
    setIntent: assign({
      intent: ({ event }) =>
        event.type === 'ENROLL' || event.type === 'REMOVE'
          ? {
              action: event.type === 'ENROLL' ? ('enroll' as const) : ('remove' as const),
              method: event.method,
            }
          : null,
      issues: [],
    }),
    passwordIssues: assign({
      issues: ({ event }) => {
        const r = event.type === 'SUBMIT' ? mfaReauthenticateForm.validate(event.data) : null;
        return r && !r.ok ? r.issues : [];
      },
    }),
    codeIssues: assign({
      issues: ({ event }) => {
        const r = event.type === 'SUBMIT' ? mfaCodeForm.validate(event.data) : null;
        return r && !r.ok ? r.issues : [];
      },
    }),
    forgetSecret: assign({ totp: null }),
    errorIssues: assign({ issues: ({ event }) => issuesFromError((event as { error?: unknown }).error) }),
    forgetAuthentication: assign({ authenticatedAt: null }),
  },
}).createMachine({
  id: 'mfaEnrollment',
  context: ({ input }) => ({
    factors: [],
    authenticatedAt: null,
    intent: null,
    enrollmentId: null,
    totp: null,
    resendAvailableAt: null,
    issues: [],
    config: {
      reauthWindowMs: toMs(input?.reauthWindow ?? { minutes: 5 }, 'reauthWindow'),
      resendCooldownMs: toMs(input?.resendCooldown ?? { seconds: 60 }, 'resendCooldown'),
    },
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'listFactors',
        onDone: {
          target: 'choosing',
          actions: assign(({ event }) => ({
            factors: event.output.factors.map((f) => f.method).filter(isFactor),
            authenticatedAt: event.output.authenticatedAt
              ? parseInstant(event.output.authenticatedAt, 0)
              : null,
          })),
        },
        onError: { target: 'choosing', actions: 'errorIssues' },
      },
    },
    choosing: {
      on: {
        ENROLL: [{ guard: 'validIntent', target: 'dispatch', actions: 'setIntent' }],
        REMOVE: [{ guard: 'validIntent', target: 'dispatch', actions: 'setIntent' }],
        CANCEL: { target: 'cancelled' },
      },
    },
    // Routes a chosen intent: re-authenticate first unless the last login is recent enough.
    dispatch: {
      always: [
        { guard: not('recentlyAuthenticated'), target: 'reauthenticating' },
        { guard: 'wantsTotp', target: 'startingTotp' },
        { guard: 'wantsEmail', target: 'startingEmail' },
        { target: 'removing' },
      ],
    },
    reauthenticating: {
      initial: 'editing',
      on: { CANCEL: { target: 'choosing', actions: assign({ intent: null, issues: [] }) } },
      states: {
        editing: {
          on: {
            SUBMIT: [
              { guard: 'validPassword', target: 'submitting', actions: assign({ issues: [] }) },
              { actions: 'passwordIssues' },
            ],
          },
        },
        submitting: {
          meta: { resume: { reauthenticating: 'editing' } },
          invoke: {
            src: 'reauthenticate',
            input: ({ event }) => ({
              password: event.type === 'SUBMIT' ? String(event.data.password ?? '') : '',
            }),
            onDone: {
              target: '#mfaEnrollment.dispatch',
              actions: assign({
                authenticatedAt: ({ event }) => parseInstant(event.output?.authenticatedAt, Date.now()),
              }),
            },
            onError: { target: 'editing', actions: 'errorIssues' },
          },
        },
      },
    },
    startingTotp: {
      meta: { resume: 'choosing' },
      invoke: {
        src: 'startTotp',
        onDone: {
          target: 'scanning',
          actions: assign(({ event }) => ({
            enrollmentId: event.output.enrollmentId,
            totp: { secret: event.output.secret, otpauthUri: event.output.otpauthUri },
          })),
        },
        onError: [
          {
            guard: 'needsReauth',
            target: 'reauthenticating',
            actions: ['forgetAuthentication', 'errorIssues'],
          },
          { target: 'choosing', actions: 'errorIssues' },
        ],
      },
    },
    scanning: {
      // Holds the TOTP secret: a reload starts enrollment over instead of persisting it.
      meta: { resume: 'choosing' },
      on: {
        SUBMIT: [
          { guard: 'validCode', target: 'confirmingTotp', actions: assign({ issues: [] }) },
          { actions: 'codeIssues' },
        ],
        CANCEL: { target: 'choosing', actions: ['forgetSecret', assign({ intent: null })] },
      },
    },
    confirmingTotp: {
      // A reload mid-confirmation starts TOTP enrollment over: the secret was never persisted.
      meta: { resume: 'choosing' },
      invoke: {
        src: 'confirmTotp',
        input: ({ context, event }) => ({
          enrollmentId: context.enrollmentId ?? '',
          code: event.type === 'SUBMIT' ? String(event.data.code ?? '') : '',
        }),
        onDone: {
          target: 'enrolled',
          actions: [
            'forgetSecret',
            assign({ factors: ({ context }) => [...new Set([...context.factors, 'totp' as const])] }),
          ],
        },
        onError: { target: 'scanning', actions: 'errorIssues' },
      },
    },
    startingEmail: {
      meta: { resume: 'choosing' },
      invoke: {
        src: 'startEmail',
        onDone: {
          target: 'emailCode',
          actions: assign(({ context, event }) => ({
            enrollmentId: event.output.enrollmentId,
            resendAvailableAt: parseInstant(
              event.output.resendAvailableAt,
              Date.now() + context.config.resendCooldownMs,
            ),
          })),
        },
        onError: [
          {
            guard: 'needsReauth',
            target: 'reauthenticating',
            actions: ['forgetAuthentication', 'errorIssues'],
          },
          { target: 'choosing', actions: 'errorIssues' },
        ],
      },
    },
    emailCode: {
      on: {
        SUBMIT: [
          { guard: 'validCode', target: 'confirmingEmail', actions: assign({ issues: [] }) },
          { actions: 'codeIssues' },
        ],
        RESEND: { guard: 'canResend', target: 'startingEmail' },
        CANCEL: { target: 'choosing', actions: assign({ intent: null }) },
      },
    },
    confirmingEmail: {
      meta: { resume: 'emailCode' },
      invoke: {
        src: 'confirmEmail',
        input: ({ context, event }) => ({
          enrollmentId: context.enrollmentId ?? '',
          code: event.type === 'SUBMIT' ? String(event.data.code ?? '') : '',
        }),
        onDone: {
          target: 'enrolled',
          actions: assign({ factors: ({ context }) => [...new Set([...context.factors, 'email' as const])] }),
        },
        onError: { target: 'emailCode', actions: 'errorIssues' },
      },
    },
    removing: {
      meta: { resume: 'choosing' },
      invoke: {
        src: 'removeFactor',
        input: ({ context }) => ({ method: context.intent?.method ?? 'email' }),
        onDone: {
          target: 'removed',
          actions: assign({
            factors: ({ context }) => context.factors.filter((f) => f !== context.intent?.method),
          }),
        },
        onError: [
          {
            guard: 'needsReauth',
            target: 'reauthenticating',
            actions: ['forgetAuthentication', 'errorIssues'],
          },
          { target: 'choosing', actions: 'errorIssues' },
        ],
      },
    },
    enrolled: { type: 'final' },
    removed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
