/**
 * JSON Pointer access to form data for the renderer (RFC 6901). Parsing and reading are the forms engine's own
 * helpers (`@gatehouse/forms/pointer`); the renderer adds immutable writes, which copy only the path they touch
 * so Lit sees a new object and a keystroke costs O(depth), not O(form).
 */
import { getAt as getAtSegments, isAtOrBelow, parsePointer } from '@gatehouse/forms/pointer';

export { isAtOrBelow };

/** The value at `pointer`, or `undefined` when any step is missing. */
export function getAt(data: unknown, pointer: string): unknown {
  return getAtSegments(data, parsePointer(pointer));
}

/**
 * A copy of `data` with `value` at `pointer`; `undefined` deletes the key (an emptied field is "missing" for
 * `required`), and array indexes keep arrays as arrays.
 */
export function setAt<T>(data: T, pointer: string, value: unknown): T {
  const path = parsePointer(pointer);
  const write = (node: unknown, depth: number): unknown => {
    const key = path[depth] as string;
    const isArray = Array.isArray(node);
    const copy: Record<string, unknown> | unknown[] = isArray
      ? [...(node as unknown[])]
      : { ...((node ?? {}) as Record<string, unknown>) };
    const bag = copy as Record<string, unknown>;
    if (depth === path.length - 1) {
      if (value === undefined && !isArray) delete bag[key];
      else bag[key] = value;
    } else {
      bag[key] = write(bag[key], depth + 1);
    }
    return copy;
  };
  return path.length === 0 ? (value as T) : (write(data, 0) as T);
}
