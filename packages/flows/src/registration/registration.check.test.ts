import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { registrationMachine } from './registration.machine.js';

const valid = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.example',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};

const result = checkSync(registrationMachine, {
  input: {},
  events: {
    SUBMIT: [{ data: valid }, { data: { ...valid, email: 'ada@gmail.com' } }],
    RESEND: [{}],
    CONFIRM: [{ token: 'tok' }],
    APPROVED: [{}],
    REJECTED: [{ reason: 'no' }],
    EDIT: [{}],
  },
  actors: {
    register: [{ output: { id: 'reg-1' } }, { error: new GatehouseError('rate-limited', 'x') }],
    resendConfirmation: [{ output: {} }, { error: new GatehouseError('rate-limited', 'x') }],
    confirmEmail: [
      { output: { id: 'reg-1' } },
      { error: new GatehouseError('invalid-token', 'x') },
      { error: new GatehouseError('expired-token', 'x') },
    ],
    getRegistrationStatus: [
      { output: { status: 'pending-approval' } },
      { output: { status: 'approved' } },
      { output: { status: 'rejected', reason: 'x' } },
      { error: new Error('down') },
    ],
  },
  key: flowStateKey,
  invariants: {
    approvedOnlyWhenConfirmed: (s) => !s.matches('approved') || s.context.confirmed,
    awaitingApprovalOnlyWhenConfirmed: (s) => !s.matches('awaitingApproval') || s.context.confirmed,
  },
  steps: {
    // A SUBMIT that fails the form never leaves `editing` (and so never invokes `register`).
    invalidSubmitStays: ({ prev, event, next }) =>
      !(
        prev.matches('editing') &&
        event.type === 'SUBMIT' &&
        String((event as { data?: { email?: string } }).data?.email).endsWith('@gmail.com')
      ) ||
      (next.matches('editing') && next.context.issues.some((i) => i.code === 'free-provider')),
  },
  // canAlwaysFinish (default) proves every registration can still end approved, rejected or expired.
  maxStates: 50_000,
});

describe('registration model check', () => {
  it('is complete and covers every state', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
  });

  it('never approved without confirmation; every registration can end approved/rejected/expired; no deadlock', () => {
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
