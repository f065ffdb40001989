import { stableKey } from '../explore/stable-key.js';

/** An error as one readable string: `Error: down`, `GatehouseError(rate-limited): too many tries`. */
export function errorText(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? `(${code})` : ''}: ${error.message}`;
}

/**
 * A copy of `value` fit for printing: `Error` instances (which JSON writes as `{}`, losing the message)
 * become their `errorText`. Used for traces in text and in `--json`.
 */
export function displayable(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return errorText(value);
  if (typeof value !== 'object' || value === null || depth > 20) return value;
  if (Array.isArray(value)) return value.map((item) => displayable(item, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = displayable(item, depth + 1);
  return out;
}

/** Sorted-key JSON of `value` with errors written out (see {@link displayable}). */
export function displayText(value: unknown): string {
  return stableKey(displayable(value));
}

/**
 * What changed from one context to the next, as `{"attempts":6}`-style text of the changed top-level
 * properties (`-name` for removed ones); '' when nothing changed. Long traces print this instead of the
 * whole context on every line.
 */
export function contextDiff(before: unknown, after: unknown): string {
  if (before === after) return '';
  const isPlain = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isPlain(before) || !isPlain(after)) {
    const text = displayText(after);
    return text === displayText(before) ? '' : text;
  }
  const changed: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const key of Object.keys(after)) {
    if (displayText(after[key]) !== displayText(before[key])) changed[key] = after[key];
  }
  for (const key of Object.keys(before)) if (!(key in after) || after[key] === undefined) removed.push(key);
  const parts: string[] = [];
  if (Object.keys(changed).length > 0) parts.push(displayText(changed));
  for (const key of removed.sort()) if (!(key in changed)) parts.push(`-${key}`);
  return parts.join(' ');
}
