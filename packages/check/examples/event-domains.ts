// examples/event-domains.ts
import { checkSync } from '@gatehouse/check';
import { assign, setup } from 'xstate';

// A seat picker: a seat can be picked only while it is free, and at most two per booking.
const picker = setup({
  types: {
    context: {} as { picked: number[] },
    events: {} as { type: 'PICK'; seat: number } | { type: 'CLEAR' },
  },
}).createMachine({
  context: { picked: [] },
  on: {
    PICK: { actions: assign({ picked: ({ context, event }) => [...context.picked, event.seat].sort() }) },
    CLEAR: { actions: assign({ picked: [] }) },
  },
});

// An event domain may be a function of the snapshot: here only the free seats, and none once two are picked.
const result = checkSync(picker, {
  events: {
    PICK: (s) =>
      s.context.picked.length < 2
        ? [1, 2, 3].filter((seat) => !s.context.picked.includes(seat)).map((seat) => ({ seat }))
        : [],
    CLEAR: [{}],
  },
  invariants: { atMostTwo: (s) => s.context.picked.length <= 2 },
  canAlwaysFinish: false,
});
console.log(`${result.ok ? 'PASS' : 'FAIL'}: ${result.stats.states} states, complete ${result.complete}`);
