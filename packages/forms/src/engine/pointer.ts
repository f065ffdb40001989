/**
 * JSON Pointer (RFC 6901) helpers used by every part of the engine. Pointers here always address the data,
 * with `''` as the whole document; `*` as a segment means "every array item" in named-rule patterns.
 */

/** Splits a pointer into unescaped segments; `''` gives `[]`. The caller must pass a valid pointer. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins unescaped segments into a pointer. */
export function formatPointer(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) out += `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return out;
}

/** True when `pointer` is a syntactically valid JSON Pointer. */
export function isPointer(pointer: unknown): pointer is string {
  return (
    typeof pointer === 'string' && (pointer === '' || (pointer.startsWith('/') && !/~[^01]|~$/.test(pointer)))
  );
}

/** True when `path` equals `prefix` or lies below it. */
export function isAtOrBelow(path: string, prefix: string): boolean {
  return path === prefix || (path.startsWith(prefix) && path.charCodeAt(prefix.length) === 47) /* '/' */;
}

/** Reads the value at pre-parsed `segments`; `undefined` when any step is missing. */
export function getAt(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (const s of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, s) ? (current as Record<string, unknown>)[s] : undefined;
  }
  return current;
}

/** The pointer of the parent location (`''` for top-level pointers). */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}
