import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { approvalMachine } from './approval.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(approvalMachine, {
  input: { registrationId: 'reg-1', emailFlag: 'free-provider', maxReminders: 1 },
  events: {
    APPROVE: [{ reviewer: 'rev' }, { reviewer: 'rev', overrideEmailCheck: true, reason: 'own domain' }],
    REJECT: [
      { reviewer: 'rev', reason: 'no' },
      { reviewer: 'rev', reason: '' },
    ],
    REQUEST_INFO: [{ reviewer: 'rev', reason: 'which product?' }],
    INFO_PROVIDED: [{ reviewer: 'applicant' }],
    // A server re-arming the timers of a restored snapshot, at any point.
    RESUME_TIMERS: [{ at: 0 }],
  },
  actors: {
    issueCredentials: [{ output: { username: 'ada' } }, fail],
    notifyRejection: [{ output: undefined }, fail],
    requestInformation: [{ output: undefined }, fail],
    // A failing reminder retried forever is a legitimate endless loop (each retry is a fresh timer to the checker),
    // so reminders are explored succeeding; their failure path is covered by approval.test.ts.
    sendReminder: [{ output: undefined }],
  },
  // The audit trail grows with every request-info round; abstract it to the set of decisions taken.
  key: (s) =>
    flowStateKey({
      ...s,
      context: {
        ...s.context,
        decisions: [
          ...new Set(s.context.decisions.map((d) => `${d.action}:${d.overrideEmailCheck === true}`)),
        ].sort(),
      },
    }),
  invariants: {
    // A flagged e-mail is approved only with a recorded override.
    overrideRecorded: (s) =>
      !s.matches('approved') ||
      s.context.decisions.some((d) => d.action === 'approve' && d.overrideEmailCheck === true),
    everyDecisionHasAReviewer: (s) => s.context.decisions.every((d) => d.by !== ''),
  },
  maxStates: 50_000,
});

describe('approval model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
