import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { initialTransition, transition } from 'xstate';
import type { Exploration } from '../explore/explore.js';
import type { TraceStep } from './types.js';

/** The event ids on the shortest path from the initial state to `state`, in order. */
export function pathTo(exploration: Exploration, state: number): number[] {
  const out: number[] = [];
  for (let s = state; s > 0; s = exploration.parent.get(s)) out.push(exploration.parentEvent.get(s));
  return out.reverse();
}

function stepOf(event: EventObject, snapshot: AnyMachineSnapshot, via: string | undefined): TraceStep {
  const step: TraceStep = { event, state: snapshot.value, context: snapshot.context };
  if (snapshot.status !== 'active') step.status = snapshot.status;
  if (via === 'timer' || via === 'actor') step.via = via;
  return step;
}

/**
 * Rebuilds a readable trace for a list of event ids by re-running them through XState's pure transition
 * functions from the initial state; the first step is `xstate.init`. When the last event throws, the last
 * step keeps the state it was sent in and gets `status: 'error'`.
 */
export function traceOf(exploration: Exploration, eventIds: number[]): TraceStep[] {
  const { machine } = exploration;
  let [snapshot] = initialTransition(machine, exploration.input as never);
  const trace: TraceStep[] = [
    stepOf({ type: 'xstate.init', input: exploration.input } as EventObject, snapshot, undefined),
  ];
  for (const id of eventIds) {
    const event = exploration.events[id] as EventObject;
    const via = exploration.eventVia[id];
    try {
      [snapshot] = transition(machine, snapshot, event as never);
      trace.push(stepOf(event, snapshot, via));
    } catch {
      trace.push({ ...stepOf(event, snapshot, via), status: 'error' });
      break;
    }
  }
  return trace;
}

/**
 * The trace of a walk through a kept exploration, from the states' own snapshots instead of re-running
 * XState: exact when states are keyed by value + context + status (the default key); with a custom
 * `key` the events are re-run (`traceOf`), since a state then stands for snapshots that differ.
 */
export function traceOfStates(exploration: Exploration, eventIds: number[], states: number[]): TraceStep[] {
  const snapshots = exploration.snapshots;
  if (!snapshots || exploration.customKey) return traceOf(exploration, eventIds);
  const trace: TraceStep[] = [
    stepOf(
      { type: 'xstate.init', input: exploration.input } as EventObject,
      snapshots[0] as AnyMachineSnapshot,
      undefined,
    ),
  ];
  eventIds.forEach((id, i) => {
    const snapshot = snapshots[states[i] as number] as AnyMachineSnapshot;
    trace.push(stepOf(exploration.events[id] as EventObject, snapshot, exploration.eventVia[id]));
  });
  return trace;
}
