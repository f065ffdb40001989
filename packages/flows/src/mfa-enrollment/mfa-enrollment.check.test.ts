import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { mfaEnrollmentMachine } from './mfa-enrollment.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };
const codes = ['abcde-fghjk', 'mnpqr-stvwx'];
const isDone = (type: string) => type.startsWith('xstate.done.actor.');

const result = checkSync(mfaEnrollmentMachine, {
  input: { resendCooldown: 0 },
  events: {
    ENROLL: [{ method: 'totp' }, { method: 'email' }],
    REMOVE: [{ method: 'email' }],
    SUBMIT: [{ data: { password: 'my passphrase' } }, { data: { code: '123456' } }],
    RESEND: [{}],
    REGENERATE_CODES: [{}],
    ACKNOWLEDGE: [{}],
    CANCEL: [{}],
  },
  actors: {
    listFactors: [
      { output: { factors: [] } },
      { output: { factors: [{ method: 'totp' }], recoveryCodes: { remaining: 3 } } },
    ],
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
    confirmTotp: [{ output: undefined }, { output: { recoveryCodes: codes } }, fail],
    startEmail: [{ output: { enrollmentId: 'e2' } }, fail],
    confirmEmail: [{ output: undefined }, { output: { recoveryCodes: codes } }, fail],
    removeFactor: [
      { output: undefined },
      { error: new GatehouseError('reauthentication-required', 'x') },
      fail,
    ],
    regenerateRecoveryCodes: [
      { output: { recoveryCodes: codes } },
      { error: new GatehouseError('reauthentication-required', 'x') },
      fail,
    ],
  },
  key: flowStateKey,
  invariants: {
    // The TOTP secret exists only while the user scans or confirms it.
    secretOnlyWhileScanning: (s) =>
      s.context.totp === null || s.matches('scanning') || s.matches('confirmingTotp'),
    // The recovery codes exist in clear only while they are shown.
    codesOnlyWhileShown: (s) => s.context.recoveryCodes === null || s.matches('showingRecoveryCodes'),
  },
  steps: {
    // Adding or removing a factor starts only right after a recent (re-)authentication.
    factorChangesNeedRecentAuth: ({ next }) =>
      !(
        next.matches('startingTotp') ||
        next.matches('startingEmail') ||
        next.matches('removing') ||
        next.matches('regeneratingCodes')
      ) || next.context.authenticatedAt !== null,
    // New codes are never dropped unseen: whoever gets them is shown them, and only "saved" moves on.
    codesShownBeforeAnythingElse: ({ prev, event, next }) =>
      !(isDone(event.type) && (event as { output?: { recoveryCodes?: unknown } }).output?.recoveryCodes) ||
      next.matches('showingRecoveryCodes') ||
      prev.matches('loading'),
    codesLeaveOnlyWhenSaved: ({ prev, event, next }) =>
      !prev.matches('showingRecoveryCodes') ||
      next.matches('showingRecoveryCodes') ||
      event.type === 'ACKNOWLEDGE',
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
