/**
 * Data normalisation shared by every entry point: an empty text input (`''`) or an `undefined` property is the
 * same as a missing property, so `required` (not `minLength`) reports it, and the submitted value omits it.
 */
import { parsePointer } from './pointer.js';

/** A deep copy of `value` without `''`/`undefined` object properties; array items are kept as they are. */
export function clean(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cleanItem);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || v === '') continue;
    out[key] = clean(v);
  }
  return out;
}

// Array positions matter (issue paths name them), so an empty item stays and is reported.
function cleanItem(value: unknown): unknown {
  return value === undefined ? null : clean(value);
}

/** A copy of cleaned `data` without the values at `pointers` (ancestors copied, everything else shared). */
export function omitPointers(data: unknown, pointers: Iterable<string>): unknown {
  let root = data;
  for (const pointer of pointers) root = omitOne(root, parsePointer(pointer), 0);
  return root;
}

function omitOne(node: unknown, segments: string[], i: number): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const key = segments[i] as string;
  if (!Object.hasOwn(node, key)) return node;
  const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  if (i === segments.length - 1) delete copy[key];
  else copy[key] = omitOne(copy[key], segments, i + 1);
  return copy;
}
