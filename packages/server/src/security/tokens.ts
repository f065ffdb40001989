import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

/** A random URL-safe token with 256 bits of entropy (confirmation links, sessions, invitations). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A random opaque id for rows (not a secret). */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/**
 * The stored form of a high-entropy token: SHA-256, hex. A fast hash is enough because the token itself has
 * 256 bits; only the hash is ever written, so a database leak yields no usable link or session.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A uniformly random numeric code of `length` digits (leading zeros kept). */
export function randomDigits(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}

/**
 * The stored form of a short one-time code. Six digits can be brute-forced from a plain hash in
 * microseconds, so the hash is keyed with a server secret (a pepper kept in `server_secrets`) and bound to
 * what the code is for, and attempts are counted besides.
 */
export function hashCode(pepper: string, purpose: string, subject: string, code: string): string {
  return createHmac('sha256', pepper).update(`${purpose}\u0000${subject}\u0000${code}`).digest('hex');
}
