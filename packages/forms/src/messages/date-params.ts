/**
 * The `date` rule's bounds travel in an issue's params as ISO dates (`{ min: "2026-03-06" }`: data a program reads);
 * its sentence shows them as the reader writes dates (`Mar 6, 2026`, `6 Mar 2026`, `06.03.2026`). One function, used
 * wherever a form's issue becomes text, so the server and the browser say the same. The `date` rule's module
 * installs it ({@link paramDisplay}): forms without dates never carry it.
 */

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date in `locale`'s medium style (the date itself, never shifted by a time zone). */
function localDate(iso: string, locale: string): string {
  const at = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
  } catch {
    // A locale tag Intl does not take: English, as the catalogs fall back.
    return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
  }
}

/** How issue params read in a sentence, by rule: set by the rule's module (`date`), absent otherwise. */
export const paramDisplay: { date?: (params: object, locale: string) => object } = {};

/** `params` for the sentence of an issue `code`: a `date-…` issue's ISO dates in `locale`; anything else as given. */
export function displayParams(code: unknown, params: unknown, locale: string): unknown {
  if (typeof code !== 'string' || !code.startsWith('date-') || params === null || typeof params !== 'object')
    return params;
  return paramDisplay.date ? paramDisplay.date(params, locale) : params;
}

/** A `date-…` issue's params with its ISO dates in `locale` (installed as `paramDisplay.date`). */
export function localDates(params: object, locale: string): object {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'string' && isoDate.test(v) ? localDate(v, locale) : v,
    ]),
  );
}
