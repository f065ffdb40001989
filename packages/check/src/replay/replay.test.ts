import { describe, expect, it } from 'vitest';
import { type EventObject, fromPromise, setup } from 'xstate';
import { checkSync } from '../check/check.js';
import type { CheckOptions, CheckResult } from '../check/types.js';
import {
  correctLogin,
  deadlockedApproval,
  endlessResend,
  mfaBypassLogin,
  mfaBypassOptions,
  offByOneLockout,
} from '../fixtures/planted-bugs.js';
import { replay } from './replay.js';

async function expectEveryTraceReplays(
  machine: Parameters<typeof replay>[0],
  result: CheckResult,
  options: CheckOptions = {},
) {
  expect(result.violations.length).toBeGreaterThan(0);
  for (const violation of result.violations) {
    const observed = await replay(machine, violation.trace, { input: options.input });
    expect(
      observed.map((s) => s.state),
      `${violation.kind} ${violation.property}`,
    ).toEqual(violation.trace.map((s) => s.state));
    expect(observed.map((s) => s.context)).toEqual(violation.trace.map((s) => s.context));
    expect(observed.at(-1)?.status).toBe(violation.trace.at(-1)?.status ?? 'active');
  }
}

describe('every reported trace reproduces on a real actor', () => {
  it('MFA bypass (invoked actor outcomes)', async () => {
    await expectEveryTraceReplays(mfaBypassLogin, checkSync(mfaBypassLogin, mfaBypassOptions));
  });

  it('deadlocked hold state', async () => {
    await expectEveryTraceReplays(
      deadlockedApproval,
      checkSync(deadlockedApproval, { events: { APPROVE: [{}], REJECT: [{}], HOLD: [{}] } }),
    );
  });

  it('loop that cannot finish (named delay, simulated clock)', async () => {
    await expectEveryTraceReplays(endlessResend, checkSync(endlessResend, { events: { RESEND: [{}] } }));
  });

  it('guard-dependent invariant and a timer step property', async () => {
    const result = checkSync(offByOneLockout, {
      events: { FAIL: [{}], SUCCEED: [{}] },
      invariants: { atMostFiveAttempts: (s) => s.context.attempts <= 5 },
      steps: { attemptsNeverDrop: ({ prev, next }) => next.context.attempts >= prev.context.attempts },
    });
    expect(result.violations.map((v) => v.kind).sort()).toEqual(['invariant', 'step']);
    await expectEveryTraceReplays(offByOneLockout, result);
  });

  it('an unhandled actor error ends in status error on the real actor too', async () => {
    const m = setup({ actors: { save: fromPromise(async () => 1) } }).createMachine({
      initial: 'saving',
      states: { saving: { invoke: { src: 'save', id: 'save', onDone: 'saved' } }, saved: { type: 'final' } },
    });
    await expectEveryTraceReplays(
      m,
      checkSync(m, { actors: { save: [{ output: 1 }, { error: 'network' }] } }),
    );
  });

  it('a replayed correct run ends where the checker says', async () => {
    const result = checkSync(correctLogin, mfaBypassOptions);
    expect(result.ok).toBe(true);
    const observed = await replay(correctLogin, [
      { event: { type: 'xstate.init' }, state: 'credentials' },
      { event: { type: 'SUBMIT' }, state: 'checking' },
      {
        event: {
          type: 'xstate.done.actor.checkPassword',
          output: { mfa: true, oneTime: true },
        } as EventObject,
        state: 'mfa',
        via: 'actor',
      },
      { event: { type: 'CODE', ok: true } as EventObject, state: 'changePassword' },
      { event: { type: 'NEW_PASSWORD' }, state: 'authenticated' },
    ]);
    expect(observed.map((s) => s.state)).toEqual([
      'credentials',
      'checking',
      'mfa',
      'changePassword',
      'authenticated',
    ]);
  });
});
