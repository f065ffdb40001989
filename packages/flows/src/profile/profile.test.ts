import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { type PortAnswer, recordingPort } from '../common/recording-port.js';
import { profileMachine } from './profile.machine.js';
import type { Profile } from './profile.ports.js';

const stored: Profile = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada@analytical-engines.example',
  company: 'AE',
  phone: '+442071234567',
};

function start(load: PortAnswer<Profile>[] = [{ output: stored }]) {
  const p = {
    loadProfile: recordingPort<Profile, void>('load', ...load),
    saveProfile: recordingPort<Profile, { data: Record<string, unknown> }>('save', { output: stored }),
    requestPhoneVerification: recordingPort<
      { verificationId: string; resendAvailableAt?: string },
      { phone: string }
    >('sms', { output: { verificationId: 'v1', resendAvailableAt: new Date(Date.now() - 1).toISOString() } }),
    confirmPhone: recordingPort<Profile, { verificationId: string; code: string }>('confirmPhone', {
      output: { ...stored, phone: '+4930123456' },
    }),
  };
  const actors = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
  const actor = createActor(profileMachine.provide({ actors }), { input: {} }).start();
  return { actor, ...p };
}

const editing = async () => {
  const t = start();
  await waitFor(t.actor, (s) => s.matches('editing'));
  return t;
};
const { email: _e, company: _c, ...editable } = stored;

describe('profile', () => {
  it('loads the editable details; saving without a phone change needs no SMS', async () => {
    const t = await editing();
    expect(t.actor.getSnapshot().context.data).toEqual(editable);
    t.actor.send({ type: 'SUBMIT', data: { ...editable, jobTitle: 'Analyst' } });
    await waitFor(t.actor, (s) => s.matches('saved'));
    const { phone: _p, ...withoutPhone } = { ...editable, jobTitle: 'Analyst' };
    expect(t.saveProfile.calls).toEqual([{ data: withoutPhone }]);
    expect(t.requestPhoneVerification.calls).toHaveLength(0);
    t.actor.send({ type: 'EDIT' });
    expect(t.actor.getSnapshot().value).toBe('editing');
  });

  it('invalid details stay in editing and are not saved', async () => {
    const t = await editing();
    // A national number with no country known (none registered) cannot be read: the rule asks for the code.
    t.actor.send({ type: 'SUBMIT', data: { ...editable, phone: '0301234' } });
    expect(t.actor.getSnapshot().context.issues[0]).toMatchObject({
      path: '/phone',
      code: 'invalid-phone',
      params: { reason: 'missing-country' },
    });
    expect(t.saveProfile.calls).toHaveLength(0);
  });

  it('a new phone number is stored only after its SMS code', async () => {
    const t = await editing();
    t.actor.send({ type: 'SUBMIT', data: { ...editable, phone: '+4930123456' } });
    await waitFor(t.actor, (s) => s.matches('verifyingPhone'));
    expect(t.saveProfile.calls[0]?.data).not.toHaveProperty('phone');
    expect(t.requestPhoneVerification.calls).toEqual([{ phone: '+4930123456' }]);
    t.actor.send({ type: 'SUBMIT', data: { code: 'abc' } });
    expect(t.confirmPhone.calls).toHaveLength(0);
    t.actor.send({ type: 'RESEND' });
    await waitFor(
      t.actor,
      (s) => s.matches('verifyingPhone') && t.requestPhoneVerification.calls.length === 2,
    );
    t.confirmPhone.answer(
      { error: new GatehouseError('invalid-code', 'no') },
      { output: { ...stored, phone: '+4930123456' } },
    );
    t.actor.send({ type: 'SUBMIT', data: { code: '999999' } });
    await waitFor(t.actor, (s) => s.matches('verifyingPhone') && s.context.issues.length > 0);
    t.actor.send({ type: 'SUBMIT', data: { code: '123456' } });
    await waitFor(t.actor, (s) => s.matches('saved'));
    expect(t.confirmPhone.calls.at(-1)).toEqual({ verificationId: 'v1', code: '123456' });
    expect(t.actor.getSnapshot().context.profile?.phone).toBe('+4930123456');
    t.actor.send({ type: 'CLOSE' });
    expect(t.actor.getSnapshot().value).toBe('closed');
  });

  it('CANCEL during verification keeps the stored number', async () => {
    const t = await editing();
    t.actor.send({ type: 'SUBMIT', data: { ...editable, phone: '+4930123456' } });
    await waitFor(t.actor, (s) => s.matches('verifyingPhone'));
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('editing');
    expect(t.actor.getSnapshot().context.data.phone).toBe(stored.phone);
    expect(t.actor.getSnapshot().context.pendingPhone).toBeNull();
  });

  it('port failures: load → unavailable (RETRY, CLOSE), save and SMS → editing with the issue', async () => {
    const t = start([{ error: new GatehouseError('unauthenticated', 'x') }, { output: stored }]);
    await waitFor(t.actor, (s) => s.matches('unavailable'));
    t.actor.send({ type: 'RETRY' });
    await waitFor(t.actor, (s) => s.matches('editing'));
    t.saveProfile.answer({ error: new GatehouseError('unavailable', 'x') });
    t.actor.send({ type: 'SUBMIT', data: editable });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    t.saveProfile.answer({ output: stored });
    t.requestPhoneVerification.answer({ error: new GatehouseError('rate-limited', 'x') });
    t.actor.send({ type: 'SUBMIT', data: { ...editable, phone: '+4930123456' } });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues[0]?.code === 'rate-limited');
    t.actor.send({ type: 'CLOSE' });
    expect(t.actor.getSnapshot().value).toBe('closed');
    const u = start([{ error: new GatehouseError('unauthenticated', 'x') }]);
    await waitFor(u.actor, (s) => s.matches('unavailable'));
    u.actor.send({ type: 'CLOSE' });
    expect(u.actor.getSnapshot().value).toBe('closed');
  });
});
