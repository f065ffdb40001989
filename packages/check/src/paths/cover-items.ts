import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { guardName } from '../diagram/diagram-model.js';
import { activeNodes, nodeTags } from '../explore/active-nodes.js';
import type { Exploration, Tries } from '../explore/explore.js';
import { allStateNodes } from '../explore/machine-structure.js';
import { stableKey } from '../explore/stable-key.js';
import { displayText } from '../report/display.js';
import { valueText } from '../report/format.js';

/** What a set of generated paths must cover, over the explored graph or the machine definition. */
export type CoverKind = 'states' | 'edges' | 'edge-pairs' | 'guards' | 'tags' | 'state-nodes' | 'transitions';

/** Where the shortest walk to an item ends: a state reached by a shortest path, then these tries. */
export interface Target {
  item: string;
  state: number;
  tries: number[];
}

/**
 * One cover criterion over the explored graph: its items, the items each step covers, and the shortest
 * walk to each item. The greedy path builder (`buildWalks`) needs nothing else.
 */
export interface CoverSpec {
  universe: string[];
  atInit: string[];
  walkable(t: number): boolean;
  /** Items covered by taking try `t` right after try `prev` (-1 at the start of a path). */
  step(prev: number, t: number): string[];
  /** Every item with its shortest walk, in order of walk length. */
  targets: Target[];
}

/** Readable names of states and tries, used as item names. */
function namer(exploration: Exploration) {
  const snapshots = exploration.snapshots as AnyMachineSnapshot[];
  const tries = exploration.tries as Tries;
  // Walk building asks for the same names many times: each is made once.
  const stateNames: string[] = [];
  const edgeNames: string[] = [];
  const state = (s: number) => {
    let name = stateNames[s];
    if (name === undefined) {
      const snapshot = snapshots[s] as AnyMachineSnapshot;
      name = `#${s} ${valueText(snapshot.value)} ${displayText(snapshot.context)}`;
      stateNames[s] = name;
    }
    return name;
  };
  const event = (t: number) => {
    const { type, ...payload } = exploration.events[tries.event.get(t)] as EventObject;
    return Object.keys(payload).length === 0 ? type : `${type} ${displayText(payload)}`;
  };
  const edge = (t: number) => {
    let name = edgeNames[t];
    if (name === undefined) {
      name = `#${tries.from.get(t)} --${event(t)}--> #${tries.to.get(t)}`;
      edgeNames[t] = name;
    }
    return name;
  };
  return { state, edge };
}

function sortTargets(exploration: Exploration, targets: Target[]): Target[] {
  const length = (t: Target) => exploration.depth.get(t.state) + t.tries.length;
  return targets
    .map((t, i) => ({ t, i }))
    .sort((a, b) => length(a.t) - length(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

/** Builds the cover criterion `kind` over a kept exploration. */
export function coverSpec(exploration: Exploration, kind: CoverKind): CoverSpec {
  const tries = exploration.tries as Tries;
  const n = tries.from.length;
  const changes = (t: number) => tries.to.get(t) !== tries.from.get(t);
  const names = namer(exploration);
  const targets: Target[] = [];
  const universe: string[] = [];
  switch (kind) {
    case 'states': {
      for (let s = 0; s < exploration.count; s++) {
        universe.push(names.state(s));
        if (s > 0) targets.push({ item: names.state(s), state: s, tries: [] });
      }
      return {
        universe,
        atInit: [names.state(0)],
        walkable: changes,
        step: (_prev, t) => [names.state(tries.to.get(t))],
        targets: sortTargets(exploration, targets),
      };
    }
    case 'edges': {
      for (let t = 0; t < n; t++) {
        if (!changes(t)) continue;
        universe.push(names.edge(t));
        targets.push({ item: names.edge(t), state: tries.from.get(t), tries: [t] });
      }
      return {
        universe,
        atInit: [],
        walkable: changes,
        step: (_p, t) => [names.edge(t)],
        targets: sortTargets(exploration, targets),
      };
    }
    case 'edge-pairs':
      return pairSpec(exploration, changes, names.edge);
    case 'guards':
      return guardSpec(exploration);
    case 'tags':
      return tagSpec(exploration, changes);
    default:
      throw new Error(`unknown cover ${kind}`);
  }
}

function pairSpec(
  exploration: Exploration,
  changes: (t: number) => boolean,
  edge: (t: number) => string,
): CoverSpec {
  const tries = exploration.tries as Tries;
  const outOf = outgoing(exploration, changes);
  const pair = (a: number, b: number) => `${edge(a)} ; ${edge(b)}`;
  const universe: string[] = [];
  const targets: Target[] = [];
  for (let a = 0; a < tries.from.length; a++) {
    if (!changes(a)) continue;
    for (const b of outOf[tries.to.get(a)] ?? []) {
      universe.push(pair(a, b));
      targets.push({ item: pair(a, b), state: tries.from.get(a), tries: [a, b] });
    }
  }
  return {
    universe,
    atInit: [],
    walkable: changes,
    step: (prev, t) => (prev < 0 ? [] : [pair(prev, t)]),
    targets: sortTargets(exploration, targets),
  };
}

/** Per state, the ids of its active state nodes (computed once per distinct value). */
function activeIdsPerState(exploration: Exploration): Array<Set<string>> {
  const byValue = new Map<string, Set<string>>();
  return (exploration.snapshots as AnyMachineSnapshot[]).map((snapshot) => {
    const key = stableKey(snapshot.value);
    let ids = byValue.get(key);
    if (!ids) {
      ids = new Set(activeNodes(exploration.machine, snapshot.value).map((n) => n.id));
      byValue.set(key, ids);
    }
    return ids;
  });
}

/**
 * Guard outcomes: for each guarded transition, "→ true" when a step took it and "→ false" when its event
 * was sent while its source state was active and it was not taken (for eventless ones: a state at rest
 * with its source active, since an enabled eventless transition would have been taken).
 */
function guardSpec(exploration: Exploration): CoverSpec {
  const tries = exploration.tries as Tries;
  const active = activeIdsPerState(exploration);
  const guarded = exploration.declared
    .map((t, index) => ({ t, index, guard: guardName(t.definition.guard) }))
    .filter((g) => g.guard !== undefined);
  const item = (g: (typeof guarded)[number], outcome: boolean) => `${g.t.label} [${g.guard}] → ${outcome}`;
  const universe = guarded.flatMap((g) => [item(g, true), item(g, false)]);
  // For each eventless transition, the eventless transitions of its source listed before it.
  const eventlessBefore = new Map<number, number[]>();
  exploration.declared.forEach((t, index) => {
    if (t.eventType !== '') return;
    const before = exploration.declared.flatMap((o, i) =>
      i < index && o.eventType === '' && o.source === t.source ? [i] : [],
    );
    eventlessBefore.set(index, before);
  });
  const perTry: string[][] = [];
  for (let t = 0; t < tries.from.length; t++) {
    const type = (exploration.events[tries.event.get(t)] as EventObject).type;
    const taken = new Set<number>();
    for (let k = tries.takenStart.get(t); k < tries.takenStart.get(t + 1); k++) taken.add(tries.taken.get(k));
    const items: string[] = [];
    for (const g of guarded) {
      if (taken.has(g.index)) items.push(item(g, true));
      else if (g.t.eventType === type && active[tries.from.get(t)]?.has(g.t.source))
        items.push(item(g, false));
      // An eventless transition taken means those listed before it on the same state were evaluated false.
      else if (
        g.t.eventType === '' &&
        [...taken].some((x) => (eventlessBefore.get(x) ?? []).includes(g.index))
      )
        items.push(item(g, false));
    }
    perTry.push(items);
  }
  const atRest = (s: number) =>
    guarded.filter((g) => g.t.eventType === '' && active[s]?.has(g.t.source)).map((g) => item(g, false));
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (let s = 0; s < exploration.count; s++) {
    for (const i of atRest(s)) if (!seen.has(i)) seen.add(i), targets.push({ item: i, state: s, tries: [] });
  }
  for (let t = 0; t < tries.from.length; t++) {
    for (const i of perTry[t] as string[])
      if (!seen.has(i)) seen.add(i), targets.push({ item: i, state: tries.from.get(t), tries: [t] });
  }
  return {
    universe,
    atInit: atRest(0),
    walkable: () => true,
    step: (_prev, t) => [...(perTry[t] as string[]), ...atRest(tries.to.get(t))],
    targets: sortTargets(exploration, targets),
  };
}

/** Requirement tags (XState `tags` and `meta.tags` of state nodes): covered when a path reaches a tagged state. */
function tagSpec(exploration: Exploration, changes: (t: number) => boolean): CoverSpec {
  const tries = exploration.tries as Tries;
  const tagsOfNode = new Map(allStateNodes(exploration.machine).map((n) => [n.id, nodeTags(n)]));
  const universe = [...new Set([...tagsOfNode.values()].flat())];
  const tagsOf = activeIdsPerState(exploration).map((ids) => [
    ...new Set([...ids].flatMap((id) => tagsOfNode.get(id) ?? [])),
  ]);
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (let s = 0; s < exploration.count; s++) {
    for (const tag of tagsOf[s] as string[])
      if (!seen.has(tag)) seen.add(tag), targets.push({ item: tag, state: s, tries: [] });
  }
  return {
    universe,
    atInit: tagsOf[0] as string[],
    walkable: changes,
    step: (_prev, t) => tagsOf[tries.to.get(t)] as string[],
    targets,
  };
}

/** Walkable tries out of each state, in exploration order. */
export function outgoing(exploration: Exploration, walkable: (t: number) => boolean): number[][] {
  const tries = exploration.tries as Tries;
  const out: number[][] = Array.from({ length: exploration.count }, () => []);
  for (let t = 0; t < tries.from.length; t++) if (walkable(t)) out[tries.from.get(t)]?.push(t);
  return out;
}
