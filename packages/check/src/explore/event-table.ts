import type { EventObject } from 'xstate';
import { stableKey } from './stable-key.js';

/** How an explored event reaches the machine: sent by the tester, fired by a timer, or sent by a child actor. */
export type EventVia = 'send' | 'timer' | 'actor';

/**
 * Every distinct event of a run, numbered once: edges and paths store the number, not the object, and a
 * fixed payload list is turned into events once instead of per state.
 */
export class EventTable {
  readonly events: EventObject[] = [];
  readonly via: EventVia[] = [];
  private readonly index = new Map<string, number>();

  /** The number of `event` arriving `via`, adding it when new. */
  intern(event: EventObject, via: EventVia): number {
    const k = via + stableKey(event);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.events.length;
      this.events.push(event);
      this.via.push(via);
      this.index.set(k, i);
    }
    return i;
  }
}
