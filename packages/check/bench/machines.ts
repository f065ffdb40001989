/** Generated machines for the benchmarks: a bounded grid (context-heavy) and a wide state-node ring. */
import { assign, setup } from 'xstate';

/** A `size × size` grid walked with UP/DOWN/LEFT/RIGHT; the corner is final. States: size². */
export function gridMachine(size: number) {
  return setup({
    types: { context: {} as { x: number; y: number }, events: {} as { type: 'UP' | 'DOWN' | 'LEFT' | 'RIGHT' } },
  }).createMachine({
    id: 'grid',
    initial: 'walking',
    context: { x: 0, y: 0 },
    states: {
      walking: {
        always: { guard: ({ context }) => context.x === size - 1 && context.y === size - 1, target: 'arrived' },
        on: {
          UP: { guard: ({ context }) => context.y > 0, actions: assign({ y: ({ context }) => context.y - 1 }) },
          DOWN: { guard: ({ context }) => context.y < size - 1, actions: assign({ y: ({ context }) => context.y + 1 }) },
          LEFT: { guard: ({ context }) => context.x > 0, actions: assign({ x: ({ context }) => context.x - 1 }) },
          RIGHT: { guard: ({ context }) => context.x < size - 1, actions: assign({ x: ({ context }) => context.x + 1 }) },
        },
      },
      arrived: { type: 'final' },
    },
  });
}

/** The event domain of {@link gridMachine}. */
export const gridEvents = { UP: [{}], DOWN: [{}], LEFT: [{}], RIGHT: [{}] };

/** A counter 0‥max with INC/DEC/RESET; `max` is final. A deep chain: depth = max. States: max + 1. */
export function counterMachine(max: number) {
  return setup({ types: { context: {} as { n: number }, events: {} as { type: 'INC' | 'DEC' | 'RESET' } } }).createMachine({
    id: 'counter',
    initial: 'counting',
    context: { n: 0 },
    states: {
      counting: {
        always: { guard: ({ context }) => context.n === max, target: 'done' },
        on: {
          INC: { actions: assign({ n: ({ context }) => context.n + 1 }) },
          DEC: { guard: ({ context }) => context.n > 0, actions: assign({ n: ({ context }) => context.n - 1 }) },
          RESET: { actions: assign({ n: 0 }) },
        },
      },
      done: { type: 'final' },
    },
  });
}

/** The event domain of {@link counterMachine}. */
export const counterEvents = { INC: [{}], DEC: [{}], RESET: [{}] };
