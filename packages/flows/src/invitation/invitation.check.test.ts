import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { invitationMachine } from './invitation.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(invitationMachine, {
  events: {
    SUBMIT: [
      {
        data: { email: 'grace@analytical-engines.example', givenName: 'G', familyName: 'H', roles: ['rma'] },
      },
      { data: { email: 'grace@gmail.com' } },
    ],
    RETRY: [{}],
    CANCEL: [{}],
  },
  actors: {
    listRoles: [{ output: { roles: [{ id: 'rma', label: 'RMA' }] } }, fail],
    inviteUser: [{ output: { invitationId: 'i' } }, fail],
  },
  key: flowStateKey,
  maxStates: 50_000,
});

describe('invitation model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
