import type { AnyMachineSnapshot, AnyStateMachine, AnyTransitionDefinition, EventObject } from 'xstate';
import { assertMachine } from '../assert-machine.js';
import type { CheckOptions, ViolationKind } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import { lintActorNames, lintOptions } from '../options/lint-options.js';
import { validateOptions } from '../options/validate-options.js';
import { describe } from './describe.js';
import { EventSources } from './event-sources.js';
import { EventTable, type EventVia } from './event-table.js';
import { IntList } from './int-list.js';
import { allStateNodes, declaredTransitions, type LabelledTransition } from './machine-structure.js';
import { stableKey } from './stable-key.js';
import { StateGraph, StateStatus } from './state-graph.js';
import { StateKeys } from './state-key.js';
import { EMPTY, type Extras, extrasKey, nextExtras, type Timer } from './timers.js';
import { configurationOf, createScope, type ExecutedAction, type InertScope } from './xstate-adapter.js';

export { describe } from './describe.js';
export type { EventVia } from './event-table.js';
export { StateStatus } from './state-graph.js';

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

/**
 * Every event tried in every state, kept only when the whole graph is asked for (`graph`, `paths`): the
 * state it led to (equal to `from` when nothing observable changed) and the declared transitions it took.
 */
export interface Tries {
  from: IntList;
  to: IntList;
  event: IntList;
  /** Offsets into `taken`: try `i` took `taken[takenStart[i] .. takenStart[i + 1])`. */
  takenStart: IntList;
  /** Indexes into `Exploration.declared`. */
  taken: IntList;
}

/** The explored state graph and what was found on the way (see {@link explore}). */
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
  /** The machine's declared transitions, in the order of `allTransitions`. */
  declared: LabelledTransition[];
  /** Per predicate given to `explore`, 1 where it holds in a state. */
  labels: Uint8Array[];
  /** True when states were keyed by the user's `key` (a state then stands for several snapshots). */
  customKey: boolean;
  /** Every state's snapshot, when the whole graph was kept. */
  snapshots?: AnyMachineSnapshot[];
  /** Every try, when the whole graph was kept. */
  tries?: Tries;
  warnings: string[];
  ms: number;
}

/** How `explore` is run beyond the user's options. */
export interface ExploreSettings {
  /** The API function the user called, for error messages. */
  where?: string;
  /** Keep every snapshot and every try (for `graph` and `paths`); costs memory on big machines. */
  keepGraph?: boolean;
  /** State predicates evaluated once per state (liveness properties read them). */
  predicates?: ReadonlyArray<(snapshot: AnyMachineSnapshot) => boolean>;
}

/**
 * One exploration run, as named steps: `start` (initial state), `expand` (every move of one state),
 * `tryMove` (one `machine.transition`), `discover` (key, store, check invariants), `finish` (the result).
 * Breadth first, so each state is first reached by a shortest path. Pure: runs no actions, starts no
 * actors, reads no clock.
 */
class Explorer {
  private readonly started = performance.now();
  private readonly maxStates: number;
  private readonly declared: LabelledTransition[];
  private readonly labelOf: Map<unknown, number>;
  private readonly nodes: string[];
  private readonly graph = new StateGraph();
  private readonly table = new EventTable();
  private readonly sources: EventSources;
  private readonly scope: InertScope;
  private readonly stateKeys = new StateKeys();
  private readonly invariants: Array<[string, (s: AnyMachineSnapshot) => boolean]>;
  private readonly steps: Array<
    [string, (a: { prev: AnyMachineSnapshot; event: EventObject; next: AnyMachineSnapshot }) => boolean]
  >;
  private readonly predicates: ReadonlyArray<(snapshot: AnyMachineSnapshot) => boolean>;
  private readonly labels: Uint8Array[] = [];
  private readonly warnings: string[];
  private readonly warned: Set<string>;
  private readonly violations: RawViolation[] = [];
  private readonly violated = new Set<string>();
  readonly visitedNodes = new Set<string>();
  private readonly visitedConfigurations = new WeakSet<object>();
  private readonly takenTransitions = new Set<string>();
  private readonly firstStateOfNode = new Map<string, number>();
  private readonly firstEdgeOfTransition = new Map<string, [state: number, event: number]>();
  // Per step: actions XState reported, nodes and transitions first seen, every transition taken.
  private readonly actions: ExecutedAction[] = [];
  private readonly freshNodes: string[] = [];
  private readonly freshTransitions: string[] = [];
  private readonly stepTaken: number[] = [];
  private readonly tries: Tries | undefined;
  private readonly keptSnapshots: AnyMachineSnapshot[] | undefined;
  private complete = true;
  private expanded = 0;
  // The state being expanded, and how many of its moves changed something.
  private current!: AnyMachineSnapshot;
  private currentExtras: Extras = EMPTY;
  private currentIndex = 0;
  private changed = 0;
  private readonly visitMove = (event: number, timer: Timer | undefined, child: string | undefined) =>
    this.tryMove(event, timer, child);

  constructor(
    private readonly machine: AnyStateMachine,
    private readonly options: CheckOptions<AnyStateMachine>,
    settings: ExploreSettings,
  ) {
    this.maxStates = options.maxStates ?? 250_000;
    this.declared = declaredTransitions(machine);
    this.labelOf = new Map(this.declared.map((t, i) => [t.definition, i]));
    this.nodes = allStateNodes(machine).map((n) => n.id);
    this.warnings = lintOptions(machine, options);
    this.warned = new Set(this.warnings);
    this.sources = new EventSources(machine, options, this.table, (m) => this.warn(m));
    this.scope = createScope(
      machine,
      (action) => void this.actions.push(action),
      (transitions, snapshot) => this.onMicrostep(transitions, snapshot),
    );
    this.invariants = Object.entries(options.invariants ?? {}) as typeof this.invariants;
    this.steps = Object.entries(options.steps ?? {}) as typeof this.steps;
    this.predicates = settings.predicates ?? [];
    for (let p = 0; p < this.predicates.length; p++) this.labels.push(new Uint8Array(1024));
    if (settings.keepGraph) {
      this.keptSnapshots = [];
      this.tries = {
        from: new IntList(),
        to: new IntList(),
        event: new IntList(),
        takenStart: new IntList(),
        taken: new IntList(),
      };
    }
  }

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  /** XState reports each microstep: record the transitions taken and the (possibly transient) nodes. */
  private onMicrostep(transitions: readonly AnyTransitionDefinition[], snapshot: AnyMachineSnapshot): void {
    for (const t of transitions) {
      const index = this.labelOf.get(t);
      if (index === undefined) continue;
      if (this.tries) this.stepTaken.push(index);
      const label = (this.declared[index] as LabelledTransition).label;
      if (!this.takenTransitions.has(label)) {
        this.takenTransitions.add(label);
        this.freshTransitions.push(label);
      }
    }
    // Transient states (left by `always` in the same macrostep) are visited too, though never at rest.
    this.markVisited(snapshot);
  }

  /** Marks the active state nodes visited; a configuration array shared between snapshots is walked once. */
  private markVisited(snapshot: AnyMachineSnapshot): void {
    const configuration = configurationOf(snapshot);
    if (this.visitedConfigurations.has(configuration)) return;
    this.visitedConfigurations.add(configuration);
    for (const node of configuration) {
      if (!this.visitedNodes.has(node.id)) {
        this.visitedNodes.add(node.id);
        this.freshNodes.push(node.id);
      }
    }
  }

  private report(v: RawViolation): void {
    const id = `${v.kind}:${v.property}`;
    if (this.violated.has(id)) return;
    this.violated.add(id);
    this.violations.push(v);
  }

  private keyOf(snapshot: AnyMachineSnapshot, extras: Extras): string {
    const userKey = this.options.key;
    const base = userKey ? stableKey(userKey(snapshot as never)) : this.stateKeys.of(snapshot);
    return extras === EMPTY ? base : base + extrasKey(extras);
  }

  /** The state number of `snapshot`, adding and checking it when new; -1 when `maxStates` is reached. */
  private discover(snapshot: AnyMachineSnapshot, extras: Extras, from: number, via: number): number {
    const key = this.keyOf(snapshot, extras);
    const known = this.graph.keys.get(key);
    if (known !== undefined) return known;
    if (this.graph.count >= this.maxStates) {
      this.complete = false;
      return -1;
    }
    const id = this.graph.add(key, snapshot, extras, from, via);
    this.keptSnapshots?.push(snapshot);
    this.markVisited(snapshot);
    if (snapshot.status === 'error') {
      this.report({
        kind: 'error',
        property: 'error',
        message: `the machine reached status "error": ${describe(snapshot.error)}`,
        state: id,
      });
    }
    this.checkInvariants(snapshot, id);
    this.evaluatePredicates(snapshot, id);
    return id;
  }

  private checkInvariants(snapshot: AnyMachineSnapshot, id: number): void {
    for (const [name, holds] of this.invariants) {
      let ok: boolean;
      let message = `invariant "${name}" does not hold`;
      try {
        ok = holds(snapshot) === true;
      } catch (error) {
        ok = false;
        message = `invariant "${name}" threw: ${describe(error)}`;
      }
      if (!ok) this.report({ kind: 'invariant', property: name, message, state: id });
    }
  }

  private evaluatePredicates(snapshot: AnyMachineSnapshot, id: number): void {
    for (let p = 0; p < this.predicates.length; p++) {
      let bits = this.labels[p] as Uint8Array;
      if (id >= bits.length) {
        const grown = new Uint8Array(bits.length * 2);
        grown.set(bits);
        bits = grown;
        this.labels[p] = grown;
      }
      try {
        bits[id] = (this.predicates[p] as (s: AnyMachineSnapshot) => boolean)(snapshot) === true ? 1 : 0;
      } catch (error) {
        throw new GatehouseError(
          'invalid-options',
          `check options: a liveness predicate threw: ${describe(error)}`,
          {
            cause: error,
          },
        );
      }
    }
  }

  private checkSteps(
    prev: AnyMachineSnapshot,
    event: EventObject,
    next: AnyMachineSnapshot,
    eventId: number,
  ): void {
    for (const [name, holds] of this.steps) {
      let ok: boolean;
      let message = `step property "${name}" does not hold`;
      try {
        ok = holds({ prev, event, next }) === true;
      } catch (error) {
        ok = false;
        message = `step property "${name}" threw: ${describe(error)}`;
      }
      if (!ok)
        this.report({ kind: 'step', property: name, message, state: this.currentIndex, event: eventId });
    }
  }

  /** Step 1: the initial state (its entry actions may schedule timers). */
  start(): AnyMachineSnapshot {
    let initial: AnyMachineSnapshot;
    try {
      initial = this.machine.getInitialSnapshot(this.scope as never, this.options.input);
    } catch (error) {
      throw new GatehouseError(
        'initial-state-failed',
        `check: the machine's initial state could not be computed: ${describe(error)}`,
        { cause: error },
      );
    }
    const extras = nextExtras(
      EMPTY,
      this.actions,
      this.scope.self,
      undefined,
      undefined,
      initial,
      initial,
      (m) => this.warn(m),
    );
    this.discover(initial, extras, -1, -1);
    for (const id of this.freshNodes) this.firstStateOfNode.set(id, 0);
    for (const label of this.freshTransitions) this.firstEdgeOfTransition.set(label, [-1, -1]);
    return initial;
  }

  /** Step 2: expands states in breadth-first order until all are expanded or the bound is hit. */
  expandAll(): void {
    const { graph } = this;
    for (let i = 0; i < graph.count && this.complete; i++) {
      const snapshot = graph.snapshots[i] as AnyMachineSnapshot;
      // Drop the snapshot once expanded: traces are rebuilt by re-running events, which keeps memory flat.
      graph.snapshots[i] = undefined;
      if (graph.status.get(i) !== StateStatus.Active) {
        this.expanded++;
        continue;
      }
      this.expand(i, snapshot);
    }
  }

  /** Tries every move of one state; a state where nothing changes anything is a deadlock. */
  private expand(i: number, snapshot: AnyMachineSnapshot): void {
    this.current = snapshot;
    this.currentExtras = this.graph.extras[i] as Extras;
    this.currentIndex = i;
    this.changed = 0;
    this.sources.forEach(snapshot, this.currentExtras, this.visitMove);
    if (!this.complete) return;
    this.expanded++;
    if (this.changed === 0 && this.options.deadlock !== false) {
      this.report({
        kind: 'deadlock',
        property: 'deadlock',
        message: `no declared event changes the state ${stableKey(snapshot.value)}`,
        state: i,
      });
    }
  }

  /** One `machine.transition` call: record the edge, check step properties. */
  private tryMove(eventId: number, timer: Timer | undefined, child: string | undefined): void {
    if (!this.complete) return;
    const snapshot = this.current;
    const event = this.table.events[eventId] as EventObject;
    this.actions.length = 0;
    this.freshNodes.length = 0;
    this.freshTransitions.length = 0;
    this.stepTaken.length = 0;
    let next: AnyMachineSnapshot;
    try {
      next = this.machine.transition(snapshot, event, this.scope as never);
    } catch (error) {
      this.changed++;
      this.report({
        kind: 'error',
        property: 'exception',
        message: `sending ${event.type} threw: ${describe(error)}`,
        state: this.currentIndex,
        event: eventId,
      });
      return;
    }
    for (const label of this.freshTransitions)
      this.firstEdgeOfTransition.set(label, [this.currentIndex, eventId]);
    if (next === snapshot && timer === undefined && child === undefined) {
      this.recordTry(this.currentIndex, eventId);
      return;
    }
    const extras = nextExtras(
      this.currentExtras,
      this.actions,
      this.scope.self,
      timer,
      child,
      snapshot,
      next,
      (m) => this.warn(m),
    );
    const to = this.discover(next, extras, this.currentIndex, eventId);
    if (to >= 0) for (const id of this.freshNodes) this.firstStateOfNode.set(id, to);
    if (to < 0) return;
    this.recordTry(to, eventId);
    if (to === this.currentIndex) return;
    this.changed++;
    this.graph.addEdge(this.currentIndex, to, eventId);
    if (this.steps.length > 0) this.checkSteps(snapshot, event, next, eventId);
  }

  private recordTry(to: number, eventId: number): void {
    const tries = this.tries;
    if (!tries) return;
    tries.from.push(this.currentIndex);
    tries.to.push(to);
    tries.event.push(eventId);
    tries.takenStart.push(tries.taken.length);
    for (const index of this.stepTaken) tries.taken.push(index);
  }

  /** Step 3: the exploration as a value. */
  finish(initial: AnyMachineSnapshot): Exploration {
    const { graph } = this;
    for (const warning of lintActorNames(this.machine, this.options, this.sources.seenChildren))
      this.warn(warning);
    this.tries?.takenStart.push(this.tries.taken.length);
    return {
      machine: this.machine,
      initial,
      input: this.options.input,
      count: graph.count,
      parent: graph.parent,
      parentEvent: graph.parentEvent,
      depth: graph.depth,
      status: graph.status.data.subarray(0, graph.count),
      expanded: this.expanded,
      edgeFrom: graph.edgeFrom,
      edgeTo: graph.edgeTo,
      edgeEvent: graph.edgeEvent,
      events: this.table.events,
      eventVia: this.table.via,
      complete: this.complete,
      violations: this.violations,
      visitedNodes: this.visitedNodes,
      takenTransitions: this.takenTransitions,
      firstStateOfNode: this.firstStateOfNode,
      firstEdgeOfTransition: this.firstEdgeOfTransition,
      allNodes: this.nodes,
      allTransitions: this.declared.map((t) => t.label),
      declared: this.declared,
      customKey: this.options.key !== undefined,
      labels: this.labels.map((bits) => bits.subarray(0, graph.count)),
      ...(this.keptSnapshots ? { snapshots: this.keptSnapshots } : {}),
      ...(this.tries ? { tries: this.tries } : {}),
      warnings: this.warnings,
      ms: performance.now() - this.started,
    };
  }
}

/**
 * Explores every state reachable from the machine's initial state under the declared event and actor
 * domains, breadth first, checking invariants and step properties on the way. Throws `GatehouseError`
 * for a non-machine (`not-a-machine`) or bad options (`invalid-options`).
 */
export function explore(
  machine: AnyStateMachine,
  options: CheckOptions<AnyStateMachine> = {},
  settings: ExploreSettings | string = {},
): Exploration {
  const { where = 'check', ...rest } = typeof settings === 'string' ? { where: settings } : settings;
  assertMachine(machine, where);
  validateOptions(options);
  const explorer = new Explorer(machine, options, rest);
  const initial = explorer.start();
  explorer.expandAll();
  return explorer.finish(initial);
}
