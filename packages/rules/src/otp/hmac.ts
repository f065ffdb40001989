import { GatehouseError } from '../common/errors.js';

/** The HMAC hash functions RFC 6238 names; SHA-1 is what authenticator apps expect by default. */
export type OtpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

const algorithms: readonly OtpAlgorithm[] = ['SHA-1', 'SHA-256', 'SHA-512'];

/** Throws `invalid-option` unless `algorithm` is one of {@link OtpAlgorithm}; `field` names the option. */
export function assertAlgorithm(algorithm: unknown, field = 'algorithm'): asserts algorithm is OtpAlgorithm {
  if (!algorithms.includes(algorithm as OtpAlgorithm)) {
    throw new GatehouseError('invalid-option', `${field} must be one of ${algorithms.join(', ')}`, {
      field,
      value: algorithm,
    });
  }
}

/** Throws `invalid-option` unless `secret` is a non-empty Uint8Array. */
export function assertSecret(secret: unknown, field = 'secret'): asserts secret is Uint8Array {
  if (!(secret instanceof Uint8Array) || secret.length === 0) {
    throw new GatehouseError('invalid-option', `${field} must be a non-empty Uint8Array`, { field });
  }
}

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) {
    throw new GatehouseError(
      'crypto-unavailable',
      'Web Crypto (globalThis.crypto.subtle) is not available',
      {},
    );
  }
  return api;
}

/**
 * Imports `secret` as a non-extractable Web Crypto HMAC key. Import once and sign many messages: importing
 * costs about as much as signing.
 */
export function importHmacKey(secret: Uint8Array, algorithm: OtpAlgorithm): Promise<CryptoKey> {
  // Copy: Web Crypto's typings (and some engines) refuse views over SharedArrayBuffer.
  return subtle().importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: algorithm }, false, [
    'sign',
  ]);
}

/** HMAC of `message` under an imported key, as bytes. */
export async function hmacSign(key: CryptoKey, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign('HMAC', key, message));
}

/** SHA-256 digest of `message`, as bytes. */
export async function sha256(message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', message));
}

/** `length` bytes from the platform CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const crypto = globalThis.crypto;
  if (!crypto?.getRandomValues) {
    throw new GatehouseError('crypto-unavailable', 'crypto.getRandomValues is not available', {});
  }
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let offset = 0; offset < length; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(length, offset + 65536)));
  }
  return bytes;
}
