import type { Exploration } from '../explore/explore.js';
import type { Fairness } from './properties.js';

/** One weak-fairness class: a name, and which event numbers belong to it. */
export interface FairClass {
  name: string;
  events: Set<number>;
}

/** The child id an actor outcome event (`xstate.done.actor.<id>` / `xstate.error.actor.<id>`) is for. */
function childOf(type: string): string | undefined {
  const match = /^xstate\.(?:done|error)\.actor\.(.+)$/.exec(type);
  return match?.[1];
}

/** Invoke id → `src` name, so fairness may name actors either way. */
function invokeSources(exploration: Exploration): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: { invoke: Array<{ id: string; src: unknown }>; states?: Record<string, unknown> }) => {
    for (const def of node.invoke) if (typeof def.src === 'string') out.set(def.id, def.src);
    for (const child of Object.values(node.states ?? {})) walk(child as never);
  };
  walk(exploration.machine.root as never);
  return out;
}

/** The fairness classes of `fairness` over the events the exploration actually met. */
export function fairClasses(exploration: Exploration, fairness: Fairness | undefined): FairClass[] {
  if (!fairness) return [];
  const classes: FairClass[] = [];
  const { events, eventVia } = exploration;
  for (const entry of fairness.events ?? []) {
    const types = new Set(typeof entry === 'string' ? [entry] : entry);
    const members = new Set<number>();
    events.forEach((e, i) => {
      if (eventVia[i] === 'send' && types.has(e.type)) members.add(i);
    });
    classes.push({ name: [...types].join('|'), events: members });
  }
  const byName = new Map<string, FairClass>();
  const add = (name: string, i: number) => {
    let c = byName.get(name);
    if (!c) {
      c = { name, events: new Set() };
      byName.set(name, c);
      classes.push(c);
    }
    c.events.add(i);
  };
  const sources = invokeSources(exploration);
  events.forEach((e, i) => {
    if (eventVia[i] === 'timer' && fairness.timers) {
      if (fairness.timers === true || fairness.timers.includes(e.type)) add(`timer ${e.type}`, i);
    }
    const child = eventVia[i] === 'actor' ? childOf(e.type) : undefined;
    if (child !== undefined && fairness.actors) {
      const src = sources.get(child);
      if (
        fairness.actors === true ||
        fairness.actors.includes(child) ||
        (src !== undefined && fairness.actors.includes(src))
      )
        add(`actor ${src ?? child}`, i);
    }
  });
  return classes;
}

/** A short text of the fairness assumed, for messages: `fair to APPROVE|REJECT, timer …`. */
export function fairnessText(classes: FairClass[]): string {
  return classes.length === 0 ? 'no fairness assumed' : `fair to ${classes.map((c) => c.name).join(', ')}`;
}
