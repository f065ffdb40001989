import { checkSync } from '@gatehouse/check';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { INVALID_CREDENTIALS, loginMachine } from './login.machine.js';

const session = { user: { id: 'u1', email: 'ada@analytical-engines.example' } };
const pw = 'velvet hammock orbit 1842';
const error = { error: new Error('down') };
const isDone = (type: string) => type.startsWith('xstate.done.actor.');
const outputOf = (event: unknown) => (event as { output?: { status?: string } }).output;

const options = {
  input: { maxAttempts: 2, resendCooldown: 0 },
  events: {
    SUBMIT: [
      { data: { email: 'ada@analytical-engines.example', password: 'secret' } },
      { data: { email: '' } },
      { data: { newPassword: pw, confirmPassword: pw } },
      { data: { newPassword: pw, confirmPassword: 'other' } },
      { data: { method: 'totp', code: '123456' } },
      { data: { method: 'email', code: '123456' } },
      { data: { method: 'recovery', recoveryCode: 'abcde-fghjk' } },
    ],
    RESEND: [{}],
    PASSKEY: [{}],
    CANCEL: [{}],
  },
  actors: {
    getSession: [{ output: null }, { output: session }, error],
    authenticate: [
      { output: { status: 'ok', session } },
      { output: { status: 'password-change-required' } },
      { output: { status: 'mfa-required', methods: ['totp', 'email'] } },
      { output: { status: 'mfa-required', methods: ['totp', 'recovery'] } },
      { output: { status: 'mfa-required', methods: ['passkey', 'recovery'] } },
      // A leaky backend distinguishing the two must still produce the same screen.
      { output: { status: 'invalid', reason: 'wrong-password' } },
      { output: { status: 'invalid', reason: 'unknown-user' } },
      { output: { status: 'locked', until: '2030-01-01T00:00:00Z' } },
      error,
    ],
    changePassword: [
      { output: { status: 'ok', session } },
      { output: { status: 'mfa-required', methods: ['totp'] } },
      { output: { status: 'invalid' } },
      { output: { status: 'locked', until: '2030-01-01T00:00:00Z' } },
      error,
    ],
    verifyMfa: [
      { output: { status: 'ok', session } },
      { output: { status: 'invalid' } },
      { output: { status: 'locked', until: '2030-01-01T00:00:00Z' } },
      error,
    ],
    sendMfaCode: [{ output: {} }, error],
    passkeyOptions: [{ output: { options: { challenge: 'c1' } } }, error],
    getPasskey: [{ output: { id: 'cred-1' } }, error],
    // The autofill either never answers (no passkey picked) or hands over an assertion.
    passkeyAutofill: [{ output: { id: 'cred-1' } }, error],
    verifyPasskey: [
      { output: { status: 'ok', session } },
      { output: { status: 'invalid' } },
      { output: { status: 'locked', until: '2030-01-01T00:00:00Z' } },
      error,
    ],
  },
  key: flowStateKey,
  invariants: {
    noSessionWithPendingStep: (s) =>
      !s.matches('authenticated') || (!s.context.pending.passwordChange && !s.context.pending.mfa),
    pendingWhileChanging: (s) => !s.matches('changingPassword') || s.context.pending.passwordChange,
    pendingWhileChallenged: (s) => !s.matches('mfaChallenge') || s.context.pending.mfa,
  },
  steps: {
    // The only ways into `authenticated`: an SSO session, or a port answering `ok` for the step in progress.
    authenticatedOnlyByOk: ({ prev, event, next }) =>
      prev.matches('authenticated') ||
      !next.matches('authenticated') ||
      (isDone(event.type) && (prev.matches('checkingSession') || outputOf(event)?.status === 'ok')),
    // A password change or an MFA challenge is never skipped by an unrelated event.
    noSkippedStep: ({ prev, event, next }) =>
      !(prev.matches('changingPassword') || prev.matches('mfaChallenge')) ||
      !next.matches('authenticated') ||
      (isDone(event.type) && outputOf(event)?.status === 'ok'),
    // A recovery code is checked only when the backend offered it (the account has unused codes).
    recoveryOnlyWhenOffered: ({ prev, event, next }) =>
      !(
        prev.matches({ mfaChallenge: 'awaitingCode' }) &&
        next.matches({ mfaChallenge: 'verifying' }) &&
        event.type === 'SUBMIT' &&
        (event as { data?: { method?: unknown } }).data?.method === 'recovery'
      ) || prev.context.mfaMethods.includes('recovery'),
    // Once MFA is owed, the only ways to a session: a second factor checked by the backend (verifyMfa for a code
    // or a recovery code, verifyPasskey for a passkey) answering ok.
    noSessionWithoutSecondFactor: ({ prev, event, next }) =>
      prev.matches('authenticated') ||
      !next.matches('authenticated') ||
      !prev.context.pending.mfa ||
      ((prev.matches({ mfaChallenge: 'verifying' }) || prev.matches({ passkey: 'verifying' })) &&
        isDone(event.type) &&
        outputOf(event)?.status === 'ok'),
    // A passkey is tried as the second factor only when the backend offered it (the account has one).
    passkeyOnlyWhenOffered: ({ prev, next }) =>
      !(prev.matches('mfaChallenge') && next.matches('passkey')) ||
      prev.context.mfaMethods.includes('passkey'),
    // A failed passkey never drops an owed MFA step: it returns to the challenge, not to a lighter state.
    passkeyKeepsOwedStep: ({ prev, next }) =>
      !(prev.matches('passkey') && prev.context.pending.mfa && next.matches('credentials')) ||
      !next.context.pending.mfa,
    identicalInvalidMessage: ({ prev, event, next }) =>
      !(prev.matches('authenticating') && isDone(event.type) && outputOf(event)?.status === 'invalid') ||
      JSON.stringify(next.context.issues) === JSON.stringify([INVALID_CREDENTIALS]) ||
      next.context.issues[0]?.code === 'locked',
  },
  maxStates: 50_000,
} satisfies Parameters<typeof checkSync<typeof loginMachine>>[1];
const result = checkSync(loginMachine, options);

/** The MFA answer a trace submitted last before signing in. */
const lastMethod = (trace: { event: { type: string; data?: Record<string, unknown> } }[]) =>
  trace.filter((t) => t.event.type === 'SUBMIT').at(-1)?.event.data?.method;

describe('login model check', () => {
  it('a passkey signs in password-less, and as the second factor once MFA is owed', () => {
    const probe = checkSync(loginMachine, {
      ...options,
      events: {
        ...options.events,
        SUBMIT: [{ data: { email: 'ada@analytical-engines.example', password: 'x' } }],
      },
      invariants: { neverAfterMfa: (s) => !(s.matches('authenticated') && s.context.mfaMethods.length > 0) },
      steps: {},
    });
    const trace = probe.violations.find((v) => v.property === 'neverAfterMfa')?.trace ?? [];
    // Password, the challenge offering a passkey, PASSKEY, options, ceremony, verification: a session.
    const types = trace.map((t) => t.event.type);
    expect(types).toContain('PASSKEY');
    expect(types.indexOf('PASSKEY')).toBeGreaterThan(types.indexOf('SUBMIT'));
    expect(probe.violations.filter((v) => v.property !== 'neverAfterMfa')).toEqual([]);
  });

  it('explores the whole machine', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.stats.states).toBeGreaterThan(10);
  });

  it('never authenticates with a pending password change or an unpassed MFA challenge; no deadlocks', () => {
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the properties are not vacuous: authenticated is reachable through the MFA challenge', () => {
    const probe = checkSync(loginMachine, {
      ...options,
      invariants: { neverAfterMfa: (s) => !(s.matches('authenticated') && s.context.mfaMethods.length > 0) },
      steps: {},
    });
    const trace = probe.violations.find((v) => v.property === 'neverAfterMfa')?.trace ?? [];
    expect(trace.map((t) => t.event.type)).toEqual([
      'xstate.init',
      expect.stringMatching(/^xstate\.done\.actor\./),
      'SUBMIT',
      expect.stringMatching(/^xstate\.done\.actor\./),
      'SUBMIT',
      expect.stringMatching(/^xstate\.done\.actor\./),
    ]);
  });

  it('once MFA is enrolled, a recovery code is a second factor like the others: it signs in only through verifyMfa', () => {
    const probe = checkSync(loginMachine, {
      ...options,
      events: {
        ...options.events,
        SUBMIT: [
          { data: { email: 'ada@analytical-engines.example', password: 'secret' } },
          { data: { method: 'recovery', recoveryCode: 'abcde-fghjk' } },
        ],
      },
      invariants: { neverAfterMfa: (s) => !(s.matches('authenticated') && s.context.mfaMethods.length > 0) },
    });
    const trace = probe.violations.find((v) => v.property === 'neverAfterMfa')?.trace ?? [];
    expect(lastMethod(trace as never)).toBe('recovery');
    expect(probe.violations.filter((v) => v.property !== 'neverAfterMfa')).toEqual([]);
  });
});

/** The second factor a step into `authenticated` used, when MFA was owed before it (else null). */
function factorOfSession(prev: {
  matches: (v: unknown) => boolean;
  context: { pending: { mfa: boolean }; mfaMethod?: unknown };
}): string | null {
  if (!prev.context.pending.mfa) return null;
  if (prev.matches({ passkey: 'verifying' })) return 'passkey';
  if (prev.matches({ mfaChallenge: 'verifying' })) return String(prev.context.mfaMethod);
  return 'none';
}

describe('login model check: "no session without a second factor" is not vacuous', () => {
  // Witnesses: each is broken exactly when the checker finds a session granted, with MFA owed, through that
  // factor. A witness the checker never breaks would mean the invariant holds only because that path is never
  // explored.
  const FACTORS = {
    passkey: 'a passkey',
    totp: 'a TOTP code',
    email: 'an e-mail code',
    recovery: 'a recovery code',
  };
  const witnesses = Object.fromEntries(
    Object.keys(FACTORS).map((factor) => [
      `sessionVia_${factor}`,
      ({ prev, next }: { prev: never; next: { matches: (v: string) => boolean } }) =>
        prev === undefined || !next.matches('authenticated') || factorOfSession(prev) !== factor,
    ]),
  );
  const probe = checkSync(loginMachine, {
    ...options,
    steps: { ...options.steps, ...witnesses } as typeof options.steps,
  });

  for (const [factor, name] of Object.entries(FACTORS)) {
    it(`reaches a session granted through ${name} once MFA is enrolled`, () => {
      const found = probe.violations.find((v) => v.property === `sessionVia_${factor}`);
      expect(found, `no trace signs in through ${factor}`).toBeDefined();
      const trace = found!.trace as unknown as { event: { type: string; output?: { status?: string } } }[];
      // The backend offered MFA after the password, and the session came from its `ok` for the factor.
      expect(
        trace.some((t) => (t.event as { output?: { status?: string } }).output?.status === 'mfa-required'),
      ).toBe(true);
      expect(trace.at(-1)!.event.type).toMatch(/^xstate\.done\.actor\./);
      expect(trace.at(-1)!.event.output?.status).toBe('ok');
    });
  }

  it('never a session while MFA is owed without one of them, on the same exploration', () => {
    expect(probe.complete).toBe(true);
    expect(probe.violations.filter((v) => !v.property.startsWith('sessionVia_'))).toEqual([]);
  });
});
