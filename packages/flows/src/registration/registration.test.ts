import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { registrationMachine } from './registration.machine.js';
import type { ConfirmEmailOutput, RegisterOutput, RegistrationStatusOutput } from './registration.ports.js';

const valid = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.example',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};

function start(scripts: { register?: RegisterOutput[]; confirm?: ConfirmEmailOutput[] } = {}) {
  const register = recordingPort<RegisterOutput, { data: Record<string, unknown> }>(
    'register',
    ...(scripts.register ?? [{ id: 'reg-1' }]).map((output) => ({ output })),
  );
  const resendConfirmation = recordingPort<{ resendAvailableAt?: string }, { id: string }>('resend', {
    output: {},
  });
  const confirmEmail = recordingPort<ConfirmEmailOutput, { token: string }>(
    'confirm',
    ...(scripts.confirm ?? [{ id: 'reg-1' }]).map((output) => ({ output })),
  );
  const getRegistrationStatus = recordingPort<RegistrationStatusOutput, { id: string }>('status', {
    output: { status: 'pending-approval' },
  });
  const clock = new SimulatedClock();
  const machine = registrationMachine.provide({
    actors: {
      register: register.logic,
      resendConfirmation: resendConfirmation.logic,
      confirmEmail: confirmEmail.logic,
      getRegistrationStatus: getRegistrationStatus.logic,
    },
  });
  const actor = createActor(machine, { clock, input: { resendCooldown: { seconds: 60 } } }).start();
  return { actor, clock, register, resendConfirmation, confirmEmail, getRegistrationStatus };
}

async function submitted() {
  const t = start();
  t.actor.send({ type: 'SUBMIT', data: valid });
  await waitFor(t.actor, (s) => s.matches('awaitingConfirmation'));
  return t;
}

async function awaitingApproval() {
  const t = await submitted();
  t.actor.send({ type: 'CONFIRM', token: 'tok-123' });
  await waitFor(t.actor, (s) => s.matches('awaitingApproval'));
  return t;
}

describe('registration: editing', () => {
  it('a free-mail address stays in editing with the form issue and never calls register', () => {
    const t = start();
    t.actor.send({ type: 'SUBMIT', data: { ...valid, email: 'ada@gmail.com' } });
    const s = t.actor.getSnapshot();
    expect(s.value).toBe('editing');
    expect(s.context.issues).toContainEqual(
      expect.objectContaining({ path: '/email', code: 'free-provider' }),
    );
    expect(t.register.calls).toHaveLength(0);
    expect(s.context.data.email).toBe('ada@gmail.com');
  });

  it('missing required fields are reported all at once', () => {
    const t = start();
    t.actor.send({ type: 'SUBMIT', data: {} });
    const paths = t.actor.getSnapshot().context.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/givenName', '/familyName', '/email', '/company']));
    expect(t.register.calls).toHaveLength(0);
  });

  it('a valid SUBMIT calls register with the cleaned data and awaits confirmation', async () => {
    const t = await submitted();
    expect(t.register.calls).toEqual([{ data: valid }]);
    const c = t.actor.getSnapshot().context;
    expect(c.registrationId).toBe('reg-1');
    expect(c.confirmationExpiresAt! - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect(c.resendAvailableAt! - Date.now()).toBeGreaterThan(50_000);
  });

  it('a register failure returns to editing with the server issues', async () => {
    const failing = recordingPort<RegisterOutput, { data: Record<string, unknown> }>('register', {
      error: new GatehouseError('invalid-request', 'bad', {
        issues: [{ path: '/email', code: 'disposable', params: {} }],
      }),
    });
    const actor = createActor(registrationMachine.provide({ actors: { register: failing.logic } }), {
      input: {},
    }).start();
    actor.send({ type: 'SUBMIT', data: valid });
    await waitFor(actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    expect(actor.getSnapshot().context.issues).toEqual([{ path: '/email', code: 'disposable', params: {} }]);
  });

  it('without provided ports the flow fails loudly naming the port', async () => {
    const actor = createActor(registrationMachine, { input: {} }).start();
    actor.send({ type: 'SUBMIT', data: valid });
    await waitFor(actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    const [only] = actor.getSnapshot().context.issues;
    expect(only?.code).toBe('port-not-provided');
    expect(only?.message).toMatch(/port register not provided/);
  });
});

describe('registration: awaitingConfirmation', () => {
  it('RESEND is ignored during the cooldown, then allowed, then cools down again', async () => {
    const t = await submitted();
    t.actor.send({ type: 'RESEND' });
    expect(t.actor.getSnapshot().value).toEqual({ awaitingConfirmation: 'coolingDown' });
    expect(t.resendConfirmation.calls).toHaveLength(0);
    t.clock.increment(61_000);
    expect(t.actor.getSnapshot().value).toEqual({ awaitingConfirmation: 'ready' });
    t.actor.send({ type: 'RESEND' });
    await waitFor(t.actor, (s) => s.matches({ awaitingConfirmation: 'coolingDown' }));
    expect(t.resendConfirmation.calls).toEqual([{ id: 'reg-1' }]);
    expect(t.actor.getSnapshot().context.resendAvailableAt! - Date.now()).toBeGreaterThan(50_000);
  });

  it('a failed resend shows the issue and cools down', async () => {
    const t = await submitted();
    t.resendConfirmation.answer({
      error: new GatehouseError('rate-limited', 'slow down', { retryAfter: 60 }),
    });
    t.clock.increment(61_000);
    t.actor.send({ type: 'RESEND' });
    await waitFor(t.actor, (s) => s.context.issues.length > 0);
    expect(t.actor.getSnapshot().value).toEqual({ awaitingConfirmation: 'coolingDown' });
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('rate-limited');
  });

  it('the link lifetime passing ends in expired, even across resends', async () => {
    const t = await submitted();
    t.clock.increment(61_000);
    t.actor.send({ type: 'RESEND' });
    await waitFor(t.actor, (s) => s.matches({ awaitingConfirmation: 'coolingDown' }));
    t.clock.increment(24 * 3600_000);
    expect(t.actor.getSnapshot().value).toBe('expired');
    expect(t.actor.getSnapshot().status).toBe('done');
  });

  it('EDIT goes back to editing with the data kept', async () => {
    const t = await submitted();
    t.actor.send({ type: 'EDIT' });
    expect(t.actor.getSnapshot().value).toBe('editing');
    expect(t.actor.getSnapshot().context.data).toEqual(valid);
  });

  it('an empty CONFIRM token is ignored', async () => {
    const t = await submitted();
    t.actor.send({ type: 'CONFIRM', token: '' });
    expect(t.actor.getSnapshot().matches('awaitingConfirmation')).toBe(true);
    expect(t.confirmEmail.calls).toHaveLength(0);
  });
});

describe('registration: confirming', () => {
  it('a valid token confirms and awaits approval', async () => {
    const t = await awaitingApproval();
    expect(t.confirmEmail.calls).toEqual([{ token: 'tok-123' }]);
    expect(t.actor.getSnapshot().context.confirmed).toBe(true);
  });

  it('an invalid token returns to awaitingConfirmation with the issue', async () => {
    const t = await submitted();
    const bad = recordingPort<ConfirmEmailOutput, { token: string }>('confirm', {
      error: new GatehouseError('invalid-token', 'no'),
    });
    const actor = createActor(
      registrationMachine.provide({ actors: { register: t.register.logic, confirmEmail: bad.logic } }),
      { input: {} },
    ).start();
    actor.send({ type: 'SUBMIT', data: valid });
    await waitFor(actor, (s) => s.matches('awaitingConfirmation'));
    actor.send({ type: 'CONFIRM', token: 'wrong' });
    await waitFor(actor, (s) => s.matches('awaitingConfirmation') && s.context.issues.length > 0);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-token');
    expect(actor.getSnapshot().context.confirmed).toBe(false);
  });

  it('an expired token ends in expired', async () => {
    const expiredPort = recordingPort<ConfirmEmailOutput, { token: string }>('confirm', {
      error: new GatehouseError('expired-token', 'too late'),
    });
    const actor = createActor(registrationMachine.provide({ actors: { confirmEmail: expiredPort.logic } }), {
      input: {},
    }).start();
    actor.send({ type: 'CONFIRM', token: 'old' });
    await waitFor(actor, (s) => s.status === 'done');
    expect(actor.getSnapshot().value).toBe('expired');
  });

  it('a link opened in a fresh page (CONFIRM from editing) with a bad token returns to editing', async () => {
    const bad = recordingPort<ConfirmEmailOutput, { token: string }>('confirm', {
      error: new GatehouseError('invalid-token', 'no'),
    });
    const actor = createActor(registrationMachine.provide({ actors: { confirmEmail: bad.logic } }), {
      input: {},
    }).start();
    actor.send({ type: 'CONFIRM', token: 'x' });
    await waitFor(actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-token');
  });
});

describe('registration: awaitingApproval', () => {
  it('APPROVED ends in approved', async () => {
    const t = await awaitingApproval();
    t.actor.send({ type: 'APPROVED' });
    expect(t.actor.getSnapshot().value).toBe('approved');
  });

  it('REJECTED ends in rejected with the reason', async () => {
    const t = await awaitingApproval();
    t.actor.send({ type: 'REJECTED', reason: 'not a customer' });
    expect(t.actor.getSnapshot().value).toBe('rejected');
    expect(t.actor.getSnapshot().context.rejectionReason).toBe('not a customer');
  });

  it('APPROVED before confirmation is ignored', async () => {
    const t = await submitted();
    t.actor.send({ type: 'APPROVED' });
    expect(t.actor.getSnapshot().matches('awaitingConfirmation')).toBe(true);
  });

  it('polls the status: pending keeps waiting, errors keep waiting, approved/rejected end the flow', async () => {
    const t = await awaitingApproval();
    t.getRegistrationStatus.answer(
      { output: { status: 'pending-approval' } },
      { error: new Error('offline') },
      { output: { status: 'rejected', reason: 'duplicate company' } },
    );
    t.clock.increment(30_000);
    await waitFor(
      t.actor,
      (s) => s.matches({ awaitingApproval: 'waiting' }) && t.getRegistrationStatus.calls.length === 1,
    );
    t.clock.increment(30_000);
    await waitFor(
      t.actor,
      (s) => s.matches({ awaitingApproval: 'waiting' }) && t.getRegistrationStatus.calls.length === 2,
    );
    t.clock.increment(30_000);
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('rejected');
    expect(t.actor.getSnapshot().context.rejectionReason).toBe('duplicate company');
    expect(t.getRegistrationStatus.calls[0]).toEqual({ id: 'reg-1' });
  });

  it('a poll answering approved ends in approved', async () => {
    const t = await awaitingApproval();
    t.getRegistrationStatus.answer({ output: { status: 'approved' } });
    t.clock.increment(30_000);
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('approved');
  });
});
