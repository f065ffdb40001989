import type { AnyStateMachine } from 'xstate';
import { pathTo, traceOf } from '../check/trace.js';
import type { CheckOptions, TraceStep } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import { explore } from '../explore/explore.js';

/** One generated test path: its steps (as in a counterexample trace) and what it covers. */
export interface TestPath {
  /** A readable name: the events joined by ` → `. */
  name: string;
  /** The steps, starting with `xstate.init`; each has the event, and the state and context expected after it. */
  steps: TraceStep[];
  /** State node ids or transition labels this path is the chosen cover for. */
  covers: string[];
}

/** What the generated paths must cover. */
export interface PathsCover {
  cover?: 'states' | 'transitions';
}

/**
 * A small set of event sequences that together visit every reachable state node (`cover: 'states'`, the
 * default) or take every reachable declared transition (`cover: 'transitions'`). Each target is reached by
 * its shortest sequence; sequences that are a prefix of another are dropped. Deterministic: the same
 * machine and options give the same paths in the same order. Throws `GatehouseError` (`incomplete`)
 * when the exploration hit `maxStates`, since the cover would silently miss states.
 */
export function paths<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
  { cover = 'states' }: PathsCover = {},
): TestPath[] {
  const exploration = explore(machine, options as CheckOptions<AnyStateMachine>, 'paths');
  if (!exploration.complete) {
    throw new GatehouseError(
      'incomplete',
      `paths: exploration stopped at maxStates (${exploration.count} states); raise maxStates`,
    );
  }
  const targets = new Map<string, { ids: number[]; covers: string[] }>();
  const addTarget = (ids: number[], what: string) => {
    const k = ids.join(',');
    const entry = targets.get(k) ?? { ids, covers: [] };
    entry.covers.push(what);
    targets.set(k, entry);
  };
  if (cover === 'states') {
    for (const id of exploration.allNodes) {
      const state = exploration.firstStateOfNode.get(id);
      if (state !== undefined) addTarget(pathTo(exploration, state), id);
    }
  } else {
    for (const label of exploration.allTransitions) {
      const edge = exploration.firstEdgeOfTransition.get(label);
      if (edge === undefined) continue;
      const [state, event] = edge;
      addTarget(state < 0 ? [] : [...pathTo(exploration, state), event], label);
    }
  }
  // Prefix deduplication: a sequence that another one starts with is already run by that one.
  const sorted = [...targets.values()].sort((a, b) => compareIds(a.ids, b.ids));
  const kept: Array<{ ids: number[]; covers: string[] }> = [];
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i] as { ids: number[]; covers: string[] };
    const next = sorted[i + 1];
    if (next && isPrefix(entry.ids, next.ids)) {
      next.covers.unshift(...entry.covers);
      continue;
    }
    kept.push(entry);
  }
  return kept.map(({ ids, covers }) => {
    const steps = traceOf(exploration, ids);
    return {
      name:
        steps
          .slice(1)
          .map((s) => s.event.type)
          .join(' → ') || '(initial state)',
      steps,
      covers,
    };
  });
}

function compareIds(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  }
  return a.length - b.length;
}

function isPrefix(a: number[], b: number[]): boolean {
  return a.length <= b.length && a.every((x, i) => b[i] === x);
}
