import type { AnyStateMachine } from 'xstate';
import { type Exploration, explore, StateStatus } from '../explore/explore.js';
import { checkLiveness, predicatesOf } from '../liveness/check-liveness.js';
import type { LivenessProperty } from '../liveness/properties.js';
import { pathTo, traceOf } from './trace.js';
import type { CheckOptions, CheckResult, CoverageSet, Violation } from './types.js';

function coverageSet(all: string[], covered: Set<string>): CoverageSet {
  const hit = all.filter((id) => covered.has(id));
  const missed = all.filter((id) => !covered.has(id));
  return { covered: hit, missed, ratio: all.length === 0 ? 1 : hit.length / all.length };
}

/** The first state (in breadth-first order, so with the shortest trace) that can no longer reach a final state. */
function firstThatCannotFinish(exploration: Exploration): { state: number; count: number } | undefined {
  const { count, edgeFrom, edgeTo, status } = exploration;
  // Reverse adjacency in compressed form: offsets per target, then the sources.
  const offsets = new Int32Array(count + 1);
  for (let e = 0; e < edgeTo.length; e++)
    offsets[edgeTo.get(e) + 1] = (offsets[edgeTo.get(e) + 1] as number) + 1;
  for (let s = 0; s < count; s++) offsets[s + 1] = (offsets[s + 1] as number) + (offsets[s] as number);
  const sources = new Int32Array(edgeFrom.length);
  const fill = offsets.slice(0, count);
  for (let e = 0; e < edgeTo.length; e++) {
    const to = edgeTo.get(e);
    const at = fill[to] as number;
    sources[at] = edgeFrom.get(e);
    fill[to] = at + 1;
  }
  const canFinish = new Uint8Array(count);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (let s = 0; s < count; s++) {
    if (status[s] === StateStatus.Done) {
      canFinish[s] = 1;
      queue[tail++] = s;
    }
  }
  while (head < tail) {
    const s = queue[head++] as number;
    for (let k = offsets[s] as number; k < (offsets[s + 1] as number); k++) {
      const from = sources[k] as number;
      if (!canFinish[from]) {
        canFinish[from] = 1;
        queue[tail++] = from;
      }
    }
  }
  let first = -1;
  let stuck = 0;
  for (let s = 0; s < count; s++) {
    if (!canFinish[s] && status[s] === StateStatus.Active) {
      stuck++;
      if (first < 0) first = s;
    }
  }
  return first < 0 ? undefined : { state: first, count: stuck };
}

/** Turns an exploration into the public result: traces, liveness, coverage, verdict. */
export function resultOf(exploration: Exploration, options: CheckOptions<AnyStateMachine>): CheckResult {
  const violations: Violation[] = exploration.violations.map((v) => {
    const path = pathTo(exploration, v.state);
    if (v.event !== undefined) path.push(v.event);
    return { kind: v.kind, property: v.property, message: v.message, trace: traceOf(exploration, path) };
  });
  if (exploration.complete && options.canAlwaysFinish !== false) {
    const stuck = firstThatCannotFinish(exploration);
    if (stuck) {
      violations.push({
        kind: 'cannot-finish',
        property: 'canAlwaysFinish',
        message: `${stuck.count} reachable state(s) can never reach a final state; the trace leads to the nearest one`,
        trace: traceOf(exploration, pathTo(exploration, stuck.state)),
      });
    }
  }
  const liveness = checkLiveness(
    exploration,
    (options.liveness ?? {}) as Record<string, LivenessProperty>,
    options.fairness,
  );
  violations.push(...liveness.violations);
  let maxDepth = 0;
  for (let s = 0; s < exploration.count; s++) maxDepth = Math.max(maxDepth, exploration.depth.get(s));
  const stateNodes = coverageSet(exploration.allNodes, exploration.visitedNodes);
  return {
    ok: exploration.complete && violations.length === 0,
    complete: exploration.complete,
    stats: {
      states: exploration.count,
      transitions: exploration.edgeFrom.length,
      ms: Math.round(exploration.ms),
      maxDepth,
    },
    violations,
    unreachable: exploration.complete ? stateNodes.missed : [],
    coverage: {
      stateNodes,
      transitions: coverageSet(exploration.allTransitions, exploration.takenTransitions),
    },
    warnings: exploration.complete
      ? exploration.warnings
      : [
          `stopped at maxStates (${exploration.count} states): the result is incomplete, not a pass`,
          ...Object.keys(liveness.verdicts).map(
            (name) => `liveness "${name}" is inconclusive: a bounded exploration cannot show it holds`,
          ),
          ...exploration.warnings,
        ],
    liveness: liveness.verdicts,
  };
}

function settingsOf(options: CheckOptions<AnyStateMachine>, where: string) {
  return {
    where,
    predicates: predicatesOf(options.liveness as Record<string, LivenessProperty> | undefined),
  };
}

/**
 * Model-checks `machine`: explores every state reachable with the declared events and actor outcomes
 * (breadth first, so each counterexample is a shortest one) and checks invariants, step properties,
 * deadlocks and that a final state stays reachable. Synchronous; `ok` is false whenever the run hit
 * `maxStates`. Throws `GatehouseError` (`invalid-options`, `initial-state-failed`) only for bad input.
 */
export function checkSync<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
): CheckResult {
  const opts = options as CheckOptions<AnyStateMachine>;
  return resultOf(explore(machine, opts, settingsOf(opts, 'checkSync')), opts);
}

/**
 * Model-checks `machine` (see {@link checkSync}); returns a Promise so that callers can `await` it the same
 * way whether the work ever moves off the main thread or not. Rejects with `GatehouseError` on bad options.
 */
export async function check<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
): Promise<CheckResult> {
  const opts = options as CheckOptions<AnyStateMachine>;
  return resultOf(explore(machine, opts, settingsOf(opts, 'check')), opts);
}
