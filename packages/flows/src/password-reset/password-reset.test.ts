import { GatehouseError } from '@gatehouse/rules';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { passwordResetMachine } from './password-reset.machine.js';

const pw = 'velvet hammock orbit 1842';
const entry = (code = '123456') => ({ code, newPassword: pw, confirmPassword: pw });

function start(requestOutput: unknown = {}, maxAttempts = 5) {
  const p = {
    requestReset: recordingPort<unknown, { email: string }>('request', { output: requestOutput }),
    resendResetCode: recordingPort<unknown, { email: string }>('resend', { output: {} }),
    resetPassword: recordingPort<void, { email: string; code: string; newPassword: string }>('reset', {
      output: undefined,
    }),
  };
  const clock = new SimulatedClock();
  const actors = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
  const actor = createActor(passwordResetMachine.provide({ actors }), {
    clock,
    input: { maxAttempts },
  }).start();
  return { actor, clock, ...p };
}

async function atCode(t: ReturnType<typeof start>, email = 'ada@analytical-engines.example') {
  t.actor.send({ type: 'SUBMIT', data: { email } });
  await waitFor(t.actor, (s) => s.matches('codeEntry'));
  return t;
}

// Resend cooldowns compare against the wall clock (the UI counts down to a timestamp): fake only `Date`.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());
function advance(t: ReturnType<typeof start>, ms: number) {
  vi.setSystemTime(Date.now() + ms);
  t.clock.increment(ms);
}

describe('password reset', () => {
  it('known and unknown addresses lead to the identical state and context', async () => {
    const known = await atCode(start({ channel: 'sms', known: true }));
    const unknown = await atCode(start({}));
    const strip = (c: object) => ({ ...c, codeExpiresAt: 0, resendAvailableAt: 0 });
    expect(known.actor.getSnapshot().value).toEqual(unknown.actor.getSnapshot().value);
    expect(strip(known.actor.getSnapshot().context)).toEqual(strip(unknown.actor.getSnapshot().context));
    // Even a failing request looks the same to the user.
    const failing = start();
    failing.requestReset.answer({ error: new GatehouseError('unavailable', 'x') });
    await atCode(failing);
    expect(strip(failing.actor.getSnapshot().context)).toEqual(strip(unknown.actor.getSnapshot().context));
  });

  it('an invalid e-mail stays in requesting and sends nothing; a rate limit is shown', async () => {
    const t = start();
    t.actor.send({ type: 'SUBMIT', data: { email: '' } });
    expect(t.actor.getSnapshot().value).toBe('requesting');
    expect(t.requestReset.calls).toHaveLength(0);
    t.requestReset.answer({ error: new GatehouseError('rate-limited', 'x', { retryAfter: 60 }) });
    t.actor.send({ type: 'SUBMIT', data: { email: 'a@b.example' } });
    await waitFor(t.actor, (s) => s.matches('requesting') && s.context.issues.length > 0);
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('rate-limited');
  });

  it('a bot-defence refusal (proof-…) stays in requesting with its issue: no code went out, the person may retry', async () => {
    const t = start();
    t.requestReset.answer({ error: new GatehouseError('proof-replayed', 'x', { status: 428 }) });
    t.actor.send({ type: 'SUBMIT', data: { email: 'a@b.example' } });
    await waitFor(t.actor, (s) => s.matches('requesting') && s.context.issues.length > 0);
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('proof-replayed');
  });

  it('code + new password resets; the code and password never enter the context', async () => {
    const t = await atCode(start());
    t.actor.send({ type: 'SUBMIT', data: { ...entry(), confirmPassword: 'x' } });
    expect(t.resetPassword.calls).toHaveLength(0);
    t.actor.send({ type: 'SUBMIT', data: entry('654321') });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.resetPassword.calls).toEqual([
      { email: 'ada@analytical-engines.example', code: '654321', newPassword: pw },
    ]);
    const json = JSON.stringify(t.actor.getSnapshot().context);
    expect(json).not.toContain('654321');
    expect(json).not.toContain('velvet');
  });

  it('wrong codes count, a resend does not reset the count, the last attempt sends the user back', async () => {
    const t = await atCode(start({}, 3));
    t.resetPassword.answer({ error: new GatehouseError('invalid-code', 'no') });
    t.actor.send({ type: 'SUBMIT', data: entry('000001') });
    await waitFor(t.actor, (s) => s.matches('codeEntry') && s.context.attempts === 1);
    expect(t.actor.getSnapshot().context.issues[0]).toMatchObject({
      code: 'invalid-code',
      params: { attemptsLeft: 2 },
    });
    t.actor.send({ type: 'RESEND' }); // cooldown: ignored
    expect(t.resendResetCode.calls).toHaveLength(0);
    advance(t, 60_000);
    t.actor.send({ type: 'RESEND' });
    await waitFor(t.actor, (s) => s.matches('codeEntry') && t.resendResetCode.calls.length === 1);
    expect(t.actor.getSnapshot().context.attempts).toBe(1);
    t.actor.send({ type: 'SUBMIT', data: entry('000002') });
    await waitFor(t.actor, (s) => s.context.attempts === 2);
    t.actor.send({ type: 'SUBMIT', data: entry('000003') });
    await waitFor(t.actor, (s) => s.matches('requesting'));
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('too-many-attempts');
  });

  it('the code expires after 15 minutes', async () => {
    const t = await atCode(start());
    advance(t, 15 * 60_000);
    expect(t.actor.getSnapshot().value).toBe('requesting');
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('expired-code');
  });

  it('server answers expired/too-many/policy/resend failure are handled; CANCEL goes back', async () => {
    const t = await atCode(start());
    t.resetPassword.answer({ error: new GatehouseError('expired-code', 'x') });
    t.actor.send({ type: 'SUBMIT', data: entry() });
    await waitFor(t.actor, (s) => s.matches('requesting'));
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('expired-code');
    await atCode(t);
    t.resetPassword.answer({
      error: new GatehouseError('invalid-request', 'x', {
        issues: [{ path: '/newPassword', code: 'common-password', params: {} }],
      }),
    });
    t.actor.send({ type: 'SUBMIT', data: entry() });
    await waitFor(t.actor, (s) => s.matches('codeEntry') && s.context.issues[0]?.code === 'common-password');
    t.resendResetCode.answer({ error: new GatehouseError('rate-limited', 'x') });
    advance(t, 60_000);
    t.actor.send({ type: 'RESEND' });
    await waitFor(t.actor, (s) => s.matches('codeEntry') && s.context.issues[0]?.code === 'rate-limited');
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('requesting');
  });
});
