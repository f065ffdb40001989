import { type ActionFunction, assign, type DoneActorEvent, type ErrorActorEvent, setup } from 'xstate';
import { form as built } from '../../generated/forms/login.form.js';
import { form as mfaBuilt } from '../../generated/forms/login-mfa.form.js';
import { form as passwordChangeBuilt } from '../../generated/forms/login-password-change.form.js';
import { type DurationInput, msUntil, parseInstant, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import {
  type AuthOutcome,
  loginPorts,
  type MfaMethod,
  type MfaOutcome,
  type PasskeyRequestOptions,
  type PasswordSubject,
  type Session,
} from './login.ports.js';

/** The compiled login form (e-mail + password). */
export const loginForm = flowForm(built);
/** The compiled form of the forced password change. */
export const loginPasswordChangeForm = flowForm(passwordChangeBuilt);
/** The compiled form of the MFA challenge. */
export const loginMfaForm = flowForm(mfaBuilt);

/** The one message for a wrong password **and** an unknown e-mail (never distinguished). */
export const INVALID_CREDENTIALS: FlowIssue = Object.freeze({
  path: '',
  code: 'invalid-credentials',
  params: Object.freeze({}) as Record<string, unknown>,
}) as FlowIssue;

/** Configuration of the login flow (defaults: docs/requirements.md, "Login" / NIST SP 800-63B-4). */
export interface LoginInput {
  /** Consecutive failures (password or code) before the lockout (default 5). */
  maxAttempts?: number;
  /** Lockout length (default 15 min). */
  lockoutCooldown?: DurationInput;
  /** Wait between e-mail code sends (default 60 s). */
  resendCooldown?: DurationInput;
  /** Check for an existing SSO session first (default true). */
  checkSession?: boolean;
  /** Pre-filled e-mail. */
  email?: string;
}

/** What the login flow knows. Never a password or a code: those only travel in events and port inputs. */
export interface LoginContext {
  email: string;
  issues: FlowIssue[];
  /** Consecutive failures; a code resend does not reset it. */
  failures: number;
  lockedUntil: number | null;
  /** Steps still owed before a session may exist. `authenticated` is unreachable while either is true. */
  pending: { passwordChange: boolean; mfa: boolean };
  mfaMethods: MfaMethod[];
  /** The method of the MFA answer being checked: a wrong recovery code is reported on its own field. */
  mfaMethod: MfaMethod | null;
  /** When the next e-mail code may be sent; set when the challenge sent one on entry. */
  resendAvailableAt: number | null;
  /** The backend's passkey request options while the browser asks the authenticator; never persisted usefully. */
  passkeyOptions: PasskeyRequestOptions | null;
  /** What the forced-change form must refuse (the person's words); never a secret. */
  passwordSubject: PasswordSubject | null;
  session: Session | null;
  config: { maxAttempts: number; lockoutCooldownMs: number; resendCooldownMs: number; checkSession: boolean };
}

/** Events of the login flow (public API). */
export type LoginEvent =
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'RESEND' }
  | { type: 'PASSKEY' }
  | { type: 'CANCEL' };

type Outcome = AuthOutcome | MfaOutcome;

function failureUpdate(context: LoginContext, code: string): Partial<LoginContext> {
  const failures = context.failures + 1;
  if (failures >= context.config.maxAttempts) {
    return {
      failures,
      lockedUntil: Date.now() + context.config.lockoutCooldownMs,
      issues: [issue('', 'locked')],
    };
  }
  const field = context.mfaMethod === 'recovery' ? '/recoveryCode' : '/code';
  return { failures, issues: [code === 'invalid-credentials' ? INVALID_CREDENTIALS : issue(field, code)] };
}

const cleared = { passwordChange: false, mfa: false };

/** The answer of a credential port (`authenticate` or `verifyMfa`) as its invoke sees it. */
type Attempt = { context: LoginContext; event: DoneActorEvent<Outcome> };

/** A transition taken on a credential port's answer. */
interface AttemptTransition {
  guard?: (args: Attempt) => boolean;
  target: string;
  actions: ActionFunction<
    LoginContext,
    DoneActorEvent<Outcome>,
    LoginEvent,
    undefined,
    never,
    never,
    never,
    never,
    never
  >;
}

/**
 * The `onDone`/`onError` pair shared by the password check and the MFA code check: `ok` signs in, `locked`
 * locks, then a failure counts (locking at `maxAttempts`) and returns to `retry` with `code` as its issue; a port
 * error returns to `retry` with the error's issues. `owed` (steps still owed before a session, e.g. an MFA
 * challenge) are tried after `ok` and before the lockout. Targets are passed because the MFA check sits in a
 * child state and must address the top-level states by `#login.…`.
 */
function attemptOutcomes(options: {
  authenticated: string;
  locked: string;
  retry: string;
  code: 'invalid-credentials' | 'invalid-code';
  owed?: AttemptTransition[];
}) {
  const { authenticated, locked, retry, code, owed = [] } = options;
  const onDone: AttemptTransition[] = [
    {
      guard: ({ event }) => event.output.status === 'ok',
      target: authenticated,
      actions: assign(({ event }: Attempt) => ({
        session: (event.output as { session?: Session }).session ?? null,
        pending: cleared,
        failures: 0,
        issues: [],
      })),
    },
    ...owed,
    {
      guard: ({ event }) => event.output.status === 'locked',
      target: locked,
      actions: assign(({ event }: Attempt) => lockedUpdate(event.output)),
    },
    {
      guard: ({ context }) => context.failures + 1 >= context.config.maxAttempts,
      target: locked,
      actions: assign(({ context }: Attempt) => failureUpdate(context, code)),
    },
    // `invalid` and anything unexpected: for a password, the same answer for a wrong password and an unknown e-mail.
    { target: retry, actions: assign(({ context }: Attempt) => failureUpdate(context, code)) },
  ];
  const onError = {
    target: retry,
    actions: assign<LoginContext, ErrorActorEvent, undefined, LoginEvent, never>({
      issues: ({ event }) => issuesFromError(event.error),
    }),
  };
  return { onDone, onError };
}

/**
 * Login with SSO session check, forced password change (one-time password) and MFA challenge. States:
 * `checkingSession`, `credentials`, `authenticating`, `changingPassword`, `mfaChallenge`, `locked`,
 * `authenticated` (final). `authenticated` is never reached with `context.pending` set, and the issue for a wrong
 * password equals the one for an unknown e-mail (`INVALID_CREDENTIALS`).
 */
export const loginMachine = setup({
  types: {
    context: {} as LoginContext,
    events: {} as LoginEvent,
    input: {} as LoginInput,
  },
  actors: loginPorts,
  guards: {
    checkSession: ({ context }) => context.config.checkSession,
    validCredentials: ({ event }) => event.type === 'SUBMIT' && loginForm.validate(event.data).ok,
    validNewPassword: ({ context, event }) =>
      event.type === 'SUBMIT' && loginPasswordChangeForm.validate(event.data, subjectOptions(context)).ok,
    validCode: ({ context, event }) =>
      event.type === 'SUBMIT' &&
      loginMfaForm.validate(event.data).ok &&
      context.mfaMethods.includes(event.data.method as MfaMethod),
    passkeyOffered: ({ context }) => context.mfaMethods.includes('passkey'),
    owesMfa: ({ context }) => context.pending.mfa,
    canResend: ({ context }) =>
      context.mfaMethods.includes('email') && Date.now() >= (context.resendAvailableAt ?? 0),
  },
  delays: {
    lockout: ({ context }) => msUntil(context.lockedUntil),
  },
  actions: {
    formIssues: assign(({ context, event }, form: 'login' | 'password' | 'mfa') => {
      if (event.type !== 'SUBMIT') return {};
      const f = form === 'login' ? loginForm : form === 'password' ? loginPasswordChangeForm : loginMfaForm;
      const result = f.validate(event.data, subjectOptions(context));
      const issues: FlowIssue[] = result.ok ? [] : [...result.issues];
      if (form === 'mfa' && result.ok) issues.push(issue('/method', 'enum'));
      return { issues };
    }),
    resetToCredentials: assign({
      pending: cleared,
      failures: 0,
      lockedUntil: null,
      mfaMethods: [],
      mfaMethod: null,
      resendAvailableAt: null,
      passwordSubject: null,
      passkeyOptions: null,
    }),
  },
}).createMachine({
  id: 'login',
  context: ({ input }) => ({
    email: input?.email ?? '',
    issues: [],
    failures: 0,
    lockedUntil: null,
    pending: cleared,
    mfaMethods: [],
    mfaMethod: null,
    resendAvailableAt: null,
    passkeyOptions: null,
    passwordSubject: null,
    session: null,
    config: {
      maxAttempts: Math.max(1, Math.floor(input?.maxAttempts ?? 5)),
      lockoutCooldownMs: toMs(input?.lockoutCooldown ?? { minutes: 15 }, 'lockoutCooldown'),
      resendCooldownMs: toMs(input?.resendCooldown ?? { seconds: 60 }, 'resendCooldown'),
      checkSession: input?.checkSession ?? true,
    },
  }),
  initial: 'checkingSession',
  states: {
    checkingSession: {
      always: { guard: ({ context }) => !context.config.checkSession, target: 'credentials' },
      invoke: {
        src: 'getSession',
        onDone: [
          {
            guard: ({ event }) => event.output != null,
            target: 'authenticated',
            actions: assign({ session: ({ event }) => event.output }),
          },
          { target: 'credentials' },
        ],
        // No session service: ask for credentials instead of blocking the login.
        onError: { target: 'credentials' },
      },
    },
    credentials: {
      // The browser's passkey autofill waits while the password form is shown; picking a passkey signs in.
      invoke: {
        src: 'passkeyAutofill',
        onDone: { target: '#login.passkey.verifying', actions: assign({ issues: [] }) },
        // No autofill here (or the user went on with the password): nothing to show.
        onError: {},
      },
      on: {
        PASSKEY: { target: 'passkey', actions: assign({ issues: [] }) },
        SUBMIT: [
          {
            guard: 'validCredentials',
            target: 'authenticating',
            actions: assign(({ event }) => ({ email: String(event.data.email), issues: [] })),
          },
          { actions: { type: 'formIssues', params: 'login' } },
        ],
      },
    },
    authenticating: {
      meta: { resume: 'credentials' },
      invoke: {
        src: 'authenticate',
        // The password goes from the SUBMIT event straight to the port; it is never assigned to context.
        input: ({ event }) => {
          const data = event.type === 'SUBMIT' ? event.data : {};
          return { email: String(data.email ?? ''), password: String(data.password ?? '') };
        },
        ...attemptOutcomes({
          authenticated: 'authenticated',
          locked: 'locked',
          retry: 'credentials',
          code: 'invalid-credentials',
          // Between success and lockout: the steps still owed before a session may exist.
          owed: [
            {
              guard: ({ event }) => event.output.status === 'password-change-required',
              target: 'changingPassword',
              actions: assign(({ event }) => ({
                pending: { passwordChange: true, mfa: false },
                passwordSubject: subjectOf(event.output),
                failures: 0,
                issues: [],
              })),
            },
            {
              guard: ({ event }) => event.output.status === 'mfa-required',
              target: 'mfaChallenge',
              actions: assign(({ event }) => ({
                pending: { passwordChange: false, mfa: true },
                mfaMethods: methodsOf(event.output),
                resendAvailableAt: sentUntil(event.output),
                failures: 0,
                issues: [],
              })),
            },
          ],
        }),
      },
    },
    changingPassword: {
      initial: 'editing',
      on: { CANCEL: { target: 'credentials', actions: ['resetToCredentials', assign({ issues: [] })] } },
      states: {
        editing: {
          on: {
            SUBMIT: [
              { guard: 'validNewPassword', target: 'submitting', actions: assign({ issues: [] }) },
              { actions: { type: 'formIssues', params: 'password' } },
            ],
          },
        },
        submitting: {
          meta: { resume: { changingPassword: 'editing' } },
          invoke: {
            src: 'changePassword',
            input: ({ event }) => ({
              newPassword: event.type === 'SUBMIT' ? String(event.data.newPassword ?? '') : '',
            }),
            onDone: [
              {
                guard: ({ event }) => event.output.status === 'ok',
                target: '#login.authenticated',
                actions: assign(({ event }) => ({
                  session: (event.output as { session?: Session }).session ?? null,
                  pending: cleared,
                  issues: [],
                })),
              },
              {
                guard: ({ event }) => event.output.status === 'mfa-required',
                target: '#login.mfaChallenge',
                actions: assign(({ event }) => ({
                  pending: { passwordChange: false, mfa: true },
                  mfaMethods: methodsOf(event.output),
                  resendAvailableAt: sentUntil(event.output),
                  issues: [],
                })),
              },
              {
                guard: ({ event }) => event.output.status === 'locked',
                target: '#login.locked',
                actions: assign(({ event }) => lockedUpdate(event.output)),
              },
              // The pending login expired or was refused: start over, still without a session.
              {
                target: '#login.credentials',
                actions: ['resetToCredentials', assign({ issues: [issue('', 'login-expired')] })],
              },
            ],
            onError: {
              target: 'editing',
              actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
            },
          },
        },
      },
    },
    mfaChallenge: {
      initial: 'awaitingCode',
      on: { CANCEL: { target: 'credentials', actions: ['resetToCredentials', assign({ issues: [] })] } },
      states: {
        awaitingCode: {
          on: {
            SUBMIT: [
              {
                guard: 'validCode',
                target: 'verifying',
                actions: assign({
                  issues: [],
                  mfaMethod: ({ event }) => mfaAnswer(event.type === 'SUBMIT' ? event.data : {}).method,
                }),
              },
              { actions: { type: 'formIssues', params: 'mfa' } },
            ],
            RESEND: { guard: 'canResend', target: 'sendingCode' },
            PASSKEY: { guard: 'passkeyOffered', target: '#login.passkey', actions: assign({ issues: [] }) },
          },
        },
        sendingCode: {
          meta: { resume: { mfaChallenge: 'awaitingCode' } },
          invoke: {
            src: 'sendMfaCode',
            input: { method: 'email' as const },
            // A resend never touches `failures` (NIST SP 800-63B-4 §3.2.2).
            onDone: {
              target: 'awaitingCode',
              actions: assign(({ context, event }) => ({
                resendAvailableAt: parseInstant(
                  event.output?.resendAvailableAt,
                  Date.now() + context.config.resendCooldownMs,
                ),
              })),
            },
            onError: {
              target: 'awaitingCode',
              actions: assign(({ context, event }) => ({
                issues: issuesFromError(event.error),
                resendAvailableAt: Date.now() + context.config.resendCooldownMs,
              })),
            },
          },
        },
        verifying: {
          meta: { resume: { mfaChallenge: 'awaitingCode' } },
          invoke: {
            src: 'verifyMfa',
            input: ({ event }) => mfaAnswer(event.type === 'SUBMIT' ? event.data : {}),
            ...attemptOutcomes({
              authenticated: '#login.authenticated',
              locked: '#login.locked',
              retry: 'awaitingCode',
              code: 'invalid-code',
            }),
          },
        },
      },
    },
    // Sign-in with a passkey: password-less from `credentials`, or as the second factor from `mfaChallenge`. A
    // failure returns to where it started (`backFromPasskey`); the MFA step still owed stays owed.
    passkey: {
      initial: 'requesting',
      on: { CANCEL: backFromPasskey([]) },
      states: {
        requesting: {
          meta: { resume: 'credentials' },
          invoke: {
            src: 'passkeyOptions',
            onDone: {
              target: 'asserting',
              actions: assign({ passkeyOptions: ({ event }) => event.output?.options ?? {} }),
            },
            onError: backFromPasskey('error'),
          },
        },
        asserting: {
          meta: { resume: 'credentials' },
          invoke: {
            src: 'getPasskey',
            input: ({ context }) => ({ options: context.passkeyOptions ?? {} }),
            onDone: { target: 'verifying', actions: assign({ passkeyOptions: null }) },
            onError: backFromPasskey('error'),
          },
        },
        verifying: {
          meta: { resume: 'credentials' },
          invoke: {
            src: 'verifyPasskey',
            input: ({ event }) => ({
              response: (event as { output?: Record<string, unknown> }).output ?? {},
            }),
            onDone: [
              {
                guard: ({ event }) => event.output?.status === 'ok',
                target: '#login.authenticated',
                actions: assign(({ event }) => ({
                  session: (event.output as { session?: Session }).session ?? null,
                  pending: cleared,
                  failures: 0,
                  issues: [],
                })),
              },
              {
                guard: ({ event }) => event.output?.status === 'locked',
                target: '#login.locked',
                actions: assign(({ event }) => lockedUpdate(event.output)),
              },
              ...backFromPasskey([issue('', 'passkey-not-accepted')]),
            ],
            onError: backFromPasskey('error'),
          },
        },
      },
    },
    locked: {
      entry: assign({ pending: cleared }),
      after: { lockout: { target: 'credentials', actions: 'resetToCredentials' } },
    },
    // Reached only with `pending` cleared: the model checks (login.check.test.ts) prove it.
    authenticated: { type: 'final' },
  },
});

/**
 * Where a passkey attempt that did not sign in goes: back to the MFA step when one is owed, else to the
 * credentials, with `issues` (or the port error's issues for `'error'`).
 */
function backFromPasskey(issues: FlowIssue[] | 'error') {
  const actions = assign<
    LoginContext,
    LoginEvent | ErrorActorEvent | DoneActorEvent,
    undefined,
    LoginEvent,
    never
  >({
    passkeyOptions: null,
    issues: ({ event }) => (issues === 'error' ? issuesFromError((event as ErrorActorEvent).error) : issues),
  });
  return [
    { guard: 'owesMfa' as const, target: '#login.mfaChallenge', actions },
    { target: '#login.credentials', actions },
  ];
}

function methodsOf(outcome: Outcome): MfaMethod[] {
  const methods = (outcome as { methods?: unknown }).methods;
  const list = Array.isArray(methods)
    ? methods.filter(
        (m): m is MfaMethod => m === 'totp' || m === 'email' || m === 'recovery' || m === 'passkey',
      )
    : [];
  return list.length > 0 ? list : ['totp'];
}

/** The MFA form's data as `verifyMfa`'s input: a recovery code travels as the code of method `recovery`. */
function mfaAnswer(data: Record<string, unknown>): { method: MfaMethod; code: string } {
  const method = (data.method ?? 'totp') as MfaMethod;
  const code = method === 'recovery' ? data.recoveryCode : data.code;
  return { method, code: String(code ?? '') };
}

/** The forced-change form's options: the person's words from the backend, when it sent them. */
function subjectOptions(context: LoginContext) {
  return context.passwordSubject ? { subject: context.passwordSubject } : undefined;
}

/** When a code sent on entering the challenge allows the next one, or `null` when none was sent. */
function sentUntil(outcome: Outcome): number | null {
  const at = (outcome as { resendAvailableAt?: unknown }).resendAvailableAt;
  return typeof at === 'string' ? parseInstant(at, Date.now()) : null;
}

/** The backend's words for the forced-change form, kept only when they are a list of strings. */
function subjectOf(outcome: Outcome): PasswordSubject | null {
  const subject = (outcome as { subject?: unknown }).subject as PasswordSubject | undefined;
  if (!subject || typeof subject !== 'object') return null;
  const words = Array.isArray(subject.contextWords)
    ? subject.contextWords.filter((w): w is string => typeof w === 'string')
    : [];
  return { contextWords: words, mfa: subject.mfa === true };
}

function lockedUpdate(outcome: Outcome): Partial<LoginContext> {
  const until = parseInstant((outcome as { until?: unknown }).until, Date.now());
  return { lockedUntil: until, issues: [issue('', 'locked', { until: new Date(until).toISOString() })] };
}
