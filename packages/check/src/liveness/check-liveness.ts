import type { AnyMachineSnapshot } from 'xstate';
import { pathTo, traceOf } from '../check/trace.js';
import type { Violation } from '../check/types.js';
import { type Exploration, StateStatus } from '../explore/explore.js';
import { type FairClass, fairClasses, fairnessText } from './fairness.js';
import type { Fairness, LivenessProperty } from './properties.js';
import { stronglyConnected } from './scc.js';

/** The verdict of one liveness property: a bounded exploration proves nothing either way. */
export type LivenessVerdict = 'pass' | 'fail' | 'inconclusive';

/** Forward adjacency in compressed form: the out-edges of `s` are `edges[offsets[s] .. offsets[s + 1])`. */
interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  edges: Int32Array;
}

function adjacency(exploration: Exploration): Adjacency {
  const { count, edgeFrom, edgeTo } = exploration;
  const offsets = new Int32Array(count + 1);
  for (let e = 0; e < edgeFrom.length; e++) {
    const at = edgeFrom.get(e) + 1;
    offsets[at] = (offsets[at] as number) + 1;
  }
  for (let s = 0; s < count; s++) offsets[s + 1] = (offsets[s + 1] as number) + (offsets[s] as number);
  const fill = offsets.slice(0, count);
  const targets = new Int32Array(edgeFrom.length);
  const edges = new Int32Array(edgeFrom.length);
  for (let e = 0; e < edgeFrom.length; e++) {
    const from = edgeFrom.get(e);
    const at = fill[from] as number;
    targets[at] = edgeTo.get(e);
    edges[at] = e;
    fill[from] = at + 1;
  }
  return { offsets, targets, edges };
}

/** A run that never satisfies the goal: it stops in `state`, or loops forever through `cycle` (edge ids). */
type Escape =
  | { source: number; path: number[]; stop: true }
  | { source: number; path: number[]; cycle: number[] };

/**
 * The liveness checker: for each property, looks for a run that avoids its goal forever — a reachable
 * state where the run stops, or a cycle that weak fairness allows (for each fair class, the cycle either
 * passes a state where the class is not possible or takes it) — and returns it as a lasso trace.
 */
class LivenessChecker {
  private readonly adj: Adjacency;
  private readonly classOf: number[][];

  constructor(
    private readonly exploration: Exploration,
    private readonly classes: FairClass[],
  ) {
    this.adj = adjacency(exploration);
    this.classOf = exploration.events.map((_, i) => classes.flatMap((c, k) => (c.events.has(i) ? [k] : [])));
  }

  private outEdges(s: number): number[] {
    const out: number[] = [];
    for (let k = this.adj.offsets[s] as number; k < (this.adj.offsets[s + 1] as number); k++)
      out.push(this.adj.edges[k] as number);
    return out;
  }

  /** States where a run may stop for good: halted, or nothing changes anything. */
  private stops(s: number): boolean {
    return (
      this.exploration.status[s] !== StateStatus.Active || this.adj.offsets[s] === this.adj.offsets[s + 1]
    );
  }

  /** Breadth-first from `sources` through `region`: a run that stays in it forever, or undefined. */
  findEscape(sources: number[], region: (s: number) => boolean): Escape | undefined {
    const { count, edgeTo } = this.exploration;
    const parentEdge = new Int32Array(count).fill(-2);
    const order: number[] = [];
    for (const s of sources) {
      if (parentEdge[s] !== -2 || !region(s)) continue;
      parentEdge[s] = -1;
      order.push(s);
    }
    for (let head = 0; head < order.length; head++) {
      for (const e of this.outEdges(order[head] as number)) {
        const to = edgeTo.get(e);
        if (parentEdge[to] !== -2 || !region(to)) continue;
        parentEdge[to] = e;
        order.push(to);
      }
    }
    const inZone = (s: number) => parentEdge[s] !== -2;
    const { component } = stronglyConnected(count, this.adj.offsets, this.adj.targets, inZone);
    const checked = new Set<number>();
    for (const s of order) {
      if (this.stops(s)) return { ...this.pathFrom(s, parentEdge), stop: true };
      const c = component[s] as number;
      if (checked.has(c)) continue;
      checked.add(c);
      const cycle = this.fairCycle(s, (t) => component[t] === c);
      if (cycle) return { ...this.pathFrom(s, parentEdge), cycle };
    }
    return undefined;
  }

  /** The source a BFS state was reached from and the edges from it. */
  private pathFrom(state: number, parentEdge: Int32Array): { source: number; path: number[] } {
    const path: number[] = [];
    let s = state;
    while (parentEdge[s] !== -1) {
      const e = parentEdge[s] as number;
      path.push(e);
      s = this.exploration.edgeFrom.get(e);
    }
    return { source: s, path: path.reverse() };
  }

  /**
   * A weakly fair cycle through `entry` inside one component, or undefined. Fair: each class that is
   * possible in every state of the component is taken on an edge inside it.
   */
  private fairCycle(entry: number, inside: (s: number) => boolean): number[] | undefined {
    const states = this.componentStates(entry, inside);
    const internal = states.flatMap((s) =>
      this.outEdges(s).filter((e) => inside(this.exploration.edgeTo.get(e))),
    );
    if (internal.length === 0) return undefined;
    const mustTake: number[] = [];
    const mustVisit: number[] = [];
    for (let k = 0; k < this.classes.length; k++) {
      const disabledAt = states.find((s) => !this.outEdges(s).some((e) => this.hasClass(e, k)));
      if (disabledAt !== undefined) {
        mustVisit.push(disabledAt);
        continue;
      }
      const taken = internal.find((e) => this.hasClass(e, k));
      if (taken === undefined) return undefined;
      mustTake.push(taken);
    }
    return this.tour(entry, inside, mustVisit, mustTake);
  }

  private hasClass(edge: number, k: number): boolean {
    return (this.classOf[this.exploration.edgeEvent.get(edge)] as number[]).includes(k);
  }

  private componentStates(entry: number, inside: (s: number) => boolean): number[] {
    const seen = new Set([entry]);
    const queue = [entry];
    for (let i = 0; i < queue.length; i++) {
      for (const e of this.outEdges(queue[i] as number)) {
        const to = this.exploration.edgeTo.get(e);
        if (inside(to) && !seen.has(to)) seen.add(to), queue.push(to);
      }
    }
    return queue;
  }

  /** A closed walk from `entry` inside the component visiting each state of `visit` and taking each edge of `take`. */
  private tour(entry: number, inside: (s: number) => boolean, visit: number[], take: number[]): number[] {
    const walk: number[] = [];
    let at = entry;
    for (const s of visit) {
      walk.push(...this.shortest(at, s, inside));
      at = s;
    }
    for (const e of take) {
      walk.push(...this.shortest(at, this.exploration.edgeFrom.get(e), inside), e);
      at = this.exploration.edgeTo.get(e);
    }
    if (walk.length === 0) {
      const first = this.outEdges(entry).find((e) => inside(this.exploration.edgeTo.get(e))) as number;
      walk.push(first);
      at = this.exploration.edgeTo.get(first);
    }
    walk.push(...this.shortest(at, entry, inside));
    return walk;
  }

  /** Edges of a shortest path from `from` to `to` inside the component ([] when equal). */
  private shortest(from: number, to: number, inside: (s: number) => boolean): number[] {
    if (from === to) return [];
    const parent = new Map<number, number>([[from, -1]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      for (const e of this.outEdges(queue[i] as number)) {
        const next = this.exploration.edgeTo.get(e);
        if (!inside(next) || parent.has(next)) continue;
        parent.set(next, e);
        if (next === to) {
          const path: number[] = [];
          for (let s = to; s !== from; s = this.exploration.edgeFrom.get(parent.get(s) as number))
            path.push(parent.get(s) as number);
          return path.reverse();
        }
        queue.push(next);
      }
    }
    return [];
  }

  /** The first reachable state (breadth-first order) from which no state satisfying `goal` can be reached. */
  cannotReach(goal: (s: number) => boolean): number | undefined {
    const { count, edgeFrom, edgeTo } = this.exploration;
    const reverse: number[][] = Array.from({ length: count }, () => []);
    for (let e = 0; e < edgeFrom.length; e++) reverse[edgeTo.get(e)]?.push(edgeFrom.get(e));
    const can = new Uint8Array(count);
    const queue: number[] = [];
    for (let s = 0; s < count; s++) if (goal(s)) (can[s] = 1), queue.push(s);
    for (let i = 0; i < queue.length; i++) {
      for (const from of reverse[queue[i] as number] ?? []) if (!can[from]) (can[from] = 1), queue.push(from);
    }
    for (let s = 0; s < count; s++) if (!can[s]) return s;
    return undefined;
  }

  /** Event ids of a trace: a shortest path to `source`, then edge ids. */
  eventsOf(source: number, edges: number[]): number[] {
    return [...pathTo(this.exploration, source), ...edges.map((e) => this.exploration.edgeEvent.get(e))];
  }
}

/** Liveness results: one verdict per property, a lasso violation per failed one. */
export interface LivenessResult {
  verdicts: Record<string, LivenessVerdict>;
  violations: Violation[];
}

/**
 * Checks every liveness property on a finished exploration. `labels[2i]` / `labels[2i + 1]` hold the
 * property's `p` / `q` per state (see `predicatesOf`). An incomplete exploration gives `inconclusive`.
 */
export function checkLiveness(
  exploration: Exploration,
  properties: Record<string, LivenessProperty>,
  fairness: Fairness | undefined,
): LivenessResult {
  const names = Object.keys(properties);
  const verdicts: Record<string, LivenessVerdict> = {};
  const violations: Violation[] = [];
  if (!exploration.complete) {
    for (const name of names) verdicts[name] = 'inconclusive';
    return { verdicts, violations };
  }
  const classes = fairClasses(exploration, fairness);
  const checker = new LivenessChecker(exploration, classes);
  const assumed = fairnessText(classes);
  names.forEach((name, i) => {
    const property = properties[name] as LivenessProperty;
    const p = exploration.labels[2 * i] as Uint8Array;
    const q = exploration.labels[2 * i + 1] as Uint8Array;
    const violation = checkOne(exploration, checker, name, property, p, q, assumed);
    verdicts[name] = violation ? 'fail' : 'pass';
    if (violation) violations.push(violation);
  });
  return { verdicts, violations };
}

function checkOne(
  exploration: Exploration,
  checker: LivenessChecker,
  name: string,
  property: LivenessProperty,
  p: Uint8Array,
  q: Uint8Array,
  assumed: string,
): Violation | undefined {
  const head = `liveness "${name}"`;
  const lasso = (found: Escape | undefined, goal: string): Violation | undefined => {
    if (!found) return undefined;
    const prefix = checker.eventsOf(found.source, found.path);
    if ('stop' in found) {
      return {
        kind: 'liveness',
        property: name,
        message: `${head} does not hold: a run stops (nothing changes anything any more) without ${goal} (${assumed})`,
        trace: traceOf(exploration, prefix),
      };
    }
    const cycle = found.cycle.map((e) => exploration.edgeEvent.get(e));
    return {
      kind: 'liveness',
      property: name,
      message: `${head} does not hold: a run loops forever without ${goal} (${assumed})`,
      trace: traceOf(exploration, [...prefix, ...cycle]),
      cycleStart: prefix.length,
    };
  };
  switch (property.kind) {
    case 'eventually':
      return p[0]
        ? undefined
        : lasso(
            checker.findEscape([0], (s) => !p[s]),
            'reaching the goal',
          );
    case 'leadsTo': {
      const sources: number[] = [];
      for (let s = 0; s < exploration.count; s++) if (p[s] && !q[s]) sources.push(s);
      return lasso(
        checker.findEscape(sources, (s) => !q[s]),
        'reaching the goal after the condition held (at the start of the run shown, or where it first held)',
      );
    }
    case 'until': {
      const unsafe = firstUnsafe(exploration, p, q);
      if (unsafe !== undefined)
        return {
          kind: 'liveness',
          property: name,
          message: `${head} does not hold: the condition stops holding before the goal is reached`,
          trace: traceOf(exploration, unsafe),
        };
      return q[0]
        ? undefined
        : lasso(
            checker.findEscape([0], (s) => !!p[s] && !q[s]),
            'reaching the goal',
          );
    }
    case 'alwaysCanReach': {
      const stuck = checker.cannotReach((s) => !!p[s]);
      if (stuck === undefined) return undefined;
      return {
        kind: 'liveness',
        property: name,
        message: `${head} does not hold: from the last state of this trace no state where it holds can be reached`,
        trace: traceOf(exploration, pathTo(exploration, stuck)),
      };
    }
  }
}

/** For `until`: event ids of a shortest run through `p && !q` states to a state where neither holds. */
function firstUnsafe(exploration: Exploration, p: Uint8Array, q: Uint8Array): number[] | undefined {
  const { count, edgeFrom, edgeTo, edgeEvent } = exploration;
  if (!q[0] && !p[0]) return [];
  const out: number[][] = Array.from({ length: count }, () => []);
  for (let e = 0; e < edgeFrom.length; e++) out[edgeFrom.get(e)]?.push(e);
  const parentEdge = new Int32Array(count).fill(-2);
  parentEdge[0] = -1;
  const queue = [0];
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i] as number;
    if (!p[s] || q[s]) continue;
    for (const e of out[s] ?? []) {
      const to = edgeTo.get(e);
      if (parentEdge[to] !== -2) continue;
      parentEdge[to] = e;
      if (!p[to] && !q[to]) {
        const events: number[] = [];
        for (let t = to; parentEdge[t] !== -1; t = edgeFrom.get(parentEdge[t] as number))
          events.push(edgeEvent.get(parentEdge[t] as number));
        return events.reverse();
      }
      queue.push(to);
    }
  }
  return undefined;
}

/** The predicates `explore` evaluates per state for the properties: `p` and `q` of each, in order. */
export function predicatesOf(properties: Record<string, LivenessProperty> | undefined) {
  const out: Array<(s: AnyMachineSnapshot) => boolean> = [];
  for (const property of Object.values(properties ?? {})) {
    const never = () => false;
    out.push(property.p as (s: AnyMachineSnapshot) => boolean);
    out.push('q' in property ? (property.q as (s: AnyMachineSnapshot) => boolean) : never);
  }
  return out;
}
