/**
 * Liveness of the approval flow on its whole state graph: every item under review ends approved or
 * rejected once reviewers decide (weak fairness of APPROVE/REJECT), and is escalated (overdue) by the SLA
 * timer even when nobody decides. Counterexamples are lassos that replay on the real machine.
 */
import { checkSync, eventually, replay } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { flowStateKey } from '../common/model-key.js';
import { approvalMachine } from './approval.machine.js';

const input = { registrationId: 'reg-1', emailFlag: 'free-provider' as const, maxReminders: 1 };
const ok = { output: undefined };
const fail = { error: new GatehouseError('unavailable', 'down') };

const world = (ports: 'succeed' | 'may fail') => ({
  input,
  events: {
    APPROVE: [{ reviewer: 'rev', overrideEmailCheck: true, reason: 'own domain' }],
    REJECT: [{ reviewer: 'rev', reason: 'no' }],
    REQUEST_INFO: [{ reviewer: 'rev', reason: 'which product?' }],
    INFO_PROVIDED: [{ reviewer: 'applicant' }],
  },
  actors: {
    issueCredentials:
      ports === 'succeed' ? [{ output: { username: 'ada' } }] : [{ output: { username: 'ada' } }, fail],
    notifyRejection: ports === 'succeed' ? [ok] : [ok, fail],
    requestInformation: [ok],
    sendReminder: [ok],
  },
  // The audit trail grows with every request-info round; abstract it to the set of decisions taken.
  key: (s: Snapshot) =>
    flowStateKey({
      ...s,
      context: { ...s.context, decisions: [...new Set(s.context.decisions.map((d) => d.action))].sort() },
    }),
  maxStates: 50_000,
});

type Snapshot = SnapshotFrom<typeof approvalMachine>;
const decided = (s: Snapshot) => s.matches('approved') || s.matches('rejected');
const decidedOrEscalated = (s: Snapshot) => decided(s) || s.context.overdue;

describe('approval liveness', () => {
  it('every item is eventually approved or rejected, under fairness of reviewer decisions', () => {
    const result = checkSync(approvalMachine, {
      ...world('succeed'),
      liveness: { decided: eventually(decided) },
      fairness: { events: [['APPROVE', 'REJECT']], timers: true, actors: true },
    });
    expect(result.complete).toBe(true);
    expect(result.liveness).toEqual({ decided: 'pass' });
  });

  it('without that fairness, reviewers can ask for information forever: a replayable lasso', async () => {
    const result = checkSync(approvalMachine, {
      ...world('succeed'),
      liveness: { decided: eventually(decided) },
      fairness: { timers: true, actors: true },
    });
    expect(result.liveness).toEqual({ decided: 'fail' });
    const v = result.violations.find((x) => x.property === 'decided');
    const cycle = v?.trace.slice((v.cycleStart ?? 0) + 1).map((s) => s.event.type);
    expect(cycle).toContain('REQUEST_INFO');
    expect(cycle).toContain('INFO_PROVIDED');
    const observed = await replay(approvalMachine, v?.trace ?? [], { input });
    expect(observed.map((s) => s.state)).toEqual(v?.trace.map((s) => s.state));
  });

  it('every item is eventually decided or escalated by the SLA timer, with no reviewer fairness at all', () => {
    const result = checkSync(approvalMachine, {
      ...world('succeed'),
      liveness: { decidedOrEscalated: eventually(decidedOrEscalated) },
      fairness: { timers: true, actors: true },
    });
    expect(result.liveness).toEqual({ decidedOrEscalated: 'pass' });
  });
});

describe('approval liveness when the ports can fail', () => {
  it('an approval whose credentials keep failing is still escalated: a failed issue does not restart the SLA timer', () => {
    const result = checkSync(approvalMachine, {
      ...world('may fail'),
      liveness: { decidedOrEscalated: eventually(decidedOrEscalated) },
      fairness: { events: [['APPROVE', 'REJECT']], timers: true, actors: true },
    });
    expect(result.complete).toBe(true);
    expect(result.liveness).toEqual({ decidedOrEscalated: 'pass' });
  });

  it('without timer fairness the failing loop is a lasso that never escalates (the SLA timer is what ends it)', () => {
    const result = checkSync(approvalMachine, {
      ...world('may fail'),
      liveness: { decidedOrEscalated: eventually(decidedOrEscalated) },
      fairness: { events: [['APPROVE', 'REJECT']], actors: true },
    });
    const v = result.violations.find((x) => x.property === 'decidedOrEscalated');
    expect(v).toBeDefined();
  });
});
