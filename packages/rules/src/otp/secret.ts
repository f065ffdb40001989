import { GatehouseError } from '../common/errors.js';
import { randomBytes } from './hmac.js';

/**
 * A fresh random shared secret for TOTP/HOTP or the support PIN, from the platform CSPRNG. The default 20
 * bytes (160 bits) is RFC 4226's recommendation and what authenticator apps expect; store it encrypted.
 */
export function generateSecret(options: { bytes?: number } = {}): Uint8Array {
  const { bytes = 20 } = options;
  // RFC 4226 §4 requires at least 128 bits.
  if (!Number.isInteger(bytes) || bytes < 16 || bytes > 128) {
    throw new GatehouseError('invalid-option', 'bytes must be an integer from 16 to 128', {
      field: 'bytes',
      value: bytes,
    });
  }
  return randomBytes(bytes);
}
