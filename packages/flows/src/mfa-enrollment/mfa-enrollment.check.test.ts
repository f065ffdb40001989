import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../shared/model-key.js';
import { mfaEnrollmentMachine } from './mfa-enrollment.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(mfaEnrollmentMachine, {
  input: { resendCooldown: 0 },
  events: {
    ENROLL: [{ method: 'totp' }, { method: 'email' }],
    REMOVE: [{ method: 'email' }],
    SUBMIT: [{ data: { password: 'my passphrase' } }, { data: { code: '123456' } }],
    RESEND: [{}],
    CANCEL: [{}],
  },
  actors: {
    listFactors: [{ output: { factors: [] } }],
    reauthenticate: [{ output: {} }, fail],
    startTotp: [
      {
        output: {
          enrollmentId: 'e',
          secret: 'JBSWY3DPEHPK3PXP',
          otpauthUri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
        },
      },
      { error: new GatehouseError('reauthentication-required', 'x') },
      fail,
    ],
    confirmTotp: [{ output: undefined }, fail],
    startEmail: [{ output: { enrollmentId: 'e2' } }, fail],
    confirmEmail: [{ output: undefined }, fail],
    removeFactor: [
      { output: undefined },
      { error: new GatehouseError('reauthentication-required', 'x') },
      fail,
    ],
  },
  key: flowStateKey,
  invariants: {
    // The TOTP secret exists only while the user scans or confirms it.
    secretOnlyWhileScanning: (s) =>
      s.context.totp === null || s.matches('scanning') || s.matches('confirmingTotp'),
  },
  steps: {
    // Adding or removing a factor starts only right after a recent (re-)authentication.
    factorChangesNeedRecentAuth: ({ next }) =>
      !(next.matches('startingTotp') || next.matches('startingEmail') || next.matches('removing')) ||
      next.context.authenticatedAt !== null,
  },
  maxStates: 50_000,
});

describe('MFA enrollment model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
