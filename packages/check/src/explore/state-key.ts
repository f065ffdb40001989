import type { AnyMachineSnapshot } from 'xstate';
import { stableKey } from './stable-key.js';
import { configurationOf } from './xstate-adapter.js';

/** Property names of one context shape, sorted, each already written as the `"name":` prefix of its entry. */
interface Shape {
  keys: string[];
  sorted: string[];
  prefixes: string[];
}

function primitiveKey(item: unknown): string | undefined {
  switch (typeof item) {
    case 'number':
      return Number.isFinite(item) ? String(item) : 'null';
    case 'string':
      return JSON.stringify(item);
    case 'boolean':
      return item ? 'true' : 'false';
    default:
      return undefined;
  }
}

/**
 * Builds the default state key (value + context + status) of snapshots, with the same text as
 * `stableKey` would give but without redoing work the previous snapshot already did: the value's key is
 * kept per `_nodes` array (XState shares it between snapshots of one configuration), the context's key
 * is kept for the last context object seen (a step that only changes state keeps its context object),
 * and plain flat contexts reuse their sorted property list instead of sorting it again. Profiling the
 * grid benchmark showed key building at ~17 % of a run before this; one instance per exploration.
 */
export class StateKeys {
  private readonly valueKeys = new WeakMap<object, string>();
  private lastContext: unknown = undefined;
  private lastContextKey = '';
  private shape: Shape | undefined;

  /** The key of `snapshot`: value, context and status; equal snapshots (as `stableKey` sees them) get equal keys. */
  of(snapshot: AnyMachineSnapshot): string {
    return `${this.valueKey(snapshot)}|${this.contextKey(snapshot.context)}|${snapshot.status}`;
  }

  private valueKey(snapshot: AnyMachineSnapshot): string {
    const nodes = configurationOf(snapshot);
    let key = this.valueKeys.get(nodes);
    if (key === undefined) {
      key = stableKey(snapshot.value);
      this.valueKeys.set(nodes, key);
    }
    return key;
  }

  /** The key of a context; exported behaviour is `stableKey(context)`, only faster. */
  contextKey(context: unknown): string {
    if (context === this.lastContext && this.lastContextKey !== '') return this.lastContextKey;
    const key = this.flatKey(context) ?? stableKey(context);
    this.lastContext = context;
    this.lastContextKey = key;
    return key;
  }

  /** `stableKey` of a plain object, with the sorted property list reused while the shape stays the same. */
  private flatKey(context: unknown): string | undefined {
    if (typeof context !== 'object' || context === null) return undefined;
    const proto = Object.getPrototypeOf(context);
    if (proto !== Object.prototype && proto !== null) return undefined;
    const object = context as Record<string, unknown>;
    const keys = Object.keys(object);
    let shape = this.shape;
    if (shape === undefined || !sameKeys(shape.keys, keys)) {
      // An own `toJSON` makes stableKey call it: leave such contexts to stableKey.
      if (keys.includes('toJSON')) return undefined;
      const sorted = [...keys].sort();
      shape = { keys, sorted, prefixes: sorted.map((k) => `${JSON.stringify(k)}:`) };
      this.shape = shape;
    }
    let out = '{';
    let first = true;
    const { sorted, prefixes } = shape;
    for (let i = 0; i < sorted.length; i++) {
      const item = object[sorted[i] as string];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      const text = primitiveKey(item) ?? stableKey(item);
      out += first ? (prefixes[i] as string) + text : `,${prefixes[i]}${text}`;
      first = false;
    }
    return `${out}}`;
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
