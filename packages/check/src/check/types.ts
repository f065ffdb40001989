import type { AnyMachineSnapshot, AnyStateMachine, EventObject, InputFrom, SnapshotFrom } from 'xstate';
import type { Fairness, LivenessProperty } from '../liveness/properties.js';

/** The payloads of one event type: a list, or a function of the current snapshot. `{}` is the bare event. */
export type EventDomain<TSnapshot = AnyMachineSnapshot> =
  | ReadonlyArray<Record<string, unknown>>
  | ((snapshot: TSnapshot) => ReadonlyArray<Record<string, unknown>>);

/** One outcome of an invoked (or spawned) actor: it finishes with `output`, or fails with `error`. */
export type ActorOutcome = { output: unknown } | { error: unknown };

/** What a step property sees: the snapshot before, the event, and the snapshot after. */
export interface StepArgs<TSnapshot = AnyMachineSnapshot> {
  prev: TSnapshot;
  event: EventObject;
  next: TSnapshot;
}

/**
 * Options of {@link check}. Only the event types listed in `events` are ever sent, so the domain you
 * declare is the world the proof holds in.
 */
export interface CheckOptions<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** Event types and their payloads, e.g. `{ SUBMIT: [{ code: 'ok' }, { code: 'bad' }], CANCEL: [{}] }`. */
  events?: Record<string, EventDomain<SnapshotFrom<TMachine>>>;
  /** Outcomes per invoke `src` name or actor id: `{ register: [{ output: 'ok' }, { error: 'down' }] }`. */
  actors?: Record<string, ReadonlyArray<ActorOutcome>>;
  /** The machine's input. */
  input?: InputFrom<TMachine>;
  /** Properties every reachable snapshot must satisfy. */
  invariants?: Record<string, (snapshot: SnapshotFrom<TMachine>) => boolean>;
  /** Properties every transition (`prev --event--> next`) must satisfy. */
  steps?: Record<string, (step: StepArgs<SnapshotFrom<TMachine>>) => boolean>;
  /** Every reachable state can still reach a final state (default true; checked only on a complete run). */
  canAlwaysFinish?: boolean;
  /** A non-final state where no event changes anything is a violation (default true). */
  deadlock?: boolean;
  /** State abstraction: snapshots with the same key are the same state (default: value + context + status). */
  key?: (snapshot: SnapshotFrom<TMachine>) => unknown;
  /** Stop after this many states and report `complete: false` (default 250 000). */
  maxStates?: number;
  /**
   * Liveness properties by name: `eventually(p)`, `leadsTo(p, q)`, `alwaysCanReach(p)`, `until(p, q)`,
   * checked on the whole explored graph; a failure is a lasso (a prefix, then a cycle that repeats).
   */
  liveness?: Record<string, LivenessProperty<SnapshotFrom<TMachine>>>;
  /**
   * Timers that never fire in this exploration, by delay name (`after: { confirmationExpiry: … }`) or by
   * the timer's event type: for a test that cannot wait a day, or to ask what happens when one never runs.
   * It shrinks the world, so only what is listed is left out.
   */
  neverFire?: readonly string[];
  /** Weak fairness assumed by the liveness properties (which events, timers, actors are not ignored forever). */
  fairness?: Fairness;
}

/** The kinds of violation: a failed invariant or step property, a deadlock, a state that cannot finish, an error. */
export type ViolationKind = 'invariant' | 'step' | 'deadlock' | 'cannot-finish' | 'error' | 'liveness';

/** One step of a counterexample: the event sent and the state it led to (the first step is `xstate.init`). */
export interface TraceStep {
  event: EventObject;
  state: unknown;
  context?: unknown;
  /** Set when the snapshot is not `active` (`done`, `error`). */
  status?: string;
  /** How the event arrives: `timer` (a delayed event fires), `actor` (an invoked actor settles), else sent. */
  via?: 'timer' | 'actor';
}

/** A property that does not hold, with the shortest event sequence (from the initial state) that breaks it. */
export interface Violation {
  kind: ViolationKind;
  property: string;
  message: string;
  trace: TraceStep[];
  /** Liveness counterexamples are lassos: from this trace index on, the steps repeat forever. */
  cycleStart?: number;
}

/** Coverage of one kind of item: what was covered, what was missed, the covered share. */
export interface CoverageSet {
  covered: string[];
  missed: string[];
  ratio: number;
}

/**
 * The result of {@link check}. `ok` is true only when the run is `complete` and nothing is violated:
 * a bounded run never passes silently.
 */
export interface CheckResult {
  ok: boolean;
  complete: boolean;
  stats: { states: number; transitions: number; ms: number; maxDepth: number };
  violations: Violation[];
  /** State node ids never visited. */
  unreachable: string[];
  coverage: { stateNodes: CoverageSet; transitions: CoverageSet };
  /** Advice that does not make the run fail (e.g. an invoked actor without declared outcomes). */
  warnings: string[];
  /** Per liveness property: `pass`, `fail`, or `inconclusive` when the exploration was bounded (never a pass). */
  liveness: Record<string, 'pass' | 'fail' | 'inconclusive'>;
}
