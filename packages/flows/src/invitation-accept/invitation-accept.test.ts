import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { persistFlow, resumeFlow } from '../persistence/persist-flow.js';
import { invitationAcceptMachine } from './invitation-accept.machine.js';
import type { AcceptInvitationInput, AcceptInvitationOutput } from './invitation-accept.ports.js';

const password = 'velvet hammock orbit 1842';
const good = { newPassword: password, confirmPassword: password };
const session = { user: { id: 'u-7', email: 'grace.hopper@analytical-engines.example' } };

function start(token: string | null = 'invite-token-123') {
  const acceptInvitation = recordingPort<AcceptInvitationOutput, AcceptInvitationInput>('accept', {
    output: { status: 'ok', session },
  });
  const machine = invitationAcceptMachine.provide({ actors: { acceptInvitation: acceptInvitation.logic } });
  const actor = createActor(machine, { input: { token } }).start();
  return { actor, acceptInvitation, machine };
}

describe('invitation acceptance', () => {
  it('a valid password ends in accepted with the session; token and password reach the port only', async () => {
    const t = start();
    expect(t.actor.getSnapshot().value).toBe('editing');
    t.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('accepted');
    expect(t.actor.getSnapshot().context.session).toEqual(session);
    expect(t.acceptInvitation.calls).toEqual([{ token: 'invite-token-123', newPassword: password }]);
    expect(JSON.stringify(t.actor.getSnapshot().context)).not.toContain('velvet');
  });

  it('policy and confirmation issues stay in editing and nothing is sent', () => {
    const t = start();
    t.actor.send({ type: 'SUBMIT', data: { newPassword: 'short', confirmPassword: 'other' } });
    const codes = t.actor.getSnapshot().context.issues.map((i) => `${i.path}:${i.code}`);
    expect(codes).toEqual(['/newPassword:too-short', '/confirmPassword:mismatch']);
    // On the common-password list (Node resolves the exact policy).
    t.actor.send({
      type: 'SUBMIT',
      data: { newPassword: 'passwordstandard', confirmPassword: 'passwordstandard' },
    });
    expect(t.actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['common-password']);
    expect(t.acceptInvitation.calls).toHaveLength(0);
    expect(t.actor.getSnapshot().value).toBe('editing');
  });

  it('a link without a token is invalid at once', () => {
    for (const token of [null, '', '   ']) {
      const t = start(token);
      expect(t.actor.getSnapshot().value).toBe('invalidLink');
      expect(t.actor.getSnapshot().context.issues).toEqual([{ path: '', code: 'invalid-token', params: {} }]);
    }
  });

  it('an expired link ends in expired, a used or unknown one in invalidLink, other errors return to editing', async () => {
    const t = start();
    t.acceptInvitation.answer(
      { error: new GatehouseError('unavailable', 'down') },
      { error: new GatehouseError('expired-token', 'gone') },
    );
    t.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('unavailable');
    t.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('expired');

    const u = start();
    u.acceptInvitation.answer({ error: new GatehouseError('invalid-token', 'used') });
    u.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(u.actor, (s) => s.status === 'done');
    expect(u.actor.getSnapshot().value).toBe('invalidLink');
  });

  it('server policy issues (invalid-request) are shown on their fields', async () => {
    const t = start();
    t.acceptInvitation.answer({
      error: new GatehouseError('invalid-request', 'x', {
        issues: [{ path: '/newPassword', code: 'common-password', params: {} }],
      }),
    });
    t.actor.send({ type: 'SUBMIT', data: good });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    expect(t.actor.getSnapshot().context.issues).toEqual([
      { path: '/newPassword', code: 'common-password', params: {} },
    ]);
  });

  it('a persisted flow never holds the token; restored, it asks for the link again', () => {
    const t = start();
    const saved = persistFlow(t.actor);
    expect(JSON.stringify(saved)).not.toContain('invite-token-123');
    const restored = resumeFlow(t.machine, JSON.parse(JSON.stringify(saved)));
    restored.send({ type: 'SUBMIT', data: good });
    expect(restored.getSnapshot().value).toBe('invalidLink');
    expect(t.acceptInvitation.calls).toHaveLength(0);
  });
});
