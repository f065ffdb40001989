import type { AnyMachineSnapshot, AnyStateMachine, AnyTransitionDefinition, EventObject } from 'xstate';
import { assertMachine } from '../assert-machine.js';
import type { CheckOptions, CoverageSet, TraceStep, Violation } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import { describe } from '../explore/describe.js';
import { EventSources, type Move } from '../explore/event-sources.js';
import { EventTable } from '../explore/event-table.js';
import { allStateNodes, declaredTransitions } from '../explore/machine-structure.js';
import { EMPTY, type Extras, nextExtras } from '../explore/timers.js';
import { configurationOf, createScope, type ExecutedAction } from '../explore/xstate-adapter.js';
import { lintOptions } from '../options/lint-options.js';
import { validateOptions } from '../options/validate-options.js';
import { seededRandom } from './random.js';

/** How random walks run. */
export interface WalkOptions<TSnapshot = AnyMachineSnapshot> {
  /** The seed of the first walk (default 1); walk `i` uses `seed + i`, and the same seed gives the same walk. */
  seed?: number;
  /** How many walks (default 1). */
  walks?: number;
  /** Longest walk, in steps (default 1000). */
  maxSteps?: number;
  /**
   * Relative weights by event type (default 1 each); `timer` and `actor` weigh every timer firing and
   * actor outcome. Weight 0 never picks that move.
   */
  weights?: Record<string, number>;
  /** Ends a walk at the first snapshot where this holds. */
  stopWhen?: (snapshot: TSnapshot) => boolean;
  /** Stop all walks once this share of state nodes (0..1) has been visited. */
  coverage?: number;
}

/** Why a walk ended. */
export type WalkEnd = 'max-steps' | 'stop-when' | 'coverage' | 'final' | 'stuck' | 'violation';

/** One random walk: its seed (to run it again) and its steps, replayable with `replay`. */
export interface WalkTrace {
  seed: number;
  trace: TraceStep[];
  end: WalkEnd;
}

/** What random walks found: the walks, violations on them, and what they covered. */
export interface WalkResult {
  walks: WalkTrace[];
  /** Invariant and step properties broken on a walk (traces are the walk up to there, not shortest). */
  violations: Violation[];
  coverage: { stateNodes: CoverageSet; transitions: CoverageSet };
  steps: number;
}

function coverageSet(all: string[], covered: Set<string>): CoverageSet {
  const hit = all.filter((id) => covered.has(id));
  return {
    covered: hit,
    missed: all.filter((id) => !covered.has(id)),
    ratio: all.length === 0 ? 1 : hit.length / all.length,
  };
}

function stepOf(event: EventObject, snapshot: AnyMachineSnapshot, via?: 'timer' | 'actor'): TraceStep {
  const step: TraceStep = { event, state: snapshot.value, context: snapshot.context };
  if (snapshot.status !== 'active') step.status = snapshot.status;
  if (via) step.via = via;
  return step;
}

/**
 * Random walks for machines whose state space does not fit an exhaustive check: from the initial state,
 * pick a random possible move (declared events with their payloads, timers, actor outcomes), weighted,
 * until `maxSteps`, `stopWhen`, a final state or nothing changes anything; invariants and step properties
 * are checked on every step. Deterministic for a seed, so a walk that breaks something is re-run exactly
 * by passing its `seed` (and its trace replays on a real actor with `replay`).
 */
export function walk<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
  walkOptions: WalkOptions<AnyMachineSnapshot> = {},
): WalkResult {
  assertMachine(machine, 'walk');
  validateOptions(options as CheckOptions<AnyStateMachine>);
  const opts = options as CheckOptions<AnyStateMachine>;
  const { seed = 1, walks = 1, maxSteps = 1000, weights = {}, stopWhen, coverage } = walkOptions;
  if (!Number.isInteger(walks) || walks < 1)
    throw new GatehouseError('invalid-options', 'walk: walks must be a positive integer');
  const walker = new Walker(machine, opts, weights);
  const result: WalkTrace[] = [];
  for (let i = 0; i < walks; i++) {
    const trace = walker.run(seed + i, maxSteps, stopWhen, coverage);
    result.push(trace);
    if (trace.end === 'coverage') break;
  }
  return {
    walks: result,
    violations: walker.violations,
    coverage: {
      stateNodes: coverageSet(walker.nodes, walker.visitedNodes),
      transitions: coverageSet(
        walker.transitions.map((t) => t.label),
        walker.taken,
      ),
    },
    steps: result.reduce((n, w) => n + w.trace.length - 1, 0),
  };
}

/** Runs walks on one inert scope, as `explore` does: pure, no actions run, no clock read. */
class Walker {
  readonly nodes: string[];
  readonly transitions: ReturnType<typeof declaredTransitions>;
  private readonly labelOf: Map<unknown, string>;
  readonly visitedNodes = new Set<string>();
  readonly taken = new Set<string>();
  readonly violations: Violation[] = [];
  private readonly reported = new Set<string>();
  private readonly table = new EventTable();
  private readonly sources: EventSources;
  private readonly actions: ExecutedAction[] = [];
  private readonly scope: ReturnType<typeof createScope>;

  constructor(
    private readonly machine: AnyStateMachine,
    private readonly options: CheckOptions<AnyStateMachine>,
    private readonly weights: Record<string, number>,
  ) {
    this.nodes = allStateNodes(machine).map((n) => n.id);
    this.transitions = declaredTransitions(machine);
    this.labelOf = new Map(this.transitions.map((t) => [t.definition, t.label]));
    const warnings = lintOptions(machine, options);
    this.sources = new EventSources(machine, options, this.table, (m) => warnings.push(m));
    this.scope = createScope(
      machine,
      (action) => void this.actions.push(action),
      (transitions: readonly AnyTransitionDefinition[], snapshot: AnyMachineSnapshot) => {
        for (const t of transitions) {
          const label = this.labelOf.get(t);
          if (label !== undefined) this.taken.add(label);
        }
        this.visit(snapshot);
      },
    );
  }

  private visit(snapshot: AnyMachineSnapshot): void {
    for (const node of configurationOf(snapshot)) this.visitedNodes.add(node.id);
  }

  private weightOf(move: Move): number {
    const via = this.table.via[move.event];
    const type = (this.table.events[move.event] as EventObject).type;
    return this.weights[via === 'send' ? type : (via as string)] ?? this.weights[type] ?? 1;
  }

  /** Picks a move by weight with `random`, or undefined when every weight is 0. */
  private pick(moves: Move[], random: () => number): Move | undefined {
    const total = moves.reduce((n, m) => n + this.weightOf(m), 0);
    if (total <= 0) return undefined;
    let r = random() * total;
    for (const move of moves) {
      r -= this.weightOf(move);
      if (r < 0) return move;
    }
    return moves[moves.length - 1];
  }

  run(
    seed: number,
    maxSteps: number,
    stopWhen: ((s: AnyMachineSnapshot) => boolean) | undefined,
    coverage: number | undefined,
  ): WalkTrace {
    const random = seededRandom(seed);
    this.actions.length = 0;
    let snapshot = this.machine.getInitialSnapshot(this.scope as never, this.options.input);
    let extras: Extras = nextExtras(
      EMPTY,
      this.actions,
      this.scope.self,
      undefined,
      undefined,
      snapshot,
      snapshot,
      () => {},
    );
    this.visit(snapshot);
    const trace: TraceStep[] = [
      stepOf({ type: 'xstate.init', input: this.options.input } as EventObject, snapshot),
    ];
    const end = (why: WalkEnd): WalkTrace => ({ seed, trace, end: why });
    if (!this.invariantsHold(snapshot, trace)) return end('violation');
    while (trace.length <= maxSteps) {
      if (snapshot.status !== 'active') return end('final');
      if (stopWhen?.(snapshot)) return end('stop-when');
      if (coverage !== undefined && this.visitedNodes.size / this.nodes.length >= coverage)
        return end('coverage');
      const moves = this.sources.list(snapshot, extras);
      let moved = false;
      // A move that changes nothing is dropped and another picked, so a walk never idles.
      while (moves.length > 0 && !moved) {
        const move = this.pick(moves, random);
        if (!move) break;
        moves.splice(moves.indexOf(move), 1);
        const event = this.table.events[move.event] as EventObject;
        this.actions.length = 0;
        let next: AnyMachineSnapshot;
        try {
          next = this.machine.transition(snapshot, event, this.scope as never);
        } catch (error) {
          trace.push({ ...stepOf(event, snapshot), status: 'error' });
          this.report('error', 'exception', `sending ${event.type} threw: ${describe(error)}`, trace);
          return end('violation');
        }
        if (next === snapshot && !move.timer && !move.child) continue;
        const via = this.table.via[move.event];
        extras = nextExtras(
          extras,
          this.actions,
          this.scope.self,
          move.timer,
          move.child,
          snapshot,
          next,
          () => {},
        );
        trace.push(stepOf(event, next, via === 'send' ? undefined : via));
        if (!this.stepsHold(snapshot, event, next, trace) || !this.invariantsHold(next, trace))
          return end('violation');
        snapshot = next;
        moved = true;
      }
      if (!moved) return end('stuck');
    }
    return end('max-steps');
  }

  private report(kind: Violation['kind'], property: string, message: string, trace: TraceStep[]): void {
    if (this.reported.has(`${kind}:${property}`)) return;
    this.reported.add(`${kind}:${property}`);
    this.violations.push({ kind, property, message, trace: [...trace] });
  }

  private invariantsHold(snapshot: AnyMachineSnapshot, trace: TraceStep[]): boolean {
    for (const [name, holds] of Object.entries(this.options.invariants ?? {})) {
      let ok = false;
      try {
        ok = holds(snapshot as never) === true;
      } catch {}
      if (!ok) {
        this.report('invariant', name, `invariant "${name}" does not hold`, trace);
        return false;
      }
    }
    return true;
  }

  private stepsHold(
    prev: AnyMachineSnapshot,
    event: EventObject,
    next: AnyMachineSnapshot,
    trace: TraceStep[],
  ): boolean {
    for (const [name, holds] of Object.entries(this.options.steps ?? {})) {
      let ok = false;
      try {
        ok = holds({ prev, event, next } as never) === true;
      } catch {}
      if (!ok) {
        this.report('step', name, `step property "${name}" does not hold`, trace);
        return false;
      }
    }
    return true;
  }
}
