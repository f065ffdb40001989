import type { AnyMachineSnapshot } from 'xstate';
import { IntList } from './int-list.js';
import type { Extras } from './timers.js';

/** Status codes of explored states. */
export enum StateStatus {
  Active = 0,
  Done = 1,
  Error = 2,
}

/** A growable byte per state (status, predicate results). */
export class ByteList {
  data = new Uint8Array(1024);
  set(index: number, value: number): void {
    if (index >= this.data.length) {
      const grown = new Uint8Array(Math.max(this.data.length * 2, index + 1));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
  }
  get(index: number): number {
    return this.data[index] as number;
  }
}

/**
 * The explored states and edges: states are dense integers in breadth-first order (0 is the initial
 * state), each with its parent and the event from it, so the path to any state is a shortest one.
 * Edges (`from --event--> to`, `to !== from`) are three Int32 lists.
 */
export class StateGraph {
  readonly keys = new Map<string, number>();
  /** Snapshots waiting to be expanded (dropped after, unless the whole graph is kept). */
  readonly snapshots: Array<AnyMachineSnapshot | undefined> = [];
  readonly extras: Extras[] = [];
  readonly parent = new IntList();
  readonly parentEvent = new IntList();
  readonly depth = new IntList();
  readonly status = new ByteList();
  readonly edgeFrom = new IntList(4096);
  readonly edgeTo = new IntList(4096);
  readonly edgeEvent = new IntList(4096);

  get count(): number {
    return this.snapshots.length;
  }

  /** Adds a new state under `key`, reached from `from` (-1 for the initial state) by event `via`. */
  add(key: string, snapshot: AnyMachineSnapshot, extras: Extras, from: number, via: number): number {
    const id = this.snapshots.length;
    this.keys.set(key, id);
    this.snapshots.push(snapshot);
    this.extras.push(extras);
    this.parent.push(from);
    this.parentEvent.push(via);
    this.depth.push(from < 0 ? 0 : this.depth.get(from) + 1);
    this.status.set(id, statusCode(snapshot));
    return id;
  }

  addEdge(from: number, to: number, event: number): void {
    this.edgeFrom.push(from);
    this.edgeTo.push(to);
    this.edgeEvent.push(event);
  }
}

function statusCode(snapshot: AnyMachineSnapshot): StateStatus {
  return snapshot.status === 'done'
    ? StateStatus.Done
    : snapshot.status === 'error'
      ? StateStatus.Error
      : StateStatus.Active;
}
