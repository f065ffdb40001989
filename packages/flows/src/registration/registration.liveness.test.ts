/**
 * Liveness of registration on its whole state graph: every confirmed registration is eventually approved
 * or rejected, assuming the back office eventually decides (weak fairness of APPROVED/REJECTED) and
 * timers fire and ports answer; without that assumption the status poll can loop forever.
 */
import { checkSync, leadsTo } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { flowStateKey } from '../common/model-key.js';
import { registrationMachine } from './registration.machine.js';

const valid = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.example',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};

const world = {
  input: {},
  events: {
    SUBMIT: [{ data: valid }],
    CONFIRM: [{ token: 'tok' }],
    APPROVED: [{}],
    REJECTED: [{ reason: 'no' }],
  },
  actors: {
    register: [{ output: { id: 'reg-1' } }],
    resendConfirmation: [{ output: {} }],
    confirmEmail: [{ output: { id: 'reg-1' } }, { error: new GatehouseError('expired-token', 'x') }],
    getRegistrationStatus: [{ output: { status: 'pending-approval' } }, { error: new Error('down') }],
  },
  key: flowStateKey,
  maxStates: 50_000,
};

const confirmedLeadsToDecision = leadsTo<SnapshotFrom<typeof registrationMachine>>(
  (s) => s.context.confirmed,
  (s) => s.matches('approved') || s.matches('rejected'),
);

describe('registration liveness', () => {
  it('every confirmed registration is eventually approved or rejected, under fairness of the decision', () => {
    const result = checkSync(registrationMachine, {
      ...world,
      liveness: { confirmedLeadsToDecision },
      fairness: { events: [['APPROVED', 'REJECTED']], timers: true, actors: true },
    });
    expect(result.complete).toBe(true);
    expect(result.liveness).toEqual({ confirmedLeadsToDecision: 'pass' });
  });

  it('without it, the status poll loops forever: the lasso shows the poll cycle', () => {
    const result = checkSync(registrationMachine, {
      ...world,
      liveness: { confirmedLeadsToDecision },
      fairness: { timers: true, actors: true },
    });
    const v = result.violations.find((x) => x.property === 'confirmedLeadsToDecision');
    expect(v?.cycleStart).toBeDefined();
    const cycle = v?.trace.slice((v.cycleStart ?? 0) + 1).map((s) => s.event.type) ?? [];
    // The poll actor is invoked inline, so its outcome event is named after the polling state.
    expect(
      cycle.some((t) => t.startsWith('xstate.done.actor.') && t.endsWith('awaitingApproval.polling')),
    ).toBe(true);
    expect(v?.message).toMatch(/fair to .*actor getRegistrationStatus/);
  });
});
