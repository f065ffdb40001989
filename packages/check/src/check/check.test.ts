import { describe, expect, it } from 'vitest';
import { assign, createMachine, fromPromise, setup } from 'xstate';
import {
  correctLogin,
  deadlockedApproval,
  endlessResend,
  mfaBypassLogin,
  mfaBypassOptions,
  offByOneLockout,
} from '../fixtures/planted-bugs.js';
import { checkSync } from './check.js';

describe('check', () => {
  it('finds the MFA bypass with the shortest trace', () => {
    const result = checkSync(mfaBypassLogin, mfaBypassOptions);
    expect(result.ok).toBe(false);
    expect(result.complete).toBe(true);
    const v = result.violations.find((x) => x.property === 'noSessionWithoutMfa');
    expect(v?.kind).toBe('invariant');
    expect(v?.trace.map((s) => s.event.type)).toEqual([
      'xstate.init',
      'SUBMIT',
      'xstate.done.actor.checkPassword',
      'NEW_PASSWORD',
    ]);
    expect(v?.trace.at(-1)?.state).toBe('authenticated');
    expect(v?.trace[2]?.via).toBe('actor');
  });

  it('passes the correct login completely', () => {
    const result = checkSync(correctLogin, mfaBypassOptions);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
  });

  it('finds a deadlocked hold state and an unreachable state', () => {
    const result = checkSync(deadlockedApproval, { events: { APPROVE: [{}], REJECT: [{}], HOLD: [{}] } });
    const dead = result.violations.find((v) => v.kind === 'deadlock');
    expect(dead?.trace.map((s) => s.state)).toEqual(['pending', 'hold']);
    expect(result.unreachable).toEqual(['approval.escalated']);
    expect(result.coverage.stateNodes.missed).toEqual(['approval.escalated']);
  });

  it('finds a loop that can never finish, timers fired as steps', () => {
    const result = checkSync(endlessResend, { events: { RESEND: [{}] } });
    expect(result.violations.map((v) => v.kind)).toEqual(['cannot-finish']);
    expect(result.violations[0]?.trace.map((s) => s.state)).toEqual(['sent']);
    expect(result.stats.states).toBe(2);
    expect(result.coverage.transitions.covered).toContain(
      'resend.coolingDown --xstate.after.cooldown.resend.coolingDown--> resend.sent',
    );
  });

  it('finds a guard-dependent invariant violation after exactly six failures', () => {
    const result = checkSync(offByOneLockout, {
      events: { FAIL: [{}], SUCCEED: [{}] },
      invariants: { atMostFiveAttempts: (s) => s.context.attempts <= 5 },
    });
    const v = result.violations.find((x) => x.property === 'atMostFiveAttempts');
    expect(v?.trace.length).toBe(7);
    expect(v?.trace.at(-1)?.context).toEqual({ attempts: 6 });
  });

  it('reports a bound honestly: maxStates gives complete false and ok false', () => {
    const counter = createMachine({
      context: { n: 0 },
      on: { INC: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
    });
    const result = checkSync(counter, { events: { INC: [{}] }, maxStates: 50, deadlock: false });
    expect(result.complete).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.stats.states).toBe(50);
    expect(result.warnings[0]).toMatch(/maxStates/);
  });

  it('checks step properties and reports the breaking event, here a timer', () => {
    const result = checkSync(offByOneLockout, {
      events: { FAIL: [{}], SUCCEED: [{}] },
      steps: { attemptsNeverDrop: ({ prev, next }) => next.context.attempts >= prev.context.attempts },
    });
    const v = result.violations.find((x) => x.kind === 'step');
    expect(v?.property).toBe('attemptsNeverDrop');
    // Seven failures lock the account (the off-by-one), then the cooldown timer resets the count.
    expect(v?.trace.length).toBe(9);
    expect(v?.trace.at(-1)).toMatchObject({ via: 'timer', state: 'open', context: { attempts: 0 } });
  });

  it('explores actor errors: an unhandled error puts the machine in error status', () => {
    const m = setup({ actors: { save: fromPromise(async () => 1) } }).createMachine({
      initial: 'saving',
      states: { saving: { invoke: { src: 'save', onDone: 'saved' } }, saved: { type: 'final' } },
    });
    const result = checkSync(m, { actors: { save: [{ output: 1 }, { error: 'network' }] } });
    const v = result.violations.find((x) => x.kind === 'error');
    expect(v?.trace.at(-1)?.status).toBe('error');
    expect(v?.message).toMatch(/network/);
  });

  it('warns about invoked actors without outcomes and reports the wait as a deadlock', () => {
    const m = setup({ actors: { save: fromPromise(async () => 1) } }).createMachine({
      initial: 'saving',
      states: { saving: { invoke: { src: 'save', onDone: 'saved' } }, saved: { type: 'final' } },
    });
    const result = checkSync(m, {});
    expect(result.warnings.join()).toMatch(/actors\.save/);
    expect(result.violations.map((v) => v.kind)).toContain('deadlock');
  });

  it('rejects bad options naming the field', () => {
    expect(() => checkSync(correctLogin, { events: { SUBMIT: [1 as never] } })).toThrow(
      /events\.SUBMIT\[0\]/,
    );
    expect(() => checkSync(correctLogin, { actors: { checkPassword: [{} as never] } })).toThrow(
      /actors\.checkPassword\[0\]/,
    );
    expect(() => checkSync(correctLogin, { maxStates: 0 })).toThrow(/maxStates/);
  });
});
