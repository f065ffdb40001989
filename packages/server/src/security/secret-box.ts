import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { GatehouseError } from '@gatehouse/rules';

/** Prefix of every sealed value; a new format gets a new prefix, so old rows stay readable. */
const FORMAT = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Result of {@link SecretBox.open}. */
export type OpenResult =
  | { ok: true; value: string }
  | { ok: false; code: 'not-sealed' | 'wrong-key' | 'tampered' };

/**
 * Encrypts small secrets the server must read back (TOTP and support-PIN seeds) with AES-256-GCM. The one thing to know:
 * `context` (e.g. `totp:<account id>`) is authenticated with the value, so a sealed value copied to another
 * row or purpose does not open.
 */
export interface SecretBox {
  /** Short fingerprint of the key (first 8 hex of its SHA-256), stored in each value to detect a key change. */
  readonly keyId: string;
  /** `v1.<key id>.<nonce>.<ciphertext+tag>` (base64url parts); a fresh random 96-bit nonce per call. */
  seal(plaintext: string, context: string): string;
  /** The plaintext, or why not: not a sealed value, sealed under another key, or altered/other context. */
  open(sealed: string, context: string): OpenResult;
}

/** The key id a sealed value names (its second part), or null when `value` is not sealed. */
export function sealedKeyId(value: string): string | null {
  const parts = value.split('.');
  return parts.length === 4 && parts[0] === FORMAT ? (parts[1] ?? null) : null;
}

/** `true` when `value` has the sealed format (used by the migration of clear-text rows). */
export function isSealed(value: string): boolean {
  return value.startsWith(`${FORMAT}.`);
}

/**
 * Decodes an encryption key given as base64 or base64url text (what `GATEHOUSE_ENCRYPTION_KEY` holds): it
 * must be exactly 32 random bytes (`openssl rand -base64 32`). Throws `GatehouseError('invalid-option')`
 * naming `option` otherwise.
 */
export function decodeEncryptionKey(text: string, option = 'encryptionKey'): Uint8Array {
  const trimmed = text.trim();
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)
    ? Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    : Buffer.alloc(0);
  if (bytes.length !== 32) {
    throw new GatehouseError(
      'invalid-option',
      `${option} must be 32 bytes in base64 (e.g. openssl rand -base64 32); got ${bytes.length} bytes`,
      { option },
    );
  }
  return new Uint8Array(bytes);
}

/** A {@link SecretBox} over a 32-byte key. */
export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== 32) {
    throw new GatehouseError('invalid-option', 'createSecretBox: the key must be 32 bytes', {
      option: 'encryptionKey',
    });
  }
  const keyBytes = Buffer.from(key);
  const keyId = createHash('sha256').update(keyBytes).digest('hex').slice(0, 8);
  return {
    keyId,
    seal(plaintext, context) {
      // 96-bit random nonces: with one key the collision risk stays negligible far beyond the number of
      // TOTP enrollments any portal sees (NIST SP 800-38D's 2^32 invocation bound).
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyBytes, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return [FORMAT, keyId, nonce.toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed, context) {
      const parts = sealed.split('.');
      if (parts.length !== 4 || parts[0] !== FORMAT) return { ok: false, code: 'not-sealed' };
      if (parts[1] !== keyId) return { ok: false, code: 'wrong-key' };
      const nonce = Buffer.from(parts[2] ?? '', 'base64url');
      const body = Buffer.from(parts[3] ?? '', 'base64url');
      if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) return { ok: false, code: 'tampered' };
      try {
        const decipher = createDecipheriv('aes-256-gcm', keyBytes, nonce, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(body.subarray(0, body.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return { ok: true, value: plain.toString('utf8') };
      } catch {
        // GCM refuses a wrong tag: altered bytes, another context, or a key whose id happens to collide.
        return { ok: false, code: 'tampered' };
      }
    },
  };
}
