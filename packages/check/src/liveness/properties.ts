import type { AnyMachineSnapshot } from 'xstate';

/** A state predicate: true where the property's condition holds. */
export type StatePredicate<TSnapshot = AnyMachineSnapshot> = (snapshot: TSnapshot) => boolean;

/**
 * A liveness property over the whole explored graph (build one with `eventually`, `leadsTo`,
 * `alwaysCanReach` or `until`). Runs are maximal: a run only stops in a state where nothing can happen
 * (a final state, or no declared event changes anything); `fairness` rules out runs that ignore a chosen
 * event, timer or actor forever.
 */
export type LivenessProperty<TSnapshot = AnyMachineSnapshot> =
  | { kind: 'eventually'; p: StatePredicate<TSnapshot> }
  | { kind: 'leadsTo'; p: StatePredicate<TSnapshot>; q: StatePredicate<TSnapshot> }
  | { kind: 'alwaysCanReach'; p: StatePredicate<TSnapshot> }
  | { kind: 'until'; p: StatePredicate<TSnapshot>; q: StatePredicate<TSnapshot> };

/** Every run from the initial state reaches a state where `p` holds. */
export function eventually<TSnapshot = AnyMachineSnapshot>(
  p: StatePredicate<TSnapshot>,
): LivenessProperty<TSnapshot> {
  return { kind: 'eventually', p };
}

/** Whenever `p` holds, every run from there reaches a state where `q` holds (`p ~> q`). */
export function leadsTo<TSnapshot = AnyMachineSnapshot>(
  p: StatePredicate<TSnapshot>,
  q: StatePredicate<TSnapshot>,
): LivenessProperty<TSnapshot> {
  return { kind: 'leadsTo', p, q };
}

/**
 * From every reachable state some path leads to a state where `p` holds (for machines without final
 * states: "can always get back to the start"). Needs no fairness: it is about what is possible.
 */
export function alwaysCanReach<TSnapshot = AnyMachineSnapshot>(
  p: StatePredicate<TSnapshot>,
): LivenessProperty<TSnapshot> {
  return { kind: 'alwaysCanReach', p };
}

/** From the initial state, `p` holds on every state until a state where `q` holds, which every run reaches. */
export function until<TSnapshot = AnyMachineSnapshot>(
  p: StatePredicate<TSnapshot>,
  q: StatePredicate<TSnapshot>,
): LivenessProperty<TSnapshot> {
  return { kind: 'until', p, q };
}

/**
 * Weak fairness: a class of moves that stays possible forever is eventually taken. `events` lists event
 * types, a nested list being one class (`[['APPROVE', 'REJECT']]`: some decision is eventually made);
 * `timers: true` makes every pending timer eventually fire (or list timer event types); `actors: true`
 * makes every invoked actor eventually settle with one of its outcomes (or list actor ids / `src` names).
 */
export interface Fairness {
  events?: ReadonlyArray<string | readonly string[]>;
  timers?: boolean | readonly string[];
  actors?: boolean | readonly string[];
}
