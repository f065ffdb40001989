import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, AnyStateNode, EventObject } from 'xstate';
import { createActor } from 'xstate';
import { assertMachine } from '../assert-machine.js';
import type { ActorOutcome, CheckOptions, ViolationKind } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import { lintActorNames, lintOptions } from '../options/lint-options.js';
import { validateOptions } from '../options/validate-options.js';
import { IntList } from './int-list.js';
import { allStateNodes, declaredTransitions } from './machine-structure.js';
import { stableKey } from './stable-key.js';
import { StateKeys } from './state-key.js';

/** How an explored event reaches the machine: sent by the tester, fired by a timer, or sent by a child actor. */
export type EventVia = 'send' | 'timer' | 'actor';

/** A pending delayed event (an `after` timer or a delayed `raise`/self `sendTo`). */
interface Timer {
  id: string;
  event: EventObject;
  delay: number;
  /** Rank of the step that scheduled it: a lower rank started no later. */
  batch: number;
}

/** What a state needs beyond its snapshot: pending timers and children whose outcome was delivered. */
interface Extras {
  timers: Timer[];
  settled: string[];
}

const EMPTY: Extras = { timers: [], settled: [] };

/** A violation found during exploration, before its trace is rebuilt. */
export interface RawViolation {
  kind: ViolationKind;
  property: string;
  message: string;
  /** The state the violation is at (for steps and errors: the state the event was sent in). */
  state: number;
  /** For step violations and errors: the event that broke it. */
  event?: number;
}

/** Status codes of explored states. */
export enum StateStatus {
  Active = 0,
  Done = 1,
  Error = 2,
}

/**
 * The explored state graph: states are dense integers in breadth-first order (0 is the initial state),
 * each with its parent and the event from it, so the path to any state is the shortest one.
 */
export interface Exploration {
  machine: AnyStateMachine;
  initial: AnyMachineSnapshot;
  input: unknown;
  count: number;
  parent: IntList;
  parentEvent: IntList;
  depth: IntList;
  status: Uint8Array;
  /** Number of states whose outgoing events were all explored. */
  expanded: number;
  edgeFrom: IntList;
  edgeTo: IntList;
  edgeEvent: IntList;
  events: EventObject[];
  eventVia: EventVia[];
  complete: boolean;
  violations: RawViolation[];
  visitedNodes: Set<string>;
  takenTransitions: Set<string>;
  /** For each visited state node, the first (shallowest) state it is active in. */
  firstStateOfNode: Map<string, number>;
  /** For each taken transition, the first state and event that take it. */
  firstEdgeOfTransition: Map<string, [state: number, event: number]>;
  allNodes: string[];
  allTransitions: string[];
  warnings: string[];
  ms: number;
}

/**
 * An inert actor scope like the one `xstate`'s `transition()` builds, but made once per run: building it
 * per call creates a whole actor each time, which dominated the cost of exploration.
 */
export function createScope(
  machine: AnyStateMachine,
  onActions: (action: ExecutedAction) => void,
  onMicrostep: (transitions: unknown[], snapshot: AnyMachineSnapshot) => void,
) {
  const self = createActor(machine) as unknown as AnyActorRef & { system: Record<string, unknown> };
  const system = self.system as Record<string, unknown>;
  // Children with a `systemId` would collide across explored states ("Actor with system ID already
  // exists"): each explored state is its own world, so the latest registration simply wins.
  const keyed = new Map<string, unknown>();
  system._set = (id: string, ref: unknown) => void keyed.set(id, ref);
  system.get = (id: string) => keyed.get(id);
  system._sendInspectionEvent = (event: {
    type: string;
    _transitions?: unknown[];
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

interface ExecutedAction {
  type: string;
  params?: Record<string, unknown>;
}

function normaliseTimers(timers: Timer[]): Timer[] {
  if (timers.length === 0) return EMPTY.timers;
  const batches = [...new Set(timers.map((t) => t.batch))].sort((a, b) => a - b);
  return timers
    .map((t) => ({ ...t, batch: batches.indexOf(t.batch) }))
    .sort((a, b) => a.batch - b.batch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A timer can fire next unless another pending timer started no later and has a shorter delay. */
function enabledTimers(timers: Timer[]): Timer[] {
  return timers.filter((t) => !timers.some((o) => o !== t && o.delay < t.delay && o.batch <= t.batch));
}

/**
 * Explores every state reachable from the machine's initial state under the declared event and actor
 * domains, breadth first, checking invariants and step properties on the way. Pure: runs no actions,
 * starts no actors, reads no clock.
 */
export function explore(
  machine: AnyStateMachine,
  options: CheckOptions<AnyStateMachine> = {},
  where = 'check',
): Exploration {
  assertMachine(machine, where);
  validateOptions(options);
  const started = performance.now();
  const maxStates = options.maxStates ?? 250_000;
  const declared = declaredTransitions(machine);
  const labelOf = new Map<unknown, string>(declared.map((t) => [t.definition, t.label]));
  const nodes = allStateNodes(machine);
  const invokeSrc = new Map<string, string>();
  for (const node of nodes) {
    for (const def of node.invoke as Array<{ id: string; src: unknown }>) {
      if (typeof def.src === 'string' && !def.src.startsWith('xstate.invoke.'))
        invokeSrc.set(def.id, def.src);
    }
  }

  const visitedNodes = new Set<string>();
  const visitedNodeSets = new WeakSet<object>();
  // `_nodes` arrays are shared between snapshots of the same configuration: walk each array once.
  const markVisited = (snapshot: AnyMachineSnapshot) => {
    const configuration = snapshot._nodes as AnyStateNode[];
    if (visitedNodeSets.has(configuration)) return;
    visitedNodeSets.add(configuration);
    for (const node of configuration) {
      if (!visitedNodes.has(node.id)) {
        visitedNodes.add(node.id);
        freshNodes.push(node.id);
      }
    }
  };
  // Nodes and transitions first seen during the current step, and where they were first reached:
  // the shortest way to cover each of them, used by `paths`.
  const freshNodes: string[] = [];
  const freshTransitions: string[] = [];
  const firstStateOfNode = new Map<string, number>();
  const firstEdgeOfTransition = new Map<string, [state: number, event: number]>();
  const actions: ExecutedAction[] = [];
  const takenTransitions = new Set<string>();
  const scope = createScope(
    machine,
    (action) => {
      actions.push(action);
    },
    (transitions, snapshot) => {
      for (const t of transitions) {
        const label = labelOf.get(t);
        if (label !== undefined && !takenTransitions.has(label)) {
          takenTransitions.add(label);
          freshTransitions.push(label);
        }
      }
      // Transient states (left by `always` in the same macrostep) are visited too, though never at rest.
      markVisited(snapshot);
    },
  );

  const events: EventObject[] = [];
  const eventVia: EventVia[] = [];
  const eventIndex = new Map<string, number>();
  const internEvent = (event: EventObject, via: EventVia): number => {
    const k = via + stableKey(event);
    let i = eventIndex.get(k);
    if (i === undefined) {
      i = events.length;
      events.push(event);
      eventVia.push(via);
      eventIndex.set(k, i);
    }
    return i;
  };
  // Fixed payload lists are turned into interned events once, not per state.
  const domains = Object.entries(options.events ?? {}).map(([type, domain]) =>
    typeof domain === 'function'
      ? { type, dynamic: domain as (s: AnyMachineSnapshot) => ReadonlyArray<Record<string, unknown>> }
      : { type, fixed: domain.map((p) => internEvent({ ...p, type }, 'send')) },
  );
  const outcomesOf = (childId: string): ReadonlyArray<ActorOutcome> | undefined => {
    const src = invokeSrc.get(childId);
    return options.actors?.[childId] ?? (src === undefined ? undefined : options.actors?.[src]);
  };
  const warnings: string[] = lintOptions(machine, options);
  const warned = new Set<string>(warnings);
  const seenChildren = new Set<string>();
  const warn = (message: string) => {
    if (!warned.has(message)) {
      warned.add(message);
      warnings.push(message);
    }
  };

  const userKey = options.key;
  const stateKeys = new StateKeys();
  const keyOf = (snapshot: AnyMachineSnapshot, extras: Extras): string => {
    const base = userKey ? stableKey(userKey(snapshot)) : stateKeys.of(snapshot);
    if (extras === EMPTY) return base;
    let tail = '';
    for (const t of extras.timers) tail += `|t${t.batch}:${t.id}`;
    for (const s of extras.settled) tail += `|s:${s}`;
    return base + tail;
  };

  const keys = new Map<string, number>();
  const snapshots: Array<AnyMachineSnapshot | undefined> = [];
  const extrasOf: Extras[] = [];
  const parent = new IntList();
  const parentEvent = new IntList();
  const depth = new IntList();
  let status = new Uint8Array(1024);
  const edgeFrom = new IntList(4096);
  const edgeTo = new IntList(4096);
  const edgeEvent = new IntList(4096);
  const violations: RawViolation[] = [];
  const violated = new Set<string>();
  let complete = true;

  const report = (v: RawViolation) => {
    const id = `${v.kind}:${v.property}`;
    if (violated.has(id)) return;
    violated.add(id);
    violations.push(v);
  };

  const applyActions = (
    extras: Extras,
    fired: Timer | undefined,
    deliveredChild: string | undefined,
    prev: AnyMachineSnapshot,
    next: AnyMachineSnapshot,
  ): Extras => {
    // Fast path, by far the most common step: no timer, no child, no scheduling action.
    if (extras === EMPTY && fired === undefined && deliveredChild === undefined) {
      let relevant = false;
      for (const action of actions) {
        if (
          action.type === 'xstate.raise' ||
          action.type === 'xstate.sendTo' ||
          action.type === 'xstate.cancel'
        )
          relevant = true;
      }
      if (!relevant) return EMPTY;
    }
    let timers = fired ? extras.timers.filter((t) => t !== fired) : extras.timers;
    let scheduled = false;
    const nextBatch = timers.reduce((m, t) => Math.max(m, t.batch), -1) + 1;
    for (const action of actions) {
      const p = action.params;
      if (!p) continue;
      if (action.type === 'xstate.cancel') {
        timers = timers.filter((t) => t.id !== p.sendId);
      } else if (
        (action.type === 'xstate.raise' || (action.type === 'xstate.sendTo' && p.to === scope.self)) &&
        typeof p.delay === 'number'
      ) {
        const event = p.event as EventObject;
        const id = typeof p.id === 'string' ? p.id : `delayed:${event.type}`;
        timers = timers.filter((t) => t.id !== id);
        timers.push({ id, event, delay: p.delay, batch: nextBatch });
        scheduled = true;
      } else if (action.type === 'xstate.sendTo' && p.to === scope.self) {
        warn(`sendTo(self) without a delay is not modelled (event ${(p.event as EventObject)?.type}).`);
      }
    }
    // A child keeps its settled mark only while the very same child actor is still there.
    let settled = extras.settled.filter(
      (id) => next.children[id] !== undefined && next.children[id] === prev.children[id],
    );
    if (
      deliveredChild !== undefined &&
      deliveredChild in next.children &&
      next.children[deliveredChild] === prev.children[deliveredChild]
    ) {
      settled = [...settled, deliveredChild].sort();
    }
    if (timers.length === 0 && settled.length === 0) return EMPTY;
    return {
      timers: scheduled || fired || timers !== extras.timers ? normaliseTimers(timers) : timers,
      settled,
    };
  };

  const statusCode = (snapshot: AnyMachineSnapshot) =>
    snapshot.status === 'done'
      ? StateStatus.Done
      : snapshot.status === 'error'
        ? StateStatus.Error
        : StateStatus.Active;

  const invariants = Object.entries(options.invariants ?? {});
  const steps = Object.entries(options.steps ?? {});

  const discover = (snapshot: AnyMachineSnapshot, extras: Extras, from: number, via: number): number => {
    const key = keyOf(snapshot, extras);
    const known = keys.get(key);
    if (known !== undefined) return known;
    if (snapshots.length >= maxStates) {
      complete = false;
      return -1;
    }
    const id = snapshots.length;
    keys.set(key, id);
    snapshots.push(snapshot);
    extrasOf.push(extras);
    parent.push(from);
    parentEvent.push(via);
    depth.push(from < 0 ? 0 : depth.get(from) + 1);
    if (id >= status.length) {
      const grown = new Uint8Array(status.length * 2);
      grown.set(status);
      status = grown;
    }
    const code = statusCode(snapshot);
    status[id] = code;
    markVisited(snapshot);
    if (code === StateStatus.Error) {
      report({
        kind: 'error',
        property: 'error',
        message: `the machine reached status "error": ${describe(snapshot.error)}`,
        state: id,
      });
    }
    for (const [name, holds] of invariants) {
      let ok: boolean;
      let message = `invariant "${name}" does not hold`;
      try {
        ok = holds(snapshot) === true;
      } catch (error) {
        ok = false;
        message = `invariant "${name}" threw: ${describe(error)}`;
      }
      if (!ok) report({ kind: 'invariant', property: name, message, state: id });
    }
    return id;
  };

  actions.length = 0;
  let initial: AnyMachineSnapshot;
  try {
    initial = machine.getInitialSnapshot(scope as never, options.input);
  } catch (error) {
    throw new GatehouseError(
      'initial-state-failed',
      `check: the machine's initial state could not be computed: ${describe(error)}`,
      { cause: error },
    );
  }
  const initialExtras = applyActions(EMPTY, undefined, undefined, initial, initial);
  discover(initial, initialExtras, -1, -1);
  for (const id of freshNodes) firstStateOfNode.set(id, 0);
  for (const label of freshTransitions) firstEdgeOfTransition.set(label, [-1, -1]);

  // The state being expanded; `tryEvent` is one function for the whole run, not a closure per state.
  let current: AnyMachineSnapshot = initial;
  let currentExtras: Extras = EMPTY;
  let currentIndex = 0;
  let changed = 0;
  const tryEvent = (eventId: number, fired: Timer | undefined, child: string | undefined): void => {
    if (!complete) return;
    const snapshot = current;
    const event = events[eventId] as EventObject;
    actions.length = 0;
    freshNodes.length = 0;
    freshTransitions.length = 0;
    let next: AnyMachineSnapshot;
    try {
      next = machine.transition(snapshot, event, scope as never);
    } catch (error) {
      changed++;
      report({
        kind: 'error',
        property: 'exception',
        message: `sending ${event.type} threw: ${describe(error)}`,
        state: currentIndex,
        event: eventId,
      });
      return;
    }
    for (const label of freshTransitions) firstEdgeOfTransition.set(label, [currentIndex, eventId]);
    if (next === snapshot && fired === undefined && child === undefined) return;
    const nextExtras = applyActions(currentExtras, fired, child, snapshot, next);
    const to = discover(next, nextExtras, currentIndex, eventId);
    if (to >= 0) {
      for (const id of freshNodes) firstStateOfNode.set(id, to);
    }
    if (to < 0 || to === currentIndex) return;
    changed++;
    edgeFrom.push(currentIndex);
    edgeTo.push(to);
    edgeEvent.push(eventId);
    for (const [name, holds] of steps) {
      let ok: boolean;
      let message = `step property "${name}" does not hold`;
      try {
        ok = holds({ prev: snapshot, event, next }) === true;
      } catch (error) {
        ok = false;
        message = `step property "${name}" threw: ${describe(error)}`;
      }
      if (!ok) report({ kind: 'step', property: name, message, state: currentIndex, event: eventId });
    }
  };

  // Event types some active state node has a transition for, per configuration. A type outside this set
  // cannot change anything, so XState is not asked. Wildcard descriptors turn the shortcut off.
  const handledByConfiguration = new WeakMap<object, Set<string> | null>();
  const handledEvents = (snapshot: AnyMachineSnapshot): Set<string> | undefined => {
    const configuration = snapshot._nodes as AnyStateNode[];
    let handled = handledByConfiguration.get(configuration);
    if (handled === undefined) {
      handled = new Set<string>();
      for (const node of configuration) {
        for (const descriptor of (node.transitions as Map<string, unknown>).keys()) {
          if (descriptor.includes('*')) handled = null;
          if (handled) handled.add(descriptor);
        }
      }
      if (handled) for (const { type } of domains) if (type.startsWith('xstate.')) handled.add(type);
      handledByConfiguration.set(configuration, handled);
    }
    return handled ?? undefined;
  };

  let expanded = 0;
  for (let i = 0; i < snapshots.length && complete; i++) {
    const snapshot = snapshots[i] as AnyMachineSnapshot;
    const extras = extrasOf[i] as Extras;
    // Drop the snapshot once expanded: traces are rebuilt by re-running events, which keeps memory flat.
    snapshots[i] = undefined;
    if (status[i] !== StateStatus.Active) {
      expanded++;
      continue;
    }
    current = snapshot;
    currentExtras = extras;
    currentIndex = i;
    changed = 0;
    const handled = handledEvents(snapshot);
    for (const domain of domains) {
      if (domain.fixed) {
        if (handled !== undefined && !handled.has(domain.type)) continue;
        for (const eventId of domain.fixed) tryEvent(eventId, undefined, undefined);
      } else if (domain.dynamic) {
        if (handled !== undefined && !handled.has(domain.type)) continue;
        let payloads: ReadonlyArray<Record<string, unknown>>;
        try {
          payloads = domain.dynamic(snapshot);
        } catch (error) {
          throw new GatehouseError(
            'invalid-options',
            `check options: events.${domain.type} threw: ${describe(error)}`,
            { cause: error },
          );
        }
        if (!Array.isArray(payloads))
          throw new GatehouseError(
            'invalid-options',
            `check options: events.${domain.type} must return an array of payload objects`,
          );
        for (const payload of payloads)
          tryEvent(internEvent({ ...payload, type: domain.type }, 'send'), undefined, undefined);
      }
    }
    for (const timer of enabledTimers(extras.timers))
      tryEvent(internEvent(timer.event, 'timer'), timer, undefined);
    for (const [childId, ref] of Object.entries(
      snapshot.children as Record<string, AnyActorRef | undefined>,
    )) {
      seenChildren.add(childId);
      if (typeof ref?.src === 'string') seenChildren.add(ref.src);
      if (extras.settled.includes(childId)) continue;
      const outcomes = outcomesOf(childId);
      if (outcomes === undefined) {
        const src = invokeSrc.get(childId) ?? (typeof ref?.src === 'string' ? ref.src : childId);
        warn(
          `actor "${childId}"${src !== childId ? ` (src "${src}")` : ''} has no declared outcomes: it never finishes in this check. Declare actors.${src}.`,
        );
        continue;
      }
      for (const outcome of outcomes) {
        const event =
          'output' in outcome
            ? { type: `xstate.done.actor.${childId}`, output: outcome.output }
            : { type: `xstate.error.actor.${childId}`, error: outcome.error };
        tryEvent(internEvent(event, 'actor'), undefined, childId);
      }
    }
    if (!complete) break;
    expanded++;
    if (changed === 0 && options.deadlock !== false) {
      report({
        kind: 'deadlock',
        property: 'deadlock',
        message: `no declared event changes the state ${stableKey(snapshot.value)}`,
        state: i,
      });
    }
  }

  for (const warning of lintActorNames(machine, options, seenChildren)) warn(warning);
  return {
    machine,
    initial,
    input: options.input,
    count: snapshots.length,
    parent,
    parentEvent,
    depth,
    status: status.subarray(0, snapshots.length),
    expanded,
    edgeFrom,
    edgeTo,
    edgeEvent,
    events,
    eventVia,
    complete,
    violations,
    visitedNodes,
    takenTransitions,
    firstStateOfNode,
    firstEdgeOfTransition,
    allNodes: nodes.map((n) => n.id),
    allTransitions: declared.map((t) => t.label),
    warnings,
    ms: performance.now() - started,
  };
}

/** A short text for an unknown thrown value or error payload. */
export function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}
