/**
 * IP addresses as numbers, so a range table compares them: IPv4 as 32-bit and IPv6 as 128-bit values. An
 * IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, as a dual-stack socket reports an IPv4 client) is its IPv4 address.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** An address's family and value. */
export interface IpNumber {
  family: 4 | 6;
  value: bigint;
}

/** The IPv4 dotted quad as a 32-bit number (the text is already known to be valid). */
function ipv4Value(text: string): bigint {
  return text.split('.').reduce((sum, octet) => (sum << 8n) | BigInt(Number(octet)), 0n);
}

/** The sixteen-bit groups of a valid IPv6 text, `::` expanded and a trailing dotted quad split in two. */
function ipv6Groups(text: string): number[] {
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let body = text;
  if (quad?.[1]) {
    const v4 = ipv4Value(quad[1]);
    body = `${text.slice(0, -quad[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = body.split('::');
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const front = parse(head);
  if (tail === undefined) return front;
  const back = parse(tail);
  return [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
}

const MAPPED_PREFIX = 0xffffn << 32n;

/**
 * The number of an IP address text, or `undefined` when it is none (a host name, `unknown`, a zone-scoped
 * `fe80::1%eth0`). IPv4-mapped IPv6 addresses count as IPv4.
 */
export function ipNumber(text: string): IpNumber | undefined {
  const trimmed = text.trim();
  if (isIPv4(trimmed)) return { family: 4, value: ipv4Value(trimmed) };
  if (!isIPv6(trimmed) || trimmed.includes('%')) return undefined;
  const value = ipv6Groups(trimmed).reduce((sum, group) => (sum << 16n) | BigInt(group), 0n);
  if (value >> 32n === 0xffffn) return { family: 4, value: value - MAPPED_PREFIX };
  return { family: 6, value };
}

/** The longest run of at least two zero groups (the first of equals), as [start, length]; [-1, 0] when none. */
function longestZeroRun(groups: readonly number[]): [number, number] {
  let best: [number, number] = [-1, 0];
  for (let start = 0; start < groups.length; start++) {
    let end = start;
    while (groups[end] === 0) end++;
    if (end - start > best[1] && end - start >= 2) best = [start, end - start];
  }
  return best;
}

/** The text of an address number in its canonical form: dotted quad, or IPv6 as RFC 5952 writes it (`2001:db8::1`). */
export function ipText(ip: IpNumber): string {
  if (ip.family === 4)
    return [24n, 16n, 8n, 0n].map((shift) => String((ip.value >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
  const [start, length] = longestZeroRun(groups);
  const hex = (part: number[]) => part.map((group) => group.toString(16)).join(':');
  if (start < 0) return hex(groups);
  return `${hex(groups.slice(0, start))}::${hex(groups.slice(start + length))}`;
}
