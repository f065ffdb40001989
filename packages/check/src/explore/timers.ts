import type { AnyMachineSnapshot, EventObject } from 'xstate';
import type { ExecutedAction } from './xstate-adapter.js';

/** A pending delayed event (an `after` timer or a delayed `raise`/self `sendTo`). */
export interface Timer {
  id: string;
  event: EventObject;
  delay: number;
  /** Rank of the step that scheduled it: a lower rank started no later. */
  batch: number;
}

/** What a state needs beyond its snapshot: pending timers and children whose outcome was delivered. */
export interface Extras {
  timers: Timer[];
  settled: string[];
}

/** The shared "nothing pending" value; compared by identity on the hot path. */
export const EMPTY: Extras = { timers: [], settled: [] };

/** Renumbers batches densely and sorts, so two states with the same pending timers get the same key. */
function normaliseTimers(timers: Timer[]): Timer[] {
  if (timers.length === 0) return EMPTY.timers;
  const batches = [...new Set(timers.map((t) => t.batch))].sort((a, b) => a - b);
  return timers
    .map((t) => ({ ...t, batch: batches.indexOf(t.batch) }))
    .sort((a, b) => a.batch - b.batch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A timer can fire next unless another pending timer started no later and has a shorter delay. */
export function enabledTimers(timers: Timer[]): Timer[] {
  return timers.filter((t) => !timers.some((o) => o !== t && o.delay < t.delay && o.batch <= t.batch));
}

/** The key suffix of the pending timers and settled children ('' when nothing is pending). */
export function extrasKey(extras: Extras): string {
  if (extras === EMPTY) return '';
  let tail = '';
  for (const t of extras.timers) tail += `|t${t.batch}:${t.id}`;
  for (const s of extras.settled) tail += `|s:${s}`;
  return tail;
}

const SCHEDULING = new Set(['xstate.raise', 'xstate.sendTo', 'xstate.cancel']);

/**
 * The pending timers and settled children after one step: a fired timer is removed, `cancel` removes,
 * delayed `raise`/self-`sendTo` schedule (in a new batch); a child stays settled only while the very same
 * child actor is still there. `warn` hears of what is not modelled (an undelayed `sendTo(self)`).
 */
export function nextExtras(
  extras: Extras,
  actions: readonly ExecutedAction[],
  self: unknown,
  fired: Timer | undefined,
  deliveredChild: string | undefined,
  prev: AnyMachineSnapshot,
  next: AnyMachineSnapshot,
  warn: (message: string) => void,
): Extras {
  // Fast path, by far the most common step: no timer, no child, no scheduling action.
  if (extras === EMPTY && fired === undefined && deliveredChild === undefined) {
    if (!actions.some((a) => SCHEDULING.has(a.type))) return EMPTY;
  }
  let timers = fired ? extras.timers.filter((t) => t !== fired) : extras.timers;
  let scheduled = false;
  const nextBatch = timers.reduce((m, t) => Math.max(m, t.batch), -1) + 1;
  for (const action of actions) {
    const p = action.params;
    if (!p) continue;
    if (action.type === 'xstate.cancel') {
      timers = timers.filter((t) => t.id !== p.sendId);
    } else if (
      (action.type === 'xstate.raise' || (action.type === 'xstate.sendTo' && p.to === self)) &&
      typeof p.delay === 'number'
    ) {
      const event = p.event as EventObject;
      const id = typeof p.id === 'string' ? p.id : `delayed:${event.type}`;
      timers = timers.filter((t) => t.id !== id);
      timers.push({ id, event, delay: p.delay, batch: nextBatch });
      scheduled = true;
    } else if (action.type === 'xstate.sendTo' && p.to === self) {
      warn(`sendTo(self) without a delay is not modelled (event ${(p.event as EventObject)?.type}).`);
    }
  }
  let settled = extras.settled.filter(
    (id) => next.children[id] !== undefined && next.children[id] === prev.children[id],
  );
  if (
    deliveredChild !== undefined &&
    deliveredChild in next.children &&
    next.children[deliveredChild] === prev.children[deliveredChild]
  ) {
    settled = [...settled, deliveredChild].sort();
  }
  if (timers.length === 0 && settled.length === 0) return EMPTY;
  return {
    timers: scheduled || fired || timers !== extras.timers ? normaliseTimers(timers) : timers,
    settled,
  };
}
