import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { pathTo, traceOf } from '../check/trace.js';
import type { CheckOptions, TraceStep } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import type { EventVia, Exploration } from '../explore/explore.js';
import { explore } from '../explore/explore.js';

/** One reachable state of the explored graph. */
export interface GraphState {
  /** Dense number in breadth-first order; 0 is the initial state. */
  id: number;
  value: unknown;
  context: unknown;
  status: string;
  /** Length of a shortest event sequence from the initial state. */
  depth: number;
  /** The snapshot itself (the first one found with this state key). */
  snapshot: AnyMachineSnapshot;
}

/** One edge of the explored graph: an event that leads from one state to a different one. */
export interface GraphEdge {
  id: number;
  from: number;
  to: number;
  /** The event, with its payload (`output`/`error` for actor outcomes). */
  event: EventObject;
  via: EventVia;
  /** Labels of the declared transitions this step took (as in `coverage.transitions`). */
  transitions: string[];
}

/** The explored state graph of a machine under the declared events (see {@link graph}). */
export interface ExploredGraph {
  states: GraphState[];
  edges: GraphEdge[];
  /** Every distinct event tried, with its payload. */
  events: EventObject[];
  complete: boolean;
  warnings: string[];
  /** A shortest trace from the initial state to a state, replayable with `replay`. */
  traceTo(state: number): TraceStep[];
}

// The last whole exploration per machine and options object: `graph` and each `paths` cover of the same
// model (a test file asks for several) explore once. Weak, so nothing is kept once the model is dropped.
const explored = new WeakMap<object, WeakMap<object, Exploration>>();

/**
 * Explores with the whole graph kept; throws when the bound was hit, since a partial graph misleads.
 * The same machine with the same options object reuses the exploration.
 */
export function exploreWhole(
  machine: AnyStateMachine,
  options: CheckOptions<AnyStateMachine>,
  where: string,
): Exploration {
  const cached =
    typeof machine === 'object' && machine !== null ? explored.get(machine)?.get(options) : undefined;
  const exploration = cached ?? explore(machine, options, { where, keepGraph: true });
  if (!cached) {
    const perOptions = explored.get(machine) ?? new WeakMap<object, Exploration>();
    perOptions.set(options, exploration);
    explored.set(machine, perOptions);
  }
  if (!exploration.complete) {
    throw new GatehouseError(
      'incomplete',
      `${where}: exploration stopped at maxStates (${exploration.count} states); raise maxStates`,
    );
  }
  return exploration;
}

/**
 * Explores `machine` like `check` and returns the whole state graph: every reachable state (value,
 * context, snapshot), every edge with its event and payload and the declared transitions it took. For
 * your own covers, diagrams or test generators. Throws `GatehouseError` (`incomplete`) when `maxStates`
 * was hit.
 */
export function graph<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
): ExploredGraph {
  const exploration = exploreWhole(machine, options as CheckOptions<AnyStateMachine>, 'graph');
  return viewOf(exploration);
}

/** The public view of a kept exploration. */
export function viewOf(exploration: Exploration): ExploredGraph {
  const snapshots = exploration.snapshots as AnyMachineSnapshot[];
  const states = snapshots.map((snapshot, id) => ({
    id,
    value: snapshot.value,
    context: snapshot.context,
    status: snapshot.status,
    depth: exploration.depth.get(id),
    snapshot,
  }));
  const edges: GraphEdge[] = [];
  const tries = exploration.tries;
  if (tries) {
    for (let t = 0; t < tries.from.length; t++) {
      const from = tries.from.get(t);
      const to = tries.to.get(t);
      if (to === from) continue;
      const eventId = tries.event.get(t);
      const taken: string[] = [];
      for (let k = tries.takenStart.get(t); k < tries.takenStart.get(t + 1); k++)
        taken.push(exploration.declared[tries.taken.get(k)]?.label as string);
      edges.push({
        id: edges.length,
        from,
        to,
        event: exploration.events[eventId] as EventObject,
        via: exploration.eventVia[eventId] as EventVia,
        transitions: taken,
      });
    }
  }
  return {
    states,
    edges,
    events: exploration.events,
    complete: exploration.complete,
    warnings: exploration.warnings,
    traceTo: (state: number) => traceOf(exploration, pathTo(exploration, state)),
  };
}
