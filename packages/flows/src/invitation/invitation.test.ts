import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { type PortAnswer, recordingPort } from '../common/recording-port.js';
import { invitationMachine } from './invitation.machine.js';
import type { Role } from './invitation.ports.js';

const roles: Role[] = [
  { id: 'support', label: 'Support cases' },
  { id: 'rma', label: 'RMA requests' },
];
const invitee = {
  email: 'grace.hopper@analytical-engines.example',
  givenName: 'Grace',
  familyName: 'Hopper',
  roles: ['rma'],
};

function start(list: PortAnswer<{ roles: Role[] }>[] = [{ output: { roles } }]) {
  const listRoles = recordingPort<{ roles: Role[] }, void>('roles', ...list);
  const inviteUser = recordingPort<{ invitationId: string }, { data: Record<string, unknown> }>('invite', {
    output: { invitationId: 'i1' },
  });
  const actor = createActor(
    invitationMachine.provide({ actors: { listRoles: listRoles.logic, inviteUser: inviteUser.logic } }),
  ).start();
  return { actor, listRoles, inviteUser };
}

describe('invitation', () => {
  it('invites a business address with known roles', async () => {
    const t = start();
    await waitFor(t.actor, (s) => s.matches('editing'));
    t.actor.send({ type: 'SUBMIT', data: invitee });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.inviteUser.calls).toEqual([{ data: invitee }]);
    expect(t.actor.getSnapshot().context.invitationId).toBe('i1');
  });

  it('free-mail addresses, no roles and unknown roles are refused before sending', async () => {
    const t = start();
    await waitFor(t.actor, (s) => s.matches('editing'));
    t.actor.send({ type: 'SUBMIT', data: { ...invitee, email: 'grace@yahoo.com', roles: [] } });
    const codes = t.actor.getSnapshot().context.issues.map((i) => `${i.path}:${i.code}`);
    expect(codes).toEqual(expect.arrayContaining(['/email:free-provider', '/roles:minItems']));
    t.actor.send({ type: 'SUBMIT', data: { ...invitee, roles: ['root'] } });
    expect(t.actor.getSnapshot().context.issues).toEqual([
      { path: '/roles/0', code: 'unknown-role', params: { role: 'root' } },
    ]);
    expect(t.inviteUser.calls).toHaveLength(0);
  });

  it('a forbidden answer stays in editing; role loading failures offer RETRY and CANCEL', async () => {
    const t = start();
    await waitFor(t.actor, (s) => s.matches('editing'));
    t.inviteUser.answer({ error: new GatehouseError('forbidden', 'not super admin') });
    t.actor.send({ type: 'SUBMIT', data: invitee });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues[0]?.code === 'forbidden');
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('cancelled');
    const u = start([{ error: new GatehouseError('unavailable', 'x') }, { output: { roles } }]);
    await waitFor(u.actor, (s) => s.matches('unavailable'));
    u.actor.send({ type: 'RETRY' });
    await waitFor(u.actor, (s) => s.matches('editing'));
    const v = start([{ error: new GatehouseError('unavailable', 'x') }]);
    await waitFor(v.actor, (s) => s.matches('unavailable'));
    v.actor.send({ type: 'CANCEL' });
    expect(v.actor.getSnapshot().value).toBe('cancelled');
  });
});
