import { describe, expect, it } from 'vitest';
import { assign, setup } from 'xstate';
import { offByOneLockout } from '../fixtures/planted-bugs.js';
import { ticTacToeEvents, ticTacToeMachine } from '../fixtures/tic-tac-toe.js';
import { replay } from '../replay/replay.js';
import { walk } from './walk.js';

// An unbounded counter: no exhaustive check can finish it, walks still can find the bug at 300.
const counter = setup({ types: { context: {} as { n: number } } }).createMachine({
  context: { n: 0 },
  on: {
    INC: { actions: assign({ n: ({ context }) => context.n + 1 }) },
    DEC: { guard: ({ context }) => context.n > 0, actions: assign({ n: ({ context }) => context.n - 1 }) },
  },
});

describe('random walks', { timeout: 30_000 }, () => {
  it('is replayable from its seed: the same seed gives the same walk, another seed another', () => {
    const options = { events: ticTacToeEvents };
    const a = walk(ticTacToeMachine, options, { seed: 42, maxSteps: 30 });
    const b = walk(ticTacToeMachine, options, { seed: 42, maxSteps: 30 });
    const c = walk(ticTacToeMachine, options, { seed: 43, maxSteps: 30 });
    expect(b.walks).toEqual(a.walks);
    expect(c.walks[0]?.trace).not.toEqual(a.walks[0]?.trace);
    expect(a.walks[0]?.trace).toHaveLength(31);
  });

  it('finds a bug in an unbounded space with weighted events, and the walk replays on a real actor', async () => {
    const options = {
      events: { INC: [{}], DEC: [{}] },
      invariants: { below300: (s: { context: { n: number } }) => s.context.n < 300 },
    };
    const unweighted = walk(counter, options, { seed: 1, maxSteps: 2000 });
    expect(unweighted.violations).toEqual([]);
    const weighted = walk(counter, options, { seed: 1, maxSteps: 2000, weights: { INC: 3 } });
    const [v] = weighted.violations;
    expect(v?.property).toBe('below300');
    expect(v?.trace.at(-1)?.context).toEqual({ n: 300 });
    const again = walk(counter, options, {
      seed: weighted.walks[0]?.seed,
      maxSteps: 2000,
      weights: { INC: 3 },
    });
    expect(again.violations[0]?.trace).toEqual(v?.trace);
    const observed = await replay(counter, v?.trace ?? []);
    expect(observed.at(-1)?.context).toEqual({ n: 300 });
  });

  it('stops at stopWhen, at a final state, and once coverage is reached', () => {
    const toWin = walk(
      ticTacToeMachine,
      { events: ticTacToeEvents },
      {
        seed: 7,
        stopWhen: (s) => s.matches({ gameOver: 'winner' }),
      },
    );
    expect(toWin.walks[0]?.end).toBe('stop-when');
    const covered = walk(
      ticTacToeMachine,
      { events: ticTacToeEvents },
      { seed: 1, walks: 50, maxSteps: 40, coverage: 1 },
    );
    expect(covered.coverage.stateNodes.ratio).toBe(1);
    expect(covered.walks.at(-1)?.end).toBe('coverage');
    const lockout = walk(
      offByOneLockout,
      { events: { FAIL: [{}], SUCCEED: [{}] } },
      { seed: 3, weights: { SUCCEED: 0 }, maxSteps: 10 },
    );
    expect(lockout.walks[0]?.trace.map((s) => s.event.type)).not.toContain('SUCCEED');
  });
});
