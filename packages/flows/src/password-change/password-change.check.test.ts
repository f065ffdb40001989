import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { passwordChangeMachine } from './password-change.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(passwordChangeMachine, {
  events: {
    SUBMIT: [
      {
        data: {
          currentPassword: 'old one',
          newPassword: 'velvet hammock orbit 1842',
          confirmPassword: 'velvet hammock orbit 1842',
        },
      },
      { data: { currentPassword: 'old one', newPassword: 'short', confirmPassword: 'short' } },
    ],
    CANCEL: [{}],
  },
  actors: {
    changePassword: [
      { output: undefined },
      { error: new GatehouseError('invalid-current-password', 'x') },
      fail,
    ],
  },
  key: flowStateKey,
  maxStates: 50_000,
});

describe('password change model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
