/**
 * Date bounds of the `date` rule as plain functions with no imports, so a browser loads them with the date widget
 * alone: "today" in a time zone, relative bounds (`today-30d`, d, w, m, y) and bounds read from another field.
 */

export const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const relative = /^today(?:([+-])(\d{1,4})([dwmy]))?$/;

/** Whether a bound is one the rule understands (for option checks and lint). */
export function isDateBound(bound: unknown): boolean {
  if (typeof bound !== 'string') return false;
  return relative.test(bound) || (isoDate.test(bound) && validDate(bound)) || bound.startsWith('/');
}

export function validDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Today's calendar date in `timeZone` as `YYYY-MM-DD`. */
export function todayIn(timeZone = 'UTC', now = Date.now()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Adds `n` units (d, w, m, y) to an ISO date; month ends clamp (31 Jan + 1 m = 28/29 Feb). */
function shift(date: string, sign: number, n: number, unit: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (unit === 'd' || unit === 'w') d.setUTCDate(d.getUTCDate() + sign * n * (unit === 'w' ? 7 : 1));
  else {
    const months = sign * n * (unit === 'y' ? 12 : 1);
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + months);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  return d.toISOString().slice(0, 10);
}

/**
 * The ISO date a bound stands for now (`undefined` for a field bound whose field is empty or not a date).
 * Renderers use it for the `min`/`max` attributes of a date input.
 */
export function resolveDateBound(
  bound: string,
  data: unknown,
  timeZone = 'UTC',
  now = Date.now(),
): string | undefined {
  const rel = relative.exec(bound);
  if (rel) {
    const today = todayIn(timeZone, now);
    return rel[1] ? shift(today, rel[1] === '-' ? -1 : 1, Number(rel[2]), rel[3]!) : today;
  }
  if (isoDate.test(bound)) return bound;
  let other: unknown = data;
  for (const raw of bound.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    other =
      other !== null && typeof other === 'object' && Object.hasOwn(other, key)
        ? (other as Record<string, unknown>)[key]
        : undefined;
  }
  return typeof other === 'string' && isoDate.test(other) && validDate(other) ? other : undefined;
}
