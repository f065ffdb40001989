/**
 * The one module that touches XState beyond its documented API. Everything else in this package uses
 * `transition`, `initialTransition`, `getStateNodes`, `createActor` and the state-node tree only.
 *
 * Why anything here at all: exploring a state space calls `machine.transition` hundreds of thousands of
 * times. XState's public `transition(logic, snapshot, event)` builds a whole actor per call, which cost
 * ~40 % of a run when measured; so one inert actor scope is made per run instead (the same scope shape
 * xstate's own `createInertActorScope` builds, which `transition` and xstate/graph use). Three things of
 * that scope are not public and are set here:
 * - `system._set` / `system.get`: children with a `systemId` would collide across explored states
 *   ("Actor with system ID already exists"); each explored state is its own world, so the latest wins;
 * - `system._sendInspectionEvent`: the `@xstate.microstep` inspection event (a public type) carries the
 *   transitions taken, which coverage needs; an inspector on the scope's own actor is the same event;
 * - `snapshot._nodes`: the active state nodes, shared between snapshots of one configuration, used only
 *   as a cache key (the public `getStateNodes` gives the same nodes from the value, but per call);
 * - for `replay`, `system.getSnapshot()._scheduledEvents` and `SimulatedClock`'s `timeouts`: which
 *   pending timeout delivers which delayed event, so a trace's "timer fires" step advances to exactly it.
 * `xstate-adapter.test.ts` pins each of these per supported XState version.
 */
import type {
  AnyActorRef,
  AnyMachineSnapshot,
  AnyStateMachine,
  AnyStateNode,
  AnyTransitionDefinition,
  EventObject,
} from 'xstate';
import { createActor, SimulatedClock } from 'xstate';

/** An action XState's scope hands to `actionExecutor` (the pure transition runs none of them). */
export interface ExecutedAction {
  type: string;
  params?: Record<string, unknown>;
}

/** The scope `machine.transition(snapshot, event, scope)` needs, with hooks for actions and microsteps. */
export type InertScope = ReturnType<typeof createScope>;

/**
 * An inert actor scope made once per run: actions are reported to `onActions` (never executed), each
 * microstep's taken transitions and snapshot to `onMicrostep`.
 */
export function createScope(
  machine: AnyStateMachine,
  onActions: (action: ExecutedAction) => void,
  onMicrostep: (transitions: readonly AnyTransitionDefinition[], snapshot: AnyMachineSnapshot) => void,
) {
  const self = createActor(machine) as unknown as AnyActorRef & { system: Record<string, unknown> };
  const system = self.system as Record<string, unknown>;
  const keyed = new Map<string, unknown>();
  system._set = (id: string, ref: unknown) => void keyed.set(id, ref);
  system.get = (id: string) => keyed.get(id);
  system._sendInspectionEvent = (event: {
    type: string;
    _transitions?: AnyTransitionDefinition[];
    snapshot: AnyMachineSnapshot;
  }) => {
    if (event.type === '@xstate.microstep' && event._transitions)
      onMicrostep(event._transitions, event.snapshot);
  };
  return {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system,
    emit: () => {},
    actionExecutor: onActions,
  };
}

/**
 * The active state nodes of a snapshot. The array is the same object for every snapshot of one
 * configuration, so callers may use it as a WeakMap key.
 */
export function configurationOf(snapshot: AnyMachineSnapshot): readonly AnyStateNode[] {
  return snapshot._nodes as AnyStateNode[];
}

/**
 * A SimulatedClock that remembers which scheduled event each timeout delivers, so a trace step
 * "timer xstate.after.…" can advance time exactly to that timer.
 */
export class TracingClock extends SimulatedClock {
  readonly eventOf = new Map<number, string>();
  private readonly seen = new WeakSet<object>();
  system: { getSnapshot(): { _scheduledEvents: Record<string, { event: EventObject }> } } | undefined;
  override setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = super.setTimeout(fn, timeout) as number;
    // The scheduler records the event just before it asks the clock for a timeout.
    for (const scheduled of Object.values(this.system?.getSnapshot()._scheduledEvents ?? {})) {
      if (this.seen.has(scheduled)) continue;
      this.seen.add(scheduled);
      this.eventOf.set(id, scheduled.event.type);
    }
    return id;
  }
  fire(type: string): boolean {
    const timeouts = (this as unknown as { timeouts: Map<number, { start: number; timeout: number }> })
      .timeouts;
    for (const [id, t] of timeouts) {
      if (this.eventOf.get(id) !== type) continue;
      this.set(Math.max(this.now(), t.start + t.timeout));
      return true;
    }
    return false;
  }
}
