import { GatehouseError } from '../common/errors.js';
import { counterBytes } from './bytes.js';
import { assertAlgorithm, assertSecret, hmacSign, importHmacKey, type OtpAlgorithm } from './hmac.js';

/** Options of {@link generateHotp}. */
export interface HotpOptions {
  /** The shared secret as raw bytes (decode a base32 secret with `base32Decode` first). */
  secret: Uint8Array;
  /** The moving factor: a safe non-negative integer or a bigint below 2^64. */
  counter: number | bigint;
  /** Code length, 6–10 digits (default 6). */
  digits?: number;
  /** HMAC hash (default `SHA-1`, what authenticator apps assume). */
  algorithm?: OtpAlgorithm;
}

const MAX_COUNTER = (1n << 64n) - 1n;

/** Throws `invalid-option` unless `digits` is an integer from 6 to 10 (RFC 4226 §5.3 needs ≥ 6; 31 bits fit 10). */
export function assertDigits(digits: unknown, field = 'digits'): asserts digits is number {
  if (!Number.isInteger(digits) || (digits as number) < 6 || (digits as number) > 10) {
    throw new GatehouseError('invalid-option', `${field} must be an integer from 6 to 10`, {
      field,
      value: digits,
    });
  }
}

/** Validates a HOTP counter and returns it as a bigint; throws `invalid-option` naming `field` otherwise. */
export function toCounter(counter: unknown, field = 'counter'): bigint {
  if (typeof counter === 'bigint' && counter >= 0n && counter <= MAX_COUNTER) return counter;
  if (typeof counter === 'number' && Number.isSafeInteger(counter) && counter >= 0) return BigInt(counter);
  throw new GatehouseError('invalid-option', `${field} must be a non-negative integer below 2^64`, {
    field,
    value: typeof counter === 'bigint' ? counter.toString() : counter,
  });
}

/**
 * RFC 4226 §5.3 dynamic truncation: 31 bits taken at the offset named by the last nibble of the HMAC,
 * reduced to `digits` decimal digits with leading zeros kept.
 */
export function truncateToDigits(mac: Uint8Array, digits: number): string {
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  // 10 digits exceed 2^31, so the modulo is a no-op there and the padding does the work.
  return (binary % 10 ** digits).toString().padStart(digits, '0');
}

/** Computes one HOTP code with an already imported key (used by TOTP verification to import once). */
export async function hotpWithKey(key: CryptoKey, counter: bigint, digits: number): Promise<string> {
  return truncateToDigits(await hmacSign(key, counterBytes(counter)), digits);
}

/**
 * The RFC 4226 HMAC-based one-time password for `counter`. Async because it uses Web Crypto; the caller
 * must advance and store the counter itself (HOTP has no clock).
 */
export async function generateHotp(options: HotpOptions): Promise<string> {
  const { secret, digits = 6, algorithm = 'SHA-1' } = options;
  assertSecret(secret);
  assertDigits(digits);
  assertAlgorithm(algorithm);
  const counter = toCounter(options.counter);
  return hotpWithKey(await importHmacKey(secret, algorithm), counter, digits);
}
