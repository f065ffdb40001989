/**
 * `date`: bounds for an ISO calendar date (`YYYY-MM-DD`, the value of `<input type="date">`), declared in the
 * definition and checked by the same code in the browser and on the server:
 * `{ "name": "date", "options": { "notAfter": "today", "notBefore": "/orderDate", "timeZone": "Europe/Berlin" } }`.
 * A bound is `today`, `today-30d` / `today+1y` (d, w, m, y), a fixed date `2020-01-01`, or the JSON Pointer of
 * another date field. "Today" is the calendar date in `timeZone` (default `UTC`), so browser and server agree
 * whatever time zone the person's computer is set to. Codes: `date-in-future`, `date-in-past` (for a `today`
 * bound), `date-too-early`, `date-too-late`.
 */
import type { NamedRule } from '../engine/types.js';
import { localDates, paramDisplay } from '../messages/date-params.js';
import { isDateBound, isoDate, resolveDateBound, todayIn, validDate } from './date-bounds.js';

// Its messages name the bounds as the reader writes dates, wherever a form with this rule says them.
paramDisplay.date = localDates;

export { isDateBound, resolveDateBound, todayIn };

function optionProblems(o: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(o))
    if (!['notBefore', 'notAfter', 'timeZone'].includes(key))
      problems.push(`option "${key}" is unknown (known: notBefore, notAfter, timeZone)`);
  for (const key of ['notBefore', 'notAfter'])
    if (o[key] !== undefined && !isDateBound(o[key]))
      problems.push(
        `option "${key}" must be "today", "today-30d" (d, w, m, y), a date like "2020-01-01" or a field's JSON Pointer`,
      );
  if (o.timeZone !== undefined) {
    try {
      todayIn(String(o.timeZone));
      if (typeof o.timeZone !== 'string') throw new RangeError();
    } catch {
      problems.push('option "timeZone" must be an IANA time zone such as "Europe/Berlin"');
    }
  }
  return problems;
}

/** The `date` named rule. */
export const dateRule: NamedRule = {
  name: 'date',
  codes: ['date-in-future', 'date-in-past', 'date-too-early', 'date-too-late'],
  validateOptions: optionProblems,
  dependsOn: (o) =>
    [o.notBefore, o.notAfter].filter((b): b is string => typeof b === 'string' && b.startsWith('/')),
  create(options) {
    const notBefore = typeof options.notBefore === 'string' ? options.notBefore : undefined;
    const notAfter = typeof options.notAfter === 'string' ? options.notAfter : undefined;
    const timeZone = typeof options.timeZone === 'string' ? options.timeZone : 'UTC';
    return (value, { data }) => {
      // The schema's `format: "date"` reports malformed values; this rule only judges real dates.
      if (typeof value !== 'string' || !isoDate.test(value) || !validDate(value)) return null;
      const min = notBefore && resolveDateBound(notBefore, data, timeZone);
      if (min && value < min)
        return { code: notBefore === 'today' ? 'date-in-past' : 'date-too-early', params: { min } };
      const max = notAfter && resolveDateBound(notAfter, data, timeZone);
      if (max && value > max)
        return { code: notAfter === 'today' ? 'date-in-future' : 'date-too-late', params: { max } };
      return null;
    };
  },
};
