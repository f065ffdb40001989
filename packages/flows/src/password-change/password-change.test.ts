import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { passwordChangeMachine } from './password-change.machine.js';

const good = {
  currentPassword: 'old passphrase here',
  newPassword: 'velvet hammock orbit 1842',
  confirmPassword: 'velvet hammock orbit 1842',
};

function start() {
  const changePassword = recordingPort<void, { currentPassword: string; newPassword: string }>('change', {
    output: undefined,
  });
  const actor = createActor(
    passwordChangeMachine.provide({ actors: { changePassword: changePassword.logic } }),
  ).start();
  return { actor, changePassword };
}

describe('password change', () => {
  it('a valid change ends in changed; passwords never enter the context', async () => {
    const t = start();
    t.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('changed');
    expect(t.changePassword.calls).toEqual([
      { currentPassword: good.currentPassword, newPassword: good.newPassword },
    ]);
    expect(JSON.stringify(t.actor.getSnapshot().context)).not.toContain('velvet');
  });

  it('policy and confirmation issues are shown as the form reports them and nothing is sent', () => {
    const t = start();
    t.actor.send({ type: 'SUBMIT', data: { ...good, newPassword: 'short', confirmPassword: 'other' } });
    const codes = t.actor.getSnapshot().context.issues.map((i) => `${i.path}:${i.code}`);
    expect(codes).toContain('/newPassword:too-short');
    expect(codes).toContain('/confirmPassword:mismatch');
    expect(t.changePassword.calls).toHaveLength(0);
  });

  it('a wrong current password is shown on that field; other errors as they come', async () => {
    const t = start();
    t.changePassword.answer(
      { error: new GatehouseError('invalid-current-password', 'no') },
      { error: new GatehouseError('unavailable', 'x') },
    );
    t.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    expect(t.actor.getSnapshot().context.issues).toEqual([
      { path: '/currentPassword', code: 'invalid-current-password', params: {} },
    ]);
    t.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues[0]?.code === 'unavailable');
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('cancelled');
  });
});
