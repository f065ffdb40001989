import type { Exploration, Tries } from '../explore/explore.js';
import { type CoverSpec, outgoing } from './cover-items.js';

/** One walk from the initial state: the tries taken, and the items it was built to cover. */
export interface Walk {
  tries: number[];
  covers: string[];
}

/** The tries of a shortest path from the initial state to `state` (along the breadth-first tree). */
function treePath(exploration: Exploration, state: number, tryOf: Map<number, number>): number[] {
  const out: number[] = [];
  const width = exploration.events.length;
  for (let s = state; s > 0; s = exploration.parent.get(s)) {
    out.push(tryOf.get(exploration.parent.get(s) * width + exploration.parentEvent.get(s)) as number);
  }
  return out.reverse();
}

/**
 * A small set of walks that together cover every item of `spec`: each walk starts with the shortest walk
 * to the nearest uncovered item, then keeps taking a step that covers something new while there is one
 * (up to `maxLength` steps). Greedy, so small rather than minimum; deterministic.
 */
export function buildWalks(exploration: Exploration, spec: CoverSpec, maxLength = 200): Walk[] {
  const tries = exploration.tries as Tries;
  const width = exploration.events.length;
  const tryOf = new Map<number, number>();
  for (let t = 0; t < tries.from.length; t++) tryOf.set(tries.from.get(t) * width + tries.event.get(t), t);
  const outOf = outgoing(exploration, spec.walkable);
  const covered = new Set<string>(spec.atInit);
  const universe = new Set(spec.universe);
  const walks: Walk[] = [];
  let pointer = 0;
  const fresh = (items: string[]) => items.some((i) => !covered.has(i));
  while (pointer < spec.targets.length) {
    const target = spec.targets[pointer] as (typeof spec.targets)[number];
    if (covered.has(target.item) || !universe.has(target.item)) {
      pointer++;
      continue;
    }
    const walk: Walk = {
      tries: [...treePath(exploration, target.state, tryOf), ...target.tries],
      covers: [],
    };
    const take = (before: number, t: number) => {
      for (const item of spec.step(before, t)) {
        if (covered.has(item)) continue;
        covered.add(item);
        walk.covers.push(item);
      }
    };
    let prev = -1;
    for (const t of walk.tries) {
      take(prev, t);
      prev = t;
    }
    // Extend while a step covers something new.
    while (walk.tries.length < maxLength) {
      const here = prev < 0 ? 0 : tries.to.get(prev);
      const next = (outOf[here] ?? []).find((t) => fresh(spec.step(prev, t)));
      if (next === undefined) break;
      walk.tries.push(next);
      take(prev, next);
      prev = next;
    }
    walks.push(walk);
  }
  return dropPrefixes(walks);
}

/**
 * A walk that another walk starts with is already run by that one: fold its covers into it. In
 * lexicographic order a prefix sits right before a walk that extends it, so neighbours suffice.
 */
function dropPrefixes(walks: Walk[]): Walk[] {
  const sorted = [...walks].sort((a, b) => compare(a.tries, b.tries));
  const dropped = new Set<Walk>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const walk = sorted[i] as Walk;
    const next = sorted[i + 1] as Walk;
    if (walk.tries.length <= next.tries.length && walk.tries.every((t, k) => next.tries[k] === t)) {
      next.covers.unshift(...walk.covers);
      dropped.add(walk);
    }
  }
  return walks.filter((w) => !dropped.has(w));
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}
