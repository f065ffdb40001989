import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { hashingGate } from './hashing-gate.js';

/**
 * scrypt cost parameters. The defaults (N = 2^15, r = 8, p = 3: 32 MiB per hash) are one of OWASP's
 * equivalent scrypt settings (Password Storage Cheat Sheet). scrypt is memory-hard and ships in node:crypto,
 * so there is no native build and no install script, unlike the argon2 packages.
 */
export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
  /** Derived key length in bytes. */
  keyLength: number;
}

/** The production parameters; tests pass cheaper ones explicitly. */
export const DEFAULT_SCRYPT: Readonly<ScryptParameters> = Object.freeze({
  N: 2 ** 15,
  r: 8,
  p: 3,
  keyLength: 32,
});

/** scrypt through the process's hashing gate (`hashing-gate.ts`): bounded, FIFO, refused beyond the queue. */
function derive(password: string, salt: Buffer, params: ScryptParameters): Promise<Buffer> {
  return hashingGate().run(() => deriveNow(password, salt, params));
}

function deriveNow(password: string, salt: Buffer, params: ScryptParameters): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      params.keyLength,
      // maxmem must exceed 128 * N * r, or Node refuses the parameters.
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/**
 * Hashes `password` (NFC-normalised, as NIST SP 800-63B asks) with a fresh 16-byte salt. The result is
 * self-describing — `scrypt$N$r$p$salt$hash` — so parameters can be raised later without breaking old hashes.
 */
export async function hashPassword(
  password: string,
  params: ScryptParameters = DEFAULT_SCRYPT,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/**
 * True when `password` matches `stored` (constant-time comparison). A malformed `stored` value is a
 * mismatch, never an exception, so a corrupted row cannot crash a login.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (expected.length < 16) return false;
  const actual = await derive(password, salt, { N, r, p, keyLength: expected.length });
  return timingSafeEqual(actual, expected);
}

/** True when `stored` was made with weaker parameters than `params` (rehash it after a successful login). */
export function needsRehash(stored: string, params: ScryptParameters = DEFAULT_SCRYPT): boolean {
  const [, N, r, p] = stored.split('$').map(Number);
  return N !== params.N || r !== params.r || p !== params.p;
}
