import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { invitationAcceptMachine } from './invitation-accept.machine.js';

const password = 'velvet hammock orbit 1842';
const events = {
  SUBMIT: [
    { data: { newPassword: password, confirmPassword: password } },
    { data: { newPassword: 'short', confirmPassword: 'short' } },
  ],
};
const actors = {
  acceptInvitation: [
    { output: { status: 'ok' as const, session: { user: { id: 'u', email: 'grace@example.org' } } } },
    { error: new GatehouseError('invalid-token', 'x') },
    { error: new GatehouseError('expired-token', 'x') },
    { error: new GatehouseError('unavailable', 'down') },
  ],
};

const withLink = checkSync(invitationAcceptMachine, {
  input: { token: 'invite-token' },
  events,
  actors,
  key: flowStateKey,
  invariants: {
    // The account exists only through the port: `accepted` always carries what the port answered.
    acceptedOnlyThroughThePort: (s) => !s.matches('accepted') || s.context.session !== null,
  },
  steps: {
    // A password that fails the form never leaves `editing` (so never reaches `acceptInvitation`).
    invalidSubmitStays: ({ prev, event, next }) =>
      !(
        prev.matches('editing') &&
        event.type === 'SUBMIT' &&
        (event as { data?: { newPassword?: string } }).data?.newPassword === 'short'
      ) || next.matches('editing'),
  },
  maxStates: 10_000,
});

const withoutLink = checkSync(invitationAcceptMachine, {
  input: { token: null },
  events,
  actors,
  key: flowStateKey,
  invariants: { neverAccepted: (s) => !s.matches('accepted') && !s.matches('accepting') },
  maxStates: 10_000,
});

describe('invitation acceptance model check', () => {
  it('with a link: complete, every state reached, no deadlock, always finishes, invalid passwords stay', () => {
    expect(withLink.complete).toBe(true);
    expect(withLink.unreachable).toEqual([]);
    expect(withLink.violations).toEqual([]);
    expect(withLink.ok).toBe(true);
  });

  it('without a token nothing can be accepted', () => {
    expect(withoutLink.violations).toEqual([]);
    expect(withoutLink.complete).toBe(true);
  });
});
