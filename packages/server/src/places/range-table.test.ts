import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IpNumber, ipNumber, ipText } from './ip-number.js';
import { createRangeTablePlaceLookup, PlaceTableError } from './range-table.js';

const MAX = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n } as const;

/** An address of `family` anywhere in its space, the ends included more often than chance would pick them. */
const addressOf = (family: 4 | 6) =>
  fc.oneof(fc.bigInt({ min: 0n, max: MAX[family] }), fc.constantFrom(0n, 1n, MAX[family] - 1n, MAX[family]));

/** `[start, end]` of `family`, start ≤ end. */
const rangeOf = (family: 4 | 6) =>
  fc
    .tuple(addressOf(family), addressOf(family))
    .map(([a, b]): readonly [bigint, bigint] => (a <= b ? [a, b] : [b, a]));

const text = (family: 4 | 6, value: bigint) => ipText({ family, value });
const lookUp = (csv: string, family: 4 | 6, value: bigint) =>
  createRangeTablePlaceLookup(csv)(text(family, value), new AbortController().signal);

/** The error `csv` is refused with. */
function refusal(csv: string): PlaceTableError {
  try {
    createRangeTablePlaceLookup(csv);
  } catch (error) {
    if (error instanceof PlaceTableError) return error;
    throw error;
  }
  throw new Error('the table was accepted');
}

describe('ip numbers', () => {
  it('read back what they write, for every IPv4 and IPv6 address', () => {
    for (const family of [4, 6] as const) {
      fc.assert(
        fc.property(addressOf(family), (value) => {
          const ip: IpNumber = { family, value };
          // An IPv6 address in ::ffff:0:0/96 reads back as IPv4 (the mapped form), by design.
          const mapped = family === 6 && value >> 32n === 0xffffn;
          expect(ipNumber(ipText(ip))).toEqual(mapped ? { family: 4, value: value - (0xffffn << 32n) } : ip);
        }),
      );
    }
  });

  it('write IPv6 the canonical way and refuse what is no address', () => {
    expect(ipText(ipNumber('2001:0db8:0000:0000:0000:0000:0000:0001') as IpNumber)).toBe('2001:db8::1');
    expect(ipText(ipNumber('::1') as IpNumber)).toBe('::1');
    expect(ipText(ipNumber('1:0:0:2:0:0:0:3') as IpNumber)).toBe('1:0:0:2::3');
    expect(ipNumber('::ffff:192.0.2.1')).toEqual(ipNumber('192.0.2.1'));
    for (const bad of ['unknown', '', '1.2.3', '256.1.1.1', 'fe80::1%eth0', '::g', '1.2.3.4.5']) {
      expect(ipNumber(bad)).toBeUndefined();
    }
  });
});

describe('createRangeTablePlaceLookup', () => {
  it('finds the place at both ends of a range and nowhere just outside it (IPv4 and IPv6)', async () => {
    for (const family of [4, 6] as const) {
      await fc.assert(
        fc.asyncProperty(rangeOf(family), async ([start, end]) => {
          const csv = `${text(family, start)},${text(family, end)},DE,Bavaria,Munich`;
          const munich = { country: 'DE', region: 'Bavaria', city: 'Munich' };
          expect(await lookUp(csv, family, start)).toEqual(munich);
          expect(await lookUp(csv, family, end)).toEqual(munich);
          expect(await lookUp(csv, family, start + (end - start) / 2n)).toEqual(munich);
          if (start > 0n) expect(await lookUp(csv, family, start - 1n)).toBeUndefined();
          if (end < MAX[family]) expect(await lookUp(csv, family, end + 1n)).toBeUndefined();
        }),
      );
    }
  });

  it('tells adjacent ranges apart at their shared boundary, whatever order the lines come in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.bigInt({ min: 1n, max: MAX[4] - 1n }), fc.boolean(), async (boundary, reversed) => {
        const lines = [`0.0.0.0,${text(4, boundary - 1n)},AT,,`, `${text(4, boundary)},255.255.255.255,CH,,`];
        const csv = (reversed ? lines.reverse() : lines).join('\n');
        expect(await lookUp(csv, 4, boundary - 1n)).toEqual({ country: 'AT' });
        expect(await lookUp(csv, 4, boundary)).toEqual({ country: 'CH' });
      }),
    );
  });

  it('finds each of many disjoint ranges by any address inside it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.bigInt({ min: 0n, max: MAX[6] }), { minLength: 2, maxLength: 40 }),
        fc.nat(),
        async (cuts, pick) => {
          const sorted = [...cuts].sort((a, b) => (a < b ? -1 : 1));
          // Ranges [cut_i, cut_{i+1} - 1]: disjoint, each at least one address long.
          const ranges = sorted
            .slice(0, -1)
            .map((start, i) => [start, (sorted[i + 1] as bigint) - 1n] as const);
          const csv = ranges.map(([s, e], i) => `${text(6, s)},${text(6, e)},,Region ${i},`).join('\n');
          const index = pick % ranges.length;
          const [start, end] = ranges[index] as readonly [bigint, bigint];
          expect(await lookUp(csv, 6, end)).toEqual({ region: `Region ${index}` });
          expect(await lookUp(csv, 6, start)).toEqual({ region: `Region ${index}` });
        },
      ),
    );
  });

  it('keeps IPv4 and IPv6 apart and looks IPv4-mapped addresses up as IPv4', async () => {
    const lookup = createRangeTablePlaceLookup('0.0.0.0,0.0.0.255,DE,,\n::,::ff,AT,,');
    const signal = new AbortController().signal;
    expect(await lookup('0.0.0.1', signal)).toEqual({ country: 'DE' });
    expect(await lookup('::1', signal)).toEqual({ country: 'AT' });
    expect(await lookup('::ffff:0.0.0.1', signal)).toEqual({ country: 'DE' });
    expect(await lookup('not an address', signal)).toBeUndefined();
  });

  it('reads comments, blank lines, a header, quoted fields and lower-case codes', async () => {
    const csv = [
      '# Demo data: made-up places',
      'startIp, endIp, country, region, city',
      '',
      '192.0.2.0,192.0.2.255,us,"District of Columbia","Washington, D.C."',
      '198.51.100.0,198.51.100.255,DE,,"Say ""Hi"""',
    ].join('\r\n');
    const lookup = createRangeTablePlaceLookup(csv);
    const signal = new AbortController().signal;
    expect(await lookup('192.0.2.9', signal)).toEqual({
      country: 'US',
      region: 'District of Columbia',
      city: 'Washington, D.C.',
    });
    expect(await lookup('198.51.100.1', signal)).toEqual({ country: 'DE', city: 'Say "Hi"' });
  });

  it('refuses a bad table naming the line and column of the problem', () => {
    const ok = '10.0.0.0,10.0.0.255,DE,,';
    const cases: [string, number, number, RegExp][] = [
      [`${ok}\n10.0.1.0,10.0.1.999,DE,,`, 2, 2, /\(endIp\): "10\.0\.1\.999" is not an IPv4 or IPv6 address/],
      [`# c\n\nlocalhost,10.0.0.1,DE,,`, 3, 1, /\(startIp\)/],
      [`10.0.0.9,10.0.0.1,DE,,`, 1, 2, /the end comes before the start/],
      [`10.0.0.0,::1,DE,,`, 1, 2, /different families/],
      [`10.0.0.0,10.0.0.1,Germany,,`, 1, 3, /\(country\): "Germany" is not an ISO 3166-1 alpha-2 code/],
      [`10.0.0.0,10.0.0.1,DE,${'x'.repeat(101)},`, 1, 4, /\(region\): longer than 100 characters/],
      [`10.0.0.0,10.0.0.1,DE,,Mu\u0007nich`, 1, 5, /\(city\): .*control characters/],
      [`10.0.0.0,10.0.0.1,,,`, 1, 3, /names no place/],
      [`10.0.0.0,10.0.0.1,DE,Bavaria`, 1, 4, /4 columns, expected 5/],
      [`10.0.0.0,10.0.0.1,DE,Bavaria,Munich,extra`, 1, 6, /6 columns, expected 5/],
      [`10.0.0.0,10.0.0.1,DE,"Bavaria,Munich`, 1, 4, /a quoted field is not closed/],
      [`10.0.0.0,10.0.0.1,DE,"Bavaria"x,Munich`, 1, 4, /text after the closing quote/],
      [`${ok}\n10.0.0.255,10.0.1.0,AT,,`, 2, 1, /overlaps the range of line 1/],
    ];
    for (const [csv, line, column, reason] of cases) {
      const error = refusal(csv);
      expect([error.line, error.column], csv).toEqual([line, column]);
      expect(error.message).toMatch(new RegExp(`^place table line ${line}, column ${column}`));
      expect(error.message).toMatch(reason);
    }
  });

  it('never throws anything but a PlaceTableError, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (csv) => {
        try {
          createRangeTablePlaceLookup(csv);
        } catch (error) {
          expect(error).toBeInstanceOf(PlaceTableError);
        }
      }),
    );
  });
});
