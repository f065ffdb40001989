import { describe, expect, it } from 'vitest';
import { createMachine, fromPromise, setup } from 'xstate';
import { checkSync } from '../check/check.js';
import { ticTacToeEvents, ticTacToeMachine } from '../fixtures/tic-tac-toe.js';
import { replay } from '../replay/replay.js';
import { formatViolation } from '../report/format.js';
import { alwaysCanReach, eventually, leadsTo, until } from './properties.js';

// Two busy states that ping-pong forever unless DONE is sent; DONE is possible in both.
const pingPong = createMachine({
  id: 'pingPong',
  initial: 'a',
  states: {
    a: { on: { TICK: 'b', DONE: 'done' } },
    b: { on: { TICK: 'a', DONE: 'done' } },
    done: { type: 'final' },
  },
});
const pingPongEvents = { events: { TICK: [{}], DONE: [{}] } };

describe('liveness', () => {
  it('eventually: a lasso without fairness, a pass when DONE is weakly fair', async () => {
    const unfair = checkSync(pingPong, {
      ...pingPongEvents,
      liveness: { finishes: eventually((s) => s.status === 'done') },
    });
    expect(unfair.liveness).toEqual({ finishes: 'fail' });
    const [v] = unfair.violations;
    expect(v?.kind).toBe('liveness');
    expect(v?.cycleStart).toBe(0);
    expect(v?.trace.map((s) => s.state)).toEqual(['a', 'b', 'a']);
    expect(v && formatViolation(v)).toContain('⟲ steps 1–2 lead back to step 0 and repeat forever');
    // The lasso replays on a real actor: prefix and one turn of the cycle.
    const observed = await replay(pingPong, v?.trace ?? []);
    expect(observed.map((s) => s.state)).toEqual(['a', 'b', 'a']);

    const fair = checkSync(pingPong, {
      ...pingPongEvents,
      liveness: { finishes: eventually((s) => s.status === 'done') },
      fairness: { events: ['DONE'] },
    });
    expect(fair.liveness).toEqual({ finishes: 'pass' });
    expect(fair.ok).toBe(true);
  });

  it('weak fairness is weak: a class possible only on part of the cycle may be ignored', () => {
    const m = createMachine({
      initial: 'a',
      states: { a: { on: { TICK: 'b' } }, b: { on: { TICK: 'a', DONE: 'done' } }, done: { type: 'final' } },
    });
    const result = checkSync(m, {
      ...pingPongEvents,
      liveness: { finishes: eventually((s) => s.status === 'done') },
      fairness: { events: ['DONE'] },
    });
    expect(result.liveness.finishes).toBe('fail');
  });

  it('a run that stops short of the goal is a counterexample (no cycle)', () => {
    const m = createMachine({
      initial: 'open',
      states: {
        open: { on: { CLOSE: 'closed', SUBMIT: 'sent' } },
        closed: { type: 'final' },
        sent: { type: 'final' },
      },
    });
    const result = checkSync(m, {
      events: { CLOSE: [{}], SUBMIT: [{}] },
      liveness: { sent: eventually((s) => s.matches('sent')) },
    });
    const [v] = result.violations;
    expect(v?.message).toMatch(/a run stops/);
    expect(v?.cycleStart).toBeUndefined();
    expect(v?.trace.map((s) => s.state)).toEqual(['open', 'closed']);
  });

  it('timer and actor fairness: a pending timer fires, an invoked actor settles', () => {
    const m = setup({ actors: { save: fromPromise(async () => 1) } }).createMachine({
      initial: 'waiting',
      states: {
        waiting: {
          after: { 1000: 'saving' },
          initial: 'x',
          states: { x: { on: { POKE: 'y' } }, y: { on: { POKE: 'x' } } },
        },
        saving: {
          invoke: { src: 'save', onDone: 'saved' },
          initial: 'p',
          states: { p: { on: { POKE: 'q' } }, q: { on: { POKE: 'p' } } },
        },
        saved: { type: 'final' },
      },
    });
    const options = {
      events: { POKE: [{}] },
      actors: { save: [{ output: 1 }] },
      liveness: { saved: eventually<{ value: unknown }>((s) => s.value === 'saved') },
    };
    expect(checkSync(m, options).liveness.saved).toBe('fail');
    expect(checkSync(m, { ...options, fairness: { timers: true } }).liveness.saved).toBe('fail');
    expect(checkSync(m, { ...options, fairness: { timers: true, actors: ['save'] } }).liveness.saved).toBe(
      'pass',
    );
  });

  it('leadsTo and until', () => {
    type S = { value: unknown; status: string };
    const options = {
      events: { TICK: [{}], DONE: [{}] },
      fairness: { events: ['DONE'] },
      liveness: {
        bLeadsToDone: leadsTo(
          (s: S) => s.value === 'b',
          (s: S) => s.status === 'done',
        ),
        busyUntilDone: until(
          (s: S) => s.status === 'active',
          (s: S) => s.status === 'done',
        ),
        aUntilDone: until(
          (s: S) => s.value === 'a',
          (s: S) => s.status === 'done',
        ),
      },
    };
    const result = checkSync(pingPong, options);
    expect(result.liveness).toEqual({ bLeadsToDone: 'pass', busyUntilDone: 'pass', aUntilDone: 'fail' });
    const v = result.violations.find((x) => x.property === 'aUntilDone');
    expect(v?.trace.map((s) => s.state)).toEqual(['a', 'b']);
  });

  it('alwaysCanReach: tic-tac-toe can always get back to a new game, unless RESET is left out', () => {
    const fresh = (s: { context: { board: unknown[] } }) => s.context.board.every((c) => c === null);
    const withReset = checkSync(ticTacToeMachine, {
      events: ticTacToeEvents,
      canAlwaysFinish: false,
      liveness: { newGame: alwaysCanReach(fresh) },
    });
    expect(withReset.liveness.newGame).toBe('pass');
    expect(withReset.ok).toBe(true);
    const noReset = checkSync(ticTacToeMachine, {
      events: { PLAY: ticTacToeEvents.PLAY },
      canAlwaysFinish: false,
      deadlock: false,
      liveness: { newGame: alwaysCanReach(fresh) },
    });
    const v = noReset.violations.find((x) => x.kind === 'liveness');
    // The first board after one move can never be cleared again.
    expect(v?.trace.map((s) => s.event.type)).toEqual(['xstate.init', 'PLAY']);
  }, 60_000);

  it('a bounded exploration is inconclusive, never a pass', () => {
    const result = checkSync(pingPong, {
      ...pingPongEvents,
      liveness: { finishes: eventually((s) => s.status === 'done') },
      fairness: { events: ['DONE'] },
      maxStates: 2,
    });
    expect(result.liveness).toEqual({ finishes: 'inconclusive' });
    expect(result.ok).toBe(false);
    expect(result.warnings.join('\n')).toMatch(/liveness "finishes" is inconclusive/);
  });

  it('rejects a malformed liveness property, naming it', () => {
    expect(() => checkSync(pingPong, { liveness: { x: (() => true) as never } })).toThrow(
      /liveness\.x must be eventually/,
    );
  });
});
