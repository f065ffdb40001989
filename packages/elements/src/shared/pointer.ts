/**
 * JSON Pointer reads and immutable writes on form data (RFC 6901). Writes copy only the path they touch, so
 * Lit sees a new object and a keystroke costs O(depth), not O(form).
 */

/** Unescaped segments of a pointer; `''` is the whole document. */
export function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer`, or `undefined` when any step is missing. */
export function getAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const s of segments(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, s) ? (current as Record<string, unknown>)[s] : undefined;
  }
  return current;
}

/**
 * A copy of `data` with `value` at `pointer`; `undefined` deletes the key (an emptied field is "missing" for
 * `required`), and array indexes keep arrays as arrays.
 */
export function setAt<T>(data: T, pointer: string, value: unknown): T {
  const path = segments(pointer);
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

/** True when `path` equals `prefix` or lies below it. */
export function isAtOrBelow(path: string, prefix: string): boolean {
  return path === prefix || (path.startsWith(prefix) && path.charAt(prefix.length) === '/');
}
