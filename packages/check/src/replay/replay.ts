import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { createActor, fromPromise } from 'xstate';
import { assertMachine } from '../assert-machine.js';
import type { TraceStep } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import { TracingClock } from '../explore/xstate-adapter.js';

/** What a real actor showed after one replayed step. */
export interface ReplayedStep {
  event: EventObject;
  state: unknown;
  context: unknown;
  status: string;
}

/** Options of {@link replay}. */
export interface ReplayOptions {
  /** The machine's input (the same as given to `check`). */
  input?: unknown;
}

// One macrotask lets promise-based stand-ins settle and the actor process their events. setImmediate
// where there is one (Node): setTimeout(0) is clamped to 1 ms, which made a 500-step replay take seconds.
const nextTask: (fn: () => void) => unknown =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === 'function'
    ? (globalThis as unknown as { setImmediate: (fn: () => void) => unknown }).setImmediate
    : (fn) => setTimeout(fn, 0);
const settle = () => new Promise<void>((resolve) => void nextTask(resolve));

/**
 * Replays a trace from `check` on a real `createActor`: sent events are sent, timer steps advance a
 * simulated clock to that timer, and actor steps settle a stand-in for the invoked actor (every named
 * actor of the machine is replaced by a promise the replay resolves or rejects with the declared outcome;
 * inline actors get the outcome event sent directly). Returns what the actor showed after each step, the
 * first entry being the initial state, so it can be compared with the trace.
 */
export async function replay(
  machine: AnyStateMachine,
  trace: TraceStep[],
  options: ReplayOptions = {},
): Promise<ReplayedStep[]> {
  assertMachine(machine, 'replay');
  if (!Array.isArray(trace))
    throw new GatehouseError(
      'invalid-trace',
      'replay: the trace must be an array of steps (a violation.trace or path.steps)',
    );
  const settlers = new Map<string, { resolve(v: unknown): void; reject(e: unknown): void }>();
  const standIns: Record<string, unknown> = {};
  for (const src of Object.keys(machine.implementations.actors ?? {})) {
    standIns[src] = fromPromise(
      ({ self }: { self: AnyActorRef }) =>
        new Promise((resolve, reject) => settlers.set(self.id, { resolve, reject })),
    );
  }
  const clock = new TracingClock();
  const actor = createActor(machine.provide({ actors: standIns as never }), { input: options.input, clock });
  clock.system = actor.system as never;
  // Errors are part of what a trace may show; without an observer XState would rethrow them globally.
  actor.subscribe({ error: () => {} });
  const observed: ReplayedStep[] = [];
  const record = (event: EventObject) => {
    const s = actor.getSnapshot() as AnyMachineSnapshot;
    observed.push({ event, state: s.value, context: s.context, status: s.status });
  };
  actor.start();
  await settle();
  record(trace[0]?.event ?? { type: 'xstate.init' });
  for (const [index, step] of trace.slice(1).entries()) {
    const { event } = step;
    if (step.via === 'timer') {
      if (!clock.fire(event.type)) {
        throw new GatehouseError(
          'replay-diverged',
          `replay step ${index + 1}: no pending timer delivers ${event.type}`,
        );
      }
    } else if (step.via === 'actor') {
      const [, kind, , ...rest] = event.type.split('.');
      const childId = rest.join('.');
      const settler = settlers.get(childId);
      if (settler) {
        settlers.delete(childId);
        if (kind === 'done') settler.resolve((event as { output?: unknown }).output);
        else settler.reject((event as { error?: unknown }).error);
      } else {
        actor.send(event);
      }
    } else {
      actor.send(event);
    }
    await settle();
    record(event);
  }
  actor.stop();
  return observed;
}
