/**
 * Data normalisation shared by every entry point: an empty text input (`''`) or an `undefined` property is the
 * same as a missing property, so `required` (not `minLength`) reports it, and the submitted value omits it.
 */
import { parsePointer } from './pointer.js';

/**
 * Nesting below this many levels is returned as it is, uncleaned: no form nests that deep, and a hostile body
 * (30,000 nested arrays fit in 64 KiB) must not overflow the stack. The validator then refuses it by type.
 */
export const MAX_CLEAN_DEPTH = 1000;

/**
 * `value` without `''`/`undefined` object properties (array items are kept, `undefined` ones as `null`).
 * Copy-on-write: an object or array that needs no change is returned as it is, and a changed one is a new
 * object that shares its unchanged children. So clean input costs one read-only walk and no allocation; the
 * caller must treat the result as read-only, because it may be (or contain) the input itself.
 */
export function clean(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth >= MAX_CLEAN_DEPTH) return value;
  // Arrays go through the same loop: their keys are the indices, and an item is never dropped.
  const list = Array.isArray(value);
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  let out: Record<string, unknown> | undefined;
  for (let k = 0; k < keys.length; k++) {
    const v = source[keys[k]!];
    const drop = !list && (v === undefined || v === '');
    const next = drop || typeof v !== 'object' ? v : clean(v, depth + 1);
    if (!out) {
      // An `undefined` that is not dropped is an array item, which becomes `null`.
      if (drop || next !== v || v === undefined) {
        // The first change: copy what came before it, then continue into the copy.
        out = list ? ([] as unknown as Record<string, unknown>) : {};
        for (let c = 0; c < k; c++) setOwn(out, keys[c]!, source[keys[c]!]);
      } else continue;
    }
    if (!drop) setOwn(out, keys[k]!, next === undefined ? null : next);
  }
  return out ?? value;
}

// `out[key] = v` would set the prototype for a JSON `"__proto__"` key instead of keeping it as data.
function setOwn(out: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  else out[key] = v;
}

/**
 * A copy of cleaned `data` without the values at `pointers`: each changed object is copied once whatever the
 * number of pointers in it, everything else is shared. Missing locations are ignored.
 */
export function omitPointers(data: unknown, pointers: Iterable<string>): unknown {
  return omit(data, Array.from(pointers, parsePointer));
}

function omit(node: unknown, paths: string[][]): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const source = node as Record<string, unknown>;
  const present = paths.filter((p) => p.length > 0 && Object.hasOwn(source, p[0]!));
  if (present.length === 0) return node;
  const heads = new Set(present.map((p) => p[0]));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (!heads.has(key)) {
      setOwn(out, key, source[key]);
      continue;
    }
    const here = present.filter((p) => p[0] === key);
    // A path ending here drops the key (and wins over longer paths below it).
    if (here.some((p) => p.length === 1)) continue;
    setOwn(
      out,
      key,
      here.length > 0
        ? omit(
            source[key],
            here.map((p) => p.slice(1)),
          )
        : source[key],
    );
  }
  return out;
}
