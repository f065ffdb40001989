import type { AnyStateMachine } from 'xstate';
import { pathTo, traceOf, traceOfStates } from '../check/trace.js';
import type { CheckOptions, TraceStep } from '../check/types.js';
import type { Exploration, Tries } from '../explore/explore.js';
import { exploreWhole } from '../graph/graph.js';
import { eventText } from '../report/format.js';
import { type CoverKind, coverSpec } from './cover-items.js';
import { buildWalks } from './greedy-walks.js';

export type { CoverKind } from './cover-items.js';

/** One generated test path: its steps (as in a counterexample trace) and what it covers. */
export interface TestPath {
  /** A unique, readable name: the events with their payloads, joined by ` → `. */
  name: string;
  /** The steps, starting with `xstate.init`; each has the event, and the state and context expected after it. */
  steps: TraceStep[];
  /** The items (states, edges, guard outcomes, tags, …) this path is the chosen cover for. */
  covers: string[];
}

/** What the generated paths must cover, and how long a path may grow. */
export interface PathsCover {
  /**
   * Over the explored graph: `states` (every reachable state, the default), `edges` (every edge),
   * `edge-pairs` (every two consecutive edges), `guards` (every guard both true and false), `tags`
   * (every `tags`/`meta.tags` entry of a state node: a requirement matrix). Over the machine definition:
   * `state-nodes`, `transitions` (shallow: one path per declared node or transition).
   */
  cover?: CoverKind;
  /** Longest path the greedy extension builds (default 200 steps). */
  maxLength?: number;
}

/** Paths and what they cover: the items of the criterion covered, and those no path can reach. */
export interface CoverResult {
  paths: TestPath[];
  covered: string[];
  /** Items of the criterion that no reachable state or step covers (e.g. a tag on an unreachable state). */
  missed: string[];
}

/**
 * A small set of event sequences from the initial state that together cover the criterion (see
 * {@link PathsCover}). Each path starts with a shortest way to something not yet covered and then keeps
 * covering new items while it can, so there are far fewer paths than items; no path is a prefix of
 * another. Deterministic. Throws `GatehouseError` (`incomplete`) when exploration hit `maxStates`.
 */
export function coverPaths<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
  { cover = 'states', maxLength = 200 }: PathsCover = {},
): CoverResult {
  const exploration = exploreWhole(machine, options as CheckOptions<AnyStateMachine>, 'paths');
  if (cover === 'state-nodes' || cover === 'transitions') return definitionPaths(exploration, cover);
  const spec = coverSpec(exploration, cover);
  const walks = buildWalks(exploration, spec, maxLength);
  const tries = exploration.tries as Tries;
  const covered = new Set([...spec.atInit, ...walks.flatMap((w) => w.covers)]);
  const paths = named(
    walks.map((w) => ({
      ids: w.tries.map((t) => tries.event.get(t)),
      states: w.tries.map((t) => tries.to.get(t)),
      covers: w.covers,
    })),
    exploration,
  );
  if (paths.length === 0) paths.push(...named([{ ids: [], covers: spec.atInit }], exploration));
  return {
    paths,
    covered: spec.universe.filter((i) => covered.has(i)),
    missed: spec.universe.filter((i) => !covered.has(i)),
  };
}

/** The test paths of {@link coverPaths}. */
export function paths<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
  cover: PathsCover = {},
): TestPath[] {
  return coverPaths(machine, options, cover).paths;
}

/** Traces with unique names that show payloads: `PLAY {"value":4} → PLAY {"value":0}`. */
function named(
  walks: Array<{ ids: number[]; states?: number[]; covers: string[] }>,
  exploration: Exploration,
): TestPath[] {
  const used = new Map<string, number>();
  return walks.map(({ ids, states, covers }) => {
    const steps = states ? traceOfStates(exploration, ids, states) : traceOf(exploration, ids);
    const base =
      steps
        .slice(1)
        .map((s) => eventText(s.event, s.via))
        .join(' → ') || '(initial state)';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { name: n === 1 ? base : `${base} (#${n})`, steps, covers };
  });
}

/** The shallow covers over the machine definition: one shortest path per declared state node or transition. */
function definitionPaths(exploration: Exploration, cover: 'state-nodes' | 'transitions'): CoverResult {
  const targets = new Map<string, { ids: number[]; covers: string[] }>();
  const addTarget = (ids: number[], what: string) => {
    const k = ids.join(',');
    const entry = targets.get(k) ?? { ids, covers: [] };
    entry.covers.push(what);
    targets.set(k, entry);
  };
  const all = cover === 'state-nodes' ? exploration.allNodes : exploration.allTransitions;
  for (const id of all) {
    if (cover === 'state-nodes') {
      const state = exploration.firstStateOfNode.get(id);
      if (state !== undefined) addTarget(pathTo(exploration, state), id);
      continue;
    }
    const edge = exploration.firstEdgeOfTransition.get(id);
    if (edge === undefined) continue;
    const [state, event] = edge;
    addTarget(state < 0 ? [] : [...pathTo(exploration, state), event], id);
  }
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
  const covered = new Set(kept.flatMap((k) => k.covers));
  return {
    paths: named(kept, exploration),
    covered: all.filter((i) => covered.has(i)),
    missed: all.filter((i) => !covered.has(i)),
  };
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
