import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { passwordResetMachine } from './password-reset.machine.js';

const pw = 'velvet hammock orbit 1842';
// For every state before `sending` finished: the set of states each `requestReset` answer leads to.
const answersBySource = new Map<string, Set<string>>();

const result = checkSync(passwordResetMachine, {
  // The resend cooldown compares wall-clock timestamps; 0 lets the checker explore resending.
  input: { maxAttempts: 2, resendCooldown: 0 },
  events: {
    SUBMIT: [
      { data: { email: 'ada@analytical-engines.example' } },
      { data: { email: '' } },
      { data: { code: '123456', newPassword: pw, confirmPassword: pw } },
    ],
    RESEND: [{}],
    CANCEL: [{}],
  },
  actors: {
    // What a careless backend might leak for a known account versus an unknown one.
    requestReset: [{ output: { known: true, channel: 'sms' } }, { output: { known: false } }, { output: {} }],
    resendResetCode: [{ output: {} }, { error: new GatehouseError('rate-limited', 'x') }],
    resetPassword: [
      { output: undefined },
      { error: new GatehouseError('invalid-code', 'x') },
      { error: new GatehouseError('expired-code', 'x') },
    ],
  },
  key: flowStateKey,
  steps: {
    recordResetAnswers: ({ prev, event, next }) => {
      if (prev.matches('sending') && event.type.startsWith('xstate.done.actor.')) {
        const from = flowStateKey(prev);
        const set = answersBySource.get(from) ?? new Set<string>();
        set.add(flowStateKey(next));
        answersBySource.set(from, set);
      }
      return true;
    },
  },
  maxStates: 50_000,
});

describe('password reset model check', () => {
  it('is complete, without deadlocks, and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.violations).toEqual([]);
    expect(result.unreachable).toEqual([]);
  });

  it('answers known and unknown e-mails identically: every requestReset outcome leads to one state', () => {
    expect(answersBySource.size).toBeGreaterThan(0);
    for (const targets of answersBySource.values()) expect(targets.size).toBe(1);
  });
});
