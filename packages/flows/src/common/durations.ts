import { type Duration, milliseconds } from 'date-fns';

/**
 * A configurable duration: a date-fns `Duration` object (`{ hours: 24 }`) or milliseconds. Machine inputs take
 * these so hosts write lifetimes the way docs/requirements.md states them.
 */
export type DurationInput = Duration | number;

/** Milliseconds of a {@link DurationInput}; throws a clear error on negative or non-finite values (API edge). */
export function toMs(value: DurationInput, field: string): number {
  const ms = typeof value === 'number' ? value : milliseconds(value);
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`${field}: expected a non-negative duration, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/** Milliseconds until `at` (an epoch-ms timestamp) from now, never negative: the delay of a restored timer. */
export function msUntil(at: number | null | undefined): number {
  return at == null ? 0 : Math.max(0, at - Date.now());
}

/** Parse an ISO timestamp from a port into epoch ms, or use `fallback` when it is absent or unparsable. */
export function parseInstant(value: unknown, fallback: number): number {
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  return fallback;
}
