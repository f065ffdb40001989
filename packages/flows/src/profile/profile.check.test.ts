import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { profileMachine } from './profile.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(profileMachine, {
  input: { resendCooldown: 0 },
  events: {
    SUBMIT: [
      { data: { givenName: 'Ada', familyName: 'Lovelace', phone: '+442071234567' } },
      { data: { givenName: 'Ada', familyName: 'Lovelace', phone: '+4930123456' } },
      { data: { givenName: '' } },
      { data: { code: '123456' } },
    ],
    RESEND: [{}],
    CANCEL: [{}],
    EDIT: [{}],
    RETRY: [{}],
    CLOSE: [{}],
  },
  actors: {
    loadProfile: [
      { output: { givenName: 'Ada', familyName: 'Lovelace', email: 'a@b.example', phone: '+442071234567' } },
      fail,
    ],
    saveProfile: [
      { output: { givenName: 'Ada', familyName: 'Lovelace', email: 'a@b.example', phone: '+442071234567' } },
      fail,
    ],
    requestPhoneVerification: [{ output: { verificationId: 'v' } }, fail],
    confirmPhone: [
      { output: { givenName: 'Ada', familyName: 'Lovelace', email: 'a@b.example', phone: '+4930123456' } },
      fail,
    ],
  },
  key: flowStateKey,
  steps: {
    // An unverified new number becomes the stored one only through a confirmed SMS code.
    phoneOnlyThroughCode: ({ prev, next }) =>
      prev.context.pendingPhone === null ||
      next.context.profile?.phone !== prev.context.pendingPhone ||
      prev.matches('confirmingPhone'),
  },
  maxStates: 50_000,
});

describe('profile model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
