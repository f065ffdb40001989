import { fnv1a32 } from './hash.js';

/**
 * A Golomb-coded set (Golomb–Rice coded sorted hashes): a membership filter with no false negatives and a
 * false-positive rate of about 2^-bits per lookup, at about bits + 2 bits per item. The browser form uses it to
 * carry the free-provider list; a caller must treat a hit as "probably listed" and let the exact list decide.
 */
export interface GolombFilter {
  /** True when `key` is (probably) in the set; never false for a key that was encoded. */
  has(key: string): boolean;
  /** Number of distinct hashes in the set. */
  readonly size: number;
}

/** The encoded form, as the generator writes it. */
export interface GolombFilterData {
  /** Number of keys the range was sized for. */
  count: number;
  /** Rice parameter: false-positive rate ≈ 2^-bits. */
  bits: number;
  /** Base64 of the bit stream. */
  base64: string;
}

const hashInRange = (key: string, range: number): number => fnv1a32(key) % range;

/** Encodes keys into a Golomb-coded set (used by the generator and the tests; not needed at run time). */
export function encodeGolombFilter(keys: Iterable<string>, bits: number): GolombFilterData {
  const unique = [...new Set(keys)];
  const count = unique.length;
  const range = count * 2 ** bits;
  const hashes = [...new Set(unique.map((key) => hashInRange(key, range)))].sort((a, b) => a - b);
  const bytes: number[] = [];
  let current = 0;
  let used = 0;
  const writeBit = (bit: number) => {
    current = (current << 1) | bit;
    used += 1;
    if (used === 8) {
      bytes.push(current);
      current = 0;
      used = 0;
    }
  };
  let previous = 0;
  for (const hash of hashes) {
    const delta = hash - previous;
    previous = hash;
    for (let q = Math.floor(delta / 2 ** bits); q > 0; q -= 1) writeBit(1);
    writeBit(0);
    for (let b = bits - 1; b >= 0; b -= 1) writeBit(Math.floor(delta / 2 ** b) % 2);
  }
  if (used > 0) bytes.push(current << (8 - used));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { count, bits, base64: btoa(binary) };
}

/**
 * Decodes a Golomb-coded set into a sorted array of hashes (once, lazily on first lookup) and answers lookups
 * by binary search. Decoding 5,000 items takes well under a millisecond.
 */
export function decodeGolombFilter(data: GolombFilterData): GolombFilter {
  const range = data.count * 2 ** data.bits;
  let sorted: Uint32Array | undefined;
  const decode = (): Uint32Array => {
    const binary = atob(data.base64);
    const values: number[] = [];
    const totalBits = binary.length * 8;
    let position = 0;
    const readBit = () => {
      const bit = (binary.charCodeAt(position >> 3) >> (7 - (position & 7))) & 1;
      position += 1;
      return bit;
    };
    let value = 0;
    // Each item needs at least bits + 1 bits; what is left after the last item is padding.
    while (position + data.bits + 1 <= totalBits) {
      let quotient = 0;
      while (position < totalBits && readBit() === 1) quotient += 1;
      let remainder = 0;
      for (let b = 0; b < data.bits; b += 1) remainder = remainder * 2 + readBit();
      value += quotient * 2 ** data.bits + remainder;
      values.push(value);
    }
    // Zero padding decodes as trailing items of delta 0: drop them (they repeat the last value).
    while (values.length > 1 && values[values.length - 1] === values[values.length - 2]) values.pop();
    return Uint32Array.from(values);
  };
  return {
    get size() {
      sorted ??= decode();
      return sorted.length;
    },
    has(key) {
      sorted ??= decode();
      const target = hashInRange(key, range);
      let low = 0;
      let high = sorted.length - 1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const value = sorted[mid] as number;
        if (value === target) return true;
        if (value < target) low = mid + 1;
        else high = mid - 1;
      }
      return false;
    },
  };
}
