// examples/lockout.ts
import { check, formatResult } from '@gatehouse/check';
import { assign, setup } from 'xstate';

const lockout = setup({
  types: { context: {} as { attempts: number } },
  guards: { belowLimit: ({ context }) => context.attempts <= 5 }, // bug: should be < 5
}).createMachine({
  id: 'lockout',
  initial: 'open',
  context: { attempts: 0 },
  states: {
    open: {
      on: {
        FAIL: [
          { guard: 'belowLimit', actions: assign({ attempts: ({ context }) => context.attempts + 1 }) },
          { target: 'locked' },
        ],
        SUCCEED: 'done',
      },
    },
    locked: { after: { 900_000: { target: 'open', actions: assign({ attempts: 0 }) } } },
    done: { type: 'final' },
  },
});

const result = await check(lockout, {
  events: { FAIL: [{}], SUCCEED: [{}] },
  invariants: { atMostFiveAttempts: (s) => s.context.attempts <= 5 },
});
console.log(formatResult(result, 'lockout'));
