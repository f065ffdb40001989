import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { accountDeletionForm, dataRightsMachine } from './data-rights.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };
const colleague = { id: 'acc_bea', name: 'Bea Colleague' };
const filled = { password: 'my password', understood: true };

const result = checkSync(dataRightsMachine, {
  events: {
    EXPORT: [{}],
    DELETE: [{}],
    // One offered colleague and one id the backend never offered (stale list, forged event).
    CHOOSE_SUCCESSOR: [{ id: colleague.id }, { id: 'acc_stranger' }],
    SUBMIT: [{ data: filled }, { data: { password: '', understood: true } }, { data: { password: 'x' } }],
    CANCEL: [{}],
    CLOSE: [{}],
  },
  actors: {
    loadRequirements: [
      { output: { handOver: 'none', successors: [] } },
      { output: { handOver: 'required', successors: [colleague] } },
      // The last Super Admin with nobody to take over yet (an invited colleague has not accepted).
      { output: { handOver: 'required', successors: [] } },
      fail,
    ],
    exportData: [{ output: { fileName: 'my-data.json', data: { account: {} } } }, fail],
    deleteAccount: [
      { output: undefined },
      { error: new GatehouseError('invalid-current-password', 'x') },
      { error: new GatehouseError('hand-over-required', 'x') },
      fail,
    ],
  },
  key: flowStateKey,
  steps: {
    // Every deletion re-authenticates: it starts only from the confirmation, by a SUBMIT whose password the form
    // accepts, and that password is what the deleting request carries.
    noDeletionWithoutFreshReauthentication: ({ prev, event, next }) =>
      !next.matches('deleting') ||
      (prev.matches('confirming') &&
        event.type === 'SUBMIT' &&
        accountDeletionForm.validate((event as { data?: unknown }).data).ok),
    // The last Super Admin of a company with other users cannot delete without naming one of them to take over.
    noLastSuperAdminDeletionWithoutHandOver: ({ next }) =>
      !next.matches('deleting') ||
      next.context.handOver === 'none' ||
      next.context.successors.some((s) => s.id === next.context.successor),
  },
  invariants: {
    // Only an offered colleague is ever chosen.
    successorIsOffered: (s) =>
      s.context.successor === null || s.context.successors.some((o) => o.id === s.context.successor),
  },
  maxStates: 50_000,
});

describe('data rights model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish; no deletion without a fresh re-authentication, the last Super Admin hands over first', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
