import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { INVALID_CREDENTIALS, loginMachine } from './login.machine.js';
import type { AuthOutcome, MfaMethod, MfaOutcome, Session } from './login.ports.js';

const session: Session = { user: { id: 'u1', email: 'ada@analytical-engines.example' } };
const credentials = { email: 'ada@analytical-engines.example', password: 'correct horse battery staple' };
const newPassword = 'a long and unusual passphrase 42';

function start(opts: { session?: Session | null; auth?: AuthOutcome[]; maxAttempts?: number } = {}) {
  const getSession = recordingPort<Session | null, void>('getSession', { output: opts.session ?? null });
  const authenticate = recordingPort<AuthOutcome, { email: string; password: string }>(
    'authenticate',
    ...(opts.auth ?? [{ status: 'ok', session }]).map((output) => ({ output })),
  );
  const changePassword = recordingPort<AuthOutcome, { newPassword: string }>('changePassword', {
    output: { status: 'ok', session },
  });
  const verifyMfa = recordingPort<MfaOutcome, { method: MfaMethod; code: string }>('verifyMfa', {
    output: { status: 'ok', session },
  });
  const sendMfaCode = recordingPort<{ resendAvailableAt?: string }, { method: 'email' }>('sendMfaCode', {
    output: {},
  });
  const clock = new SimulatedClock();
  const actor = createActor(
    loginMachine.provide({
      actors: {
        getSession: getSession.logic,
        authenticate: authenticate.logic,
        changePassword: changePassword.logic,
        verifyMfa: verifyMfa.logic,
        sendMfaCode: sendMfaCode.logic,
      },
    }),
    { clock, input: { maxAttempts: opts.maxAttempts ?? 5 } },
  ).start();
  return { actor, clock, getSession, authenticate, changePassword, verifyMfa, sendMfaCode };
}

type T = ReturnType<typeof start>;

async function atCredentials(opts: Parameters<typeof start>[0] = {}) {
  const t = start(opts);
  await waitFor(t.actor, (s) => s.matches('credentials'));
  return t;
}

async function signIn(t: T) {
  t.actor.send({ type: 'SUBMIT', data: credentials });
  await waitFor(t.actor, (s) => !s.matches('authenticating'));
}

describe('login: checkingSession (SSO)', () => {
  it('an existing session logs in without asking', async () => {
    const t = start({ session });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('authenticated');
    expect(t.actor.getSnapshot().context.session).toEqual(session);
    expect(t.authenticate.calls).toHaveLength(0);
  });

  it('no session asks for credentials', async () => {
    const t = await atCredentials();
    expect(t.getSession.calls).toHaveLength(1);
  });

  it('a failing session check still asks for credentials', async () => {
    const failing = recordingPort<Session | null, void>('getSession', { error: new Error('down') });
    const actor = createActor(loginMachine.provide({ actors: { getSession: failing.logic } }), {
      input: {},
    }).start();
    await waitFor(actor, (s) => s.matches('credentials'));
  });

  it('checkSession: false skips the SSO check', () => {
    const actor = createActor(loginMachine, { input: { checkSession: false } }).start();
    expect(actor.getSnapshot().value).toBe('credentials');
  });
});

describe('login: credentials and authenticating', () => {
  it('an incomplete form stays in credentials and never calls authenticate', async () => {
    const t = await atCredentials();
    t.actor.send({ type: 'SUBMIT', data: { email: credentials.email } });
    expect(t.actor.getSnapshot().value).toBe('credentials');
    expect(t.actor.getSnapshot().context.issues).toContainEqual(
      expect.objectContaining({ path: '/password' }),
    );
    expect(t.authenticate.calls).toHaveLength(0);
  });

  it('ok authenticates; the password reaches the port but never the context', async () => {
    const t = await atCredentials();
    await signIn(t);
    expect(t.actor.getSnapshot().value).toBe('authenticated');
    expect(t.authenticate.calls).toEqual([credentials]);
    expect(JSON.stringify(t.actor.getSnapshot().context)).not.toContain(credentials.password);
  });

  it('wrong password and unknown e-mail give the identical issue', async () => {
    const a = await atCredentials({ auth: [{ status: 'invalid', reason: 'wrong-password' } as AuthOutcome] });
    const b = await atCredentials({ auth: [{ status: 'invalid', reason: 'unknown-user' } as AuthOutcome] });
    await signIn(a);
    await signIn(b);
    expect(a.actor.getSnapshot().context.issues).toEqual([INVALID_CREDENTIALS]);
    expect(b.actor.getSnapshot().context.issues).toEqual(a.actor.getSnapshot().context.issues);
    expect(a.actor.getSnapshot().value).toBe('credentials');
    expect(a.actor.getSnapshot().context.failures).toBe(1);
  });

  it('N consecutive failures lock for the cooldown, then credentials return', async () => {
    const t = await atCredentials({ auth: [{ status: 'invalid' }], maxAttempts: 3 });
    for (let i = 0; i < 3; i++) await signIn(t);
    expect(t.actor.getSnapshot().value).toBe('locked');
    expect(t.actor.getSnapshot().context.lockedUntil! - Date.now()).toBeGreaterThan(14 * 60_000);
    t.actor.send({ type: 'SUBMIT', data: credentials });
    expect(t.authenticate.calls).toHaveLength(3);
    t.clock.increment(15 * 60_000);
    expect(t.actor.getSnapshot().value).toBe('credentials');
    expect(t.actor.getSnapshot().context.failures).toBe(0);
  });

  it('a server lockout goes to locked until the given instant', async () => {
    const until = new Date(Date.now() + 600_000).toISOString();
    const t = await atCredentials({ auth: [{ status: 'locked', until }] });
    await signIn(t);
    expect(t.actor.getSnapshot().value).toBe('locked');
    expect(t.actor.getSnapshot().context.issues[0]).toMatchObject({ code: 'locked', params: { until } });
  });

  it('a failing port returns to credentials with its issue', async () => {
    const t = await atCredentials();
    t.authenticate.answer({ error: new GatehouseError('unavailable', 'offline') });
    await signIn(t);
    expect(t.actor.getSnapshot().value).toBe('credentials');
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('unavailable');
  });
});

describe('login: changingPassword (one-time password)', () => {
  async function atChange() {
    const t = await atCredentials({ auth: [{ status: 'password-change-required' }] });
    await signIn(t);
    expect(t.actor.getSnapshot().value).toEqual({ changingPassword: 'editing' });
    expect(t.actor.getSnapshot().context.pending.passwordChange).toBe(true);
    return t;
  }

  it('a mismatching confirmation stays and never calls changePassword', async () => {
    const t = await atChange();
    t.actor.send({ type: 'SUBMIT', data: { newPassword, confirmPassword: `${newPassword}!` } });
    expect(t.actor.getSnapshot().context.issues).toContainEqual(
      expect.objectContaining({ path: '/confirmPassword', code: 'mismatch' }),
    );
    expect(t.changePassword.calls).toHaveLength(0);
  });

  it('the change opens the portal', async () => {
    const t = await atChange();
    t.actor.send({ type: 'SUBMIT', data: { newPassword, confirmPassword: newPassword } });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.changePassword.calls).toEqual([{ newPassword }]);
    expect(t.actor.getSnapshot().context.pending).toEqual({ passwordChange: false, mfa: false });
  });

  it('after the change an MFA challenge can still follow', async () => {
    const t = await atChange();
    t.changePassword.answer({ output: { status: 'mfa-required', methods: ['totp'] } });
    t.actor.send({ type: 'SUBMIT', data: { newPassword, confirmPassword: newPassword } });
    await waitFor(t.actor, (s) => s.matches('mfaChallenge'));
    expect(t.actor.getSnapshot().context.pending).toEqual({ passwordChange: false, mfa: true });
  });

  it('a locked answer locks; any other answer starts over; an error stays with its issue', async () => {
    const t = await atChange();
    t.changePassword.answer({
      error: new GatehouseError('invalid-request', 'policy', {
        issues: [{ path: '/newPassword', code: 'common-password', params: {} }],
      }),
    });
    t.actor.send({ type: 'SUBMIT', data: { newPassword, confirmPassword: newPassword } });
    await waitFor(t.actor, (s) => s.matches({ changingPassword: 'editing' }) && s.context.issues.length > 0);
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('common-password');
    t.changePassword.answer({ output: { status: 'invalid' } });
    t.actor.send({ type: 'SUBMIT', data: { newPassword, confirmPassword: newPassword } });
    await waitFor(t.actor, (s) => s.matches('credentials'));
    expect(t.actor.getSnapshot().context.pending.passwordChange).toBe(false);
    const u = await atChange();
    u.changePassword.answer({
      output: { status: 'locked', until: new Date(Date.now() + 1000).toISOString() },
    });
    u.actor.send({ type: 'SUBMIT', data: { newPassword, confirmPassword: newPassword } });
    await waitFor(u.actor, (s) => s.matches('locked'));
  });

  it('CANCEL returns to credentials without a session', async () => {
    const t = await atChange();
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('credentials');
    expect(t.actor.getSnapshot().context.session).toBeNull();
  });
});

describe('login: mfaChallenge', () => {
  async function atMfa(methods: MfaMethod[] = ['totp', 'email'], maxAttempts = 5) {
    const t = await atCredentials({ auth: [{ status: 'mfa-required', methods }], maxAttempts });
    await signIn(t);
    expect(t.actor.getSnapshot().value).toEqual({ mfaChallenge: 'awaitingCode' });
    return t;
  }

  it('a malformed code or an unoffered method stays and never calls verifyMfa', async () => {
    const t = await atMfa(['totp']);
    t.actor.send({ type: 'SUBMIT', data: { method: 'totp', code: '12' } });
    expect(t.actor.getSnapshot().context.issues[0]?.path).toBe('/code');
    t.actor.send({ type: 'SUBMIT', data: { method: 'email', code: '123456' } });
    expect(t.actor.getSnapshot().context.issues[0]).toMatchObject({ path: '/method', code: 'enum' });
    expect(t.verifyMfa.calls).toHaveLength(0);
  });

  it('a valid code authenticates; the code never enters the context', async () => {
    const t = await atMfa();
    t.actor.send({ type: 'SUBMIT', data: { method: 'totp', code: '287082' } });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.verifyMfa.calls).toEqual([{ method: 'totp', code: '287082' }]);
    expect(JSON.stringify(t.actor.getSnapshot().context)).not.toContain('287082');
  });

  it('wrong codes count; a resend does not reset the count; the Nth failure locks', async () => {
    const t = await atMfa(['email'], 3);
    t.verifyMfa.answer({ output: { status: 'invalid' } });
    t.actor.send({ type: 'SUBMIT', data: { method: 'email', code: '000000' } });
    await waitFor(t.actor, (s) => s.matches({ mfaChallenge: 'awaitingCode' }) && s.context.failures === 1);
    t.actor.send({ type: 'RESEND' });
    await waitFor(
      t.actor,
      (s) => s.matches({ mfaChallenge: 'awaitingCode' }) && t.sendMfaCode.calls.length === 1,
    );
    expect(t.actor.getSnapshot().context.failures).toBe(1);
    t.actor.send({ type: 'RESEND' }); // during the cooldown: ignored
    expect(t.sendMfaCode.calls).toHaveLength(1);
    t.actor.send({ type: 'SUBMIT', data: { method: 'email', code: '000001' } });
    await waitFor(t.actor, (s) => s.context.failures === 2 && s.matches({ mfaChallenge: 'awaitingCode' }));
    t.actor.send({ type: 'SUBMIT', data: { method: 'email', code: '000002' } });
    await waitFor(t.actor, (s) => s.matches('locked'));
    expect(t.actor.getSnapshot().context.pending).toEqual({ passwordChange: false, mfa: false });
  });

  it('RESEND is ignored without the e-mail method; a failed send shows its issue', async () => {
    const t = await atMfa(['totp']);
    t.actor.send({ type: 'RESEND' });
    expect(t.sendMfaCode.calls).toHaveLength(0);
    const u = await atMfa(['email']);
    u.sendMfaCode.answer({ error: new GatehouseError('rate-limited', 'wait', { retryAfter: 30 }) });
    u.actor.send({ type: 'RESEND' });
    await waitFor(u.actor, (s) => s.context.issues.length > 0);
    expect(u.actor.getSnapshot().context.issues[0]?.code).toBe('rate-limited');
  });

  it('a server lock and a port error are handled', async () => {
    const t = await atMfa();
    t.verifyMfa.answer({ error: new GatehouseError('unavailable', 'x') });
    t.actor.send({ type: 'SUBMIT', data: { method: 'totp', code: '123456' } });
    await waitFor(t.actor, (s) => s.context.issues.length > 0);
    expect(t.actor.getSnapshot().value).toEqual({ mfaChallenge: 'awaitingCode' });
    t.verifyMfa.answer({ output: { status: 'locked', until: new Date(Date.now() + 5000).toISOString() } });
    t.actor.send({ type: 'SUBMIT', data: { method: 'totp', code: '123456' } });
    await waitFor(t.actor, (s) => s.matches('locked'));
  });

  it('CANCEL returns to credentials', async () => {
    const t = await atMfa();
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('credentials');
    expect(t.actor.getSnapshot().context.pending.mfa).toBe(false);
  });
});
