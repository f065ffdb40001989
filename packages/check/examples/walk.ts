// examples/walk.ts
import { walk } from '@gatehouse/check';
import { assign, setup } from 'xstate';

// An unbounded counter: no exhaustive check ends, a random walk still finds the bug at 300.
const counter = setup({ types: { context: {} as { n: number } } }).createMachine({
  context: { n: 0 },
  on: {
    INC: { actions: assign({ n: ({ context }) => context.n + 1 }) },
    DEC: { guard: ({ context }) => context.n > 0, actions: assign({ n: ({ context }) => context.n - 1 }) },
  },
});

const result = walk(
  counter,
  { events: { INC: [{}], DEC: [{}] }, invariants: { below300: (s) => s.context.n < 300 } },
  { seed: 1, walks: 5, maxSteps: 2000, weights: { INC: 3 } },
);
const [violation] = result.violations;
console.log(`${result.walks.length} walk(s), ${result.steps} steps, seeds ${result.walks.map((w) => w.seed).join(', ')}`);
console.log(`${violation?.message} after ${(violation?.trace.length ?? 1) - 1} steps (seed ${result.walks.at(-1)?.seed})`);
