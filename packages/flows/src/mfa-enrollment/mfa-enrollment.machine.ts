import { assign, not, setup } from 'xstate';
import { form as codeBuilt } from '../../generated/forms/mfa-code.form.js';
import { form as reauthBuilt } from '../../generated/forms/mfa-reauthenticate.form.js';
import { type DurationInput, parseInstant, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issuesFromError } from '../common/issues.js';
import {
  type EnrollableFactor,
  type FactorConfirmation,
  mfaEnrollmentPorts,
} from './mfa-enrollment.ports.js';

/** The compiled 6-digit code form. */
export const mfaCodeForm = flowForm(codeBuilt);
/** The compiled re-authentication (password) form. */
export const mfaReauthenticateForm = flowForm(reauthBuilt);

/** Configuration: how recent a login must be to add or remove a factor (default 5 min). */
export interface MfaEnrollmentInput {
  reauthWindow?: DurationInput;
  resendCooldown?: DurationInput;
}

/** What the user asked for: add or remove a factor, or replace the recovery codes (`method` null). */
export type MfaEnrollmentIntent =
  | { action: 'enroll' | 'remove'; method: EnrollableFactor }
  | { action: 'regenerate'; method: null };

/**
 * What MFA enrollment knows. `totp` holds the pending secret and QR URI while the user scans, `recoveryCodes`
 * the new recovery codes while they are shown: `persistFlow` strips both, so a restored flow never has them.
 */
export interface MfaEnrollmentContext {
  factors: EnrollableFactor[];
  authenticatedAt: number | null;
  intent: MfaEnrollmentIntent | null;
  /** The clear recovery codes, only while `showingRecoveryCodes`. */
  recoveryCodes: string[] | null;
  /** Unused recovery codes the account has (null: the backend did not say). */
  recoveryCodesLeft: number | null;
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
  | { type: 'REGENERATE_CODES' }
  | { type: 'ACKNOWLEDGE' }
  | { type: 'CANCEL' };

const isFactor = (m: unknown): m is EnrollableFactor => m === 'totp' || m === 'email';

/** The recovery codes a confirmation handed out (first enrolment), or null. */
const newCodes = (output: FactorConfirmation | undefined): string[] | null =>
  Array.isArray(output?.recoveryCodes) && output.recoveryCodes.length > 0
    ? output.recoveryCodes.map(String)
    : null;

/**
 * A change refused with `reauthentication-required` asks for the password again (the session's authentication
 * aged meanwhile); any other failure returns to the choice with its issue.
 */
const reauthenticateOrChoose = [
  {
    guard: 'needsReauth',
    target: 'reauthenticating',
    actions: ['forgetAuthentication', 'errorIssues'],
  },
  { target: 'choosing', actions: 'errorIssues' },
] as const;

/**
 * MFA enrollment from the profile page: authenticator app (QR + secret, confirmed by the current code) or e-mail
 * codes; removing a factor. Adding or removing needs a recent authentication, else the user re-enters the password
 * first (`reauthenticating`). The first factor brings the recovery codes, shown once (`showingRecoveryCodes`) until
 * the user says they saved them; `REGENERATE_CODES` replaces them (also after re-authentication). States:
 * `loading`, `choosing`, `reauthenticating`, `startingTotp`, `scanning`, `confirmingTotp`, `startingEmail`,
 * `emailCode`, `confirmingEmail`, `removing`, `regeneratingCodes`, `showingRecoveryCodes`, `enrolled`, `removed`,
 * `regenerated`, `cancelled`.
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
    hasFactor: ({ context }) => context.factors.length > 0,
    wantsCodes: ({ context }) => context.intent?.action === 'regenerate',
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
      intent: ({ event }): MfaEnrollmentIntent | null =>
        event.type === 'ENROLL' || event.type === 'REMOVE'
          ? { action: event.type === 'ENROLL' ? 'enroll' : 'remove', method: event.method }
          : event.type === 'REGENERATE_CODES'
            ? { action: 'regenerate', method: null }
            : null,
      issues: [],
    }),
    forgetCodes: assign({ recoveryCodes: null }),
    // `factors` plus the one just confirmed; the codes it brought are shown next (only then kept in context).
    confirmFactor: assign(({ context, event }, method: EnrollableFactor) => {
      const codes = newCodes((event as { output?: FactorConfirmation }).output);
      return {
        factors: [...new Set([...context.factors, method])],
        recoveryCodes: codes,
        recoveryCodesLeft: codes ? codes.length : context.recoveryCodesLeft,
      };
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
    recoveryCodes: null,
    recoveryCodesLeft: null,
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
            recoveryCodesLeft:
              typeof event.output.recoveryCodes?.remaining === 'number'
                ? event.output.recoveryCodes.remaining
                : null,
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
        // Recovery codes belong to an account with a second factor: without one there is nothing to recover.
        REGENERATE_CODES: [{ guard: 'hasFactor', target: 'dispatch', actions: 'setIntent' }],
        CANCEL: { target: 'cancelled' },
      },
    },
    // Routes a chosen intent: re-authenticate first unless the last login is recent enough.
    dispatch: {
      always: [
        { guard: not('recentlyAuthenticated'), target: 'reauthenticating' },
        { guard: 'wantsTotp', target: 'startingTotp' },
        { guard: 'wantsEmail', target: 'startingEmail' },
        { guard: 'wantsCodes', target: 'regeneratingCodes' },
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
        onError: reauthenticateOrChoose,
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
        onDone: [
          {
            target: 'enrolled',
            guard: ({ event }) => newCodes(event.output) === null,
            actions: ['forgetSecret', { type: 'confirmFactor', params: 'totp' }],
          },
          {
            target: 'showingRecoveryCodes',
            actions: ['forgetSecret', { type: 'confirmFactor', params: 'totp' }],
          },
        ],
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
        onError: reauthenticateOrChoose,
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
        onDone: [
          {
            target: 'enrolled',
            guard: ({ event }) => newCodes(event.output) === null,
            actions: { type: 'confirmFactor', params: 'email' },
          },
          { target: 'showingRecoveryCodes', actions: { type: 'confirmFactor', params: 'email' } },
        ],
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
          actions: assign(({ context }) => {
            const factors = context.factors.filter((f) => f !== context.intent?.method);
            // Without a factor the recovery codes are void: the backend deletes them with the last one.
            return { factors, recoveryCodesLeft: factors.length > 0 ? context.recoveryCodesLeft : 0 };
          }),
        },
        onError: reauthenticateOrChoose,
      },
    },
    regeneratingCodes: {
      meta: { resume: 'choosing' },
      invoke: {
        src: 'regenerateRecoveryCodes',
        onDone: {
          target: 'showingRecoveryCodes',
          actions: assign(({ event }) => {
            const codes = newCodes(event.output);
            return { recoveryCodes: codes ?? [], recoveryCodesLeft: codes?.length ?? 0 };
          }),
        },
        onError: reauthenticateOrChoose,
      },
    },
    // The only time the codes exist in clear: they are never persisted (a reload shows the choice again, where
    // new codes can be made), and they leave context when the user confirms having saved them.
    showingRecoveryCodes: {
      meta: { resume: 'choosing' },
      on: {
        ACKNOWLEDGE: [
          { guard: 'wantsCodes', target: 'regenerated', actions: 'forgetCodes' },
          { target: 'enrolled', actions: 'forgetCodes' },
        ],
      },
    },
    enrolled: { type: 'final' },
    removed: { type: 'final' },
    regenerated: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
