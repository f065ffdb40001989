/**
 * RFC 4648 §6 base32, the encoding authenticator apps use for TOTP secrets in QR codes and manual entry.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Why {@link base32Decode} rejected its input; `index` points at the offending character when there is one. */
export type Base32Issue = {
  ok: false;
  code: 'invalid-base32';
  params: {
    reason: 'invalid-character' | 'invalid-length' | 'invalid-padding' | 'non-zero-trailing-bits';
    index?: number;
  };
};

/** Result of {@link base32Decode}. */
export type Base32Result = { ok: true; value: Uint8Array } | Base32Issue;

/** Encodes bytes as upper-case base32; unpadded by default, as otpauth URIs expect. */
export function base32Encode(bytes: Uint8Array, options: { padding?: boolean } = {}): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  if (options.padding) out += '='.repeat((8 - (out.length % 8)) % 8);
  return out;
}

// Characters left over after whole bytes: only 0, 2, 4, 5 or 7 symbols in the last group are possible.
const VALID_REMAINDERS = new Set([0, 2, 4, 5, 7]);

/**
 * Decodes RFC 4648 base32. Case-insensitive and tolerant of the spaces people type when copying a secret,
 * but strict about everything else: invalid characters, impossible lengths, wrong padding and non-zero
 * trailing bits are rejected (so every string decodes to at most one secret).
 */
export function base32Decode(input: string): Base32Result {
  const fail = (reason: Base32Issue['params']['reason'], index?: number): Base32Issue => ({
    ok: false,
    code: 'invalid-base32',
    params: index === undefined ? { reason } : { reason, index },
  });
  if (typeof input !== 'string') return fail('invalid-character', 0);
  const symbols: number[] = [];
  let padding = 0;
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (char === ' ') continue;
    if (char === '=') {
      padding++;
      continue;
    }
    // Data after padding is malformed, not merely extra.
    if (padding > 0) return fail('invalid-padding', i);
    const value = ALPHABET.indexOf(char.toUpperCase());
    if (value < 0) return fail('invalid-character', i);
    symbols.push(value);
  }
  const remainder = symbols.length % 8;
  if (!VALID_REMAINDERS.has(remainder)) return fail('invalid-length');
  if (padding > 0 && (symbols.length + padding) % 8 !== 0) return fail('invalid-padding');
  if (padding > 0 && remainder === 0) return fail('invalid-padding');
  const bytes = new Uint8Array(Math.floor((symbols.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const value of symbols) {
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[index++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return fail('non-zero-trailing-bits');
  return { ok: true, value: bytes };
}
