/**
 * The ready place lookup that needs no third party: a table of address ranges the host supplies (from its own
 * network plan, or a geolocation database it licensed and exported), searched in memory. Lines are
 * `startIp,endIp,country,region,city` for IPv4 and IPv6 alike; the table is checked entirely when it is read.
 */
import type { SessionPlace } from '@gatehouse/flows/sessions';
import { countryCode, placeName } from './bound-place.js';
import { CsvLineError, csvFields } from './csv-line.js';
import { type IpNumber, ipNumber } from './ip-number.js';
import type { PlaceLookup } from './place-lookup.js';

/** The columns of a table line, in order. */
export const PLACE_TABLE_COLUMNS = ['startIp', 'endIp', 'country', 'region', 'city'] as const;

/** A line of the table that cannot be read: which line and column (both 1-based), and why. */
export class PlaceTableError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    const name = PLACE_TABLE_COLUMNS[column - 1];
    super(`place table line ${line}, column ${column}${name ? ` (${name})` : ''}: ${reason}`);
    this.name = 'PlaceTableError';
  }
}

/** One range of the table. */
interface Range {
  start: bigint;
  end: bigint;
  place: SessionPlace;
  line: number;
}

/** The address in `text` at `line`/`column`, or a {@link PlaceTableError}. */
function address(text: string, line: number, column: number): IpNumber {
  const ip = ipNumber(text);
  if (!ip) throw new PlaceTableError(line, column, `"${text.slice(0, 60)}" is not an IPv4 or IPv6 address`);
  return ip;
}

/** The place of a line's last three fields; an empty field is unknown, a bad one an error. */
function linePlace(fields: readonly string[], line: number): SessionPlace {
  const [country = '', region = '', city = ''] = fields.slice(2).map((field) => field.trim());
  const place: SessionPlace = {};
  if (country) {
    const code = countryCode(country);
    if (!code)
      throw new PlaceTableError(line, 3, `"${country.slice(0, 60)}" is not an ISO 3166-1 alpha-2 code (DE)`);
    place.country = code;
  }
  for (const [value, key, column] of [
    [region, 'region', 4],
    [city, 'city', 5],
  ] as const) {
    if (!value) continue;
    const name = placeName(value);
    if (!name)
      throw new PlaceTableError(line, column, 'longer than 100 characters or holds control characters');
    place[key] = name;
  }
  if (!place.country && !place.region && !place.city)
    throw new PlaceTableError(line, 3, 'the line names no place');
  return place;
}

/** The range of one line. */
function lineRange(text: string, line: number): Range & { family: 4 | 6 } {
  let fields: string[];
  try {
    fields = csvFields(text);
  } catch (error) {
    if (error instanceof CsvLineError) throw new PlaceTableError(line, error.column, error.message);
    throw error;
  }
  if (fields.length !== PLACE_TABLE_COLUMNS.length) {
    throw new PlaceTableError(
      line,
      Math.min(fields.length, PLACE_TABLE_COLUMNS.length + 1),
      `${fields.length} columns, expected ${PLACE_TABLE_COLUMNS.length}: ${PLACE_TABLE_COLUMNS.join(',')}`,
    );
  }
  const start = address((fields[0] ?? '').trim(), line, 1);
  const end = address((fields[1] ?? '').trim(), line, 2);
  if (start.family !== end.family)
    throw new PlaceTableError(line, 2, 'start and end are of different families');
  if (end.value < start.value) throw new PlaceTableError(line, 2, 'the end comes before the start');
  return { family: start.family, start: start.value, end: end.value, place: linePlace(fields, line), line };
}

/** Sorted by start; throws when two ranges share an address (which place would be meant?). */
function sortedWithoutOverlap(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const [before, range] = [sorted[i - 1] as Range, sorted[i] as Range];
    if (range.start <= before.end) {
      throw new PlaceTableError(range.line, 1, `the range overlaps the range of line ${before.line}`);
    }
  }
  return sorted;
}

/** The range holding `value` (binary search over sorted, disjoint ranges). */
function rangeOf(ranges: readonly Range[], value: bigint): Range | undefined {
  let [low, high] = [0, ranges.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as Range;
    if (value < range.start) high = middle - 1;
    else if (value > range.end) low = middle + 1;
    else return range;
  }
  return undefined;
}

/**
 * A {@link PlaceLookup} over `csv`, the text of a table with one range per line: `startIp,endIp,country,region,city`
 * (both ends included; country an ISO 3166-1 alpha-2 code; any of the three may be empty, not all). Blank lines and
 * lines starting with `#` are skipped, and so is the line naming the columns (a header). Fields may be quoted as in CSV.
 * Throws a {@link PlaceTableError} naming the line and column of the first problem, so a bad table stops the server
 * at start rather than leaving sign-ins without places. IPv4-mapped IPv6 addresses are looked up as IPv4.
 */
export function createRangeTablePlaceLookup(csv: string): PlaceLookup {
  const byFamily: Record<4 | 6, Range[]> = { 4: [], 6: [] };
  csv.split(/\r?\n/).forEach((text, index) => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.replace(/\s/g, '').toLowerCase() === PLACE_TABLE_COLUMNS.join(',').toLowerCase()) return;
    const { family, ...range } = lineRange(text, index + 1);
    byFamily[family].push(range);
  });
  const tables = { 4: sortedWithoutOverlap(byFamily[4]), 6: sortedWithoutOverlap(byFamily[6]) };
  return async (ip) => {
    const address = ipNumber(ip);
    if (!address) return undefined;
    const place = rangeOf(tables[address.family], address.value)?.place;
    return place ? { ...place } : undefined;
  };
}
