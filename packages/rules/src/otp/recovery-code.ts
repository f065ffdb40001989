import { GatehouseError } from '../common/errors.js';
import { randomBytes } from './hmac.js';

/**
 * Crockford's base32 in lower case: no i, l, o or u, so a code read aloud or copied by hand from paper
 * cannot be mistaken for another one.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Characters in one recovery code (without the dash): 10 × 5 bits = 50 bits of randomness. */
export const RECOVERY_CODE_LENGTH = 10;

/** How many recovery codes a set has unless the caller asks for another number. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * A fresh set of single-use recovery codes, `abcde-fghjk` each, from the platform CSPRNG. Show them to the
 * user once and store only their hashes: 50 bits each make guessing hopeless behind the login's lockout.
 */
export function generateRecoveryCodes(options: { count?: number } = {}): string[] {
  const { count = RECOVERY_CODE_COUNT } = options;
  if (!Number.isInteger(count) || count < 1 || count > 100) {
    throw new GatehouseError('invalid-option', 'count must be an integer from 1 to 100', {
      field: 'count',
      value: count,
    });
  }
  const codes = new Set<string>();
  while (codes.size < count) codes.add(formatRecoveryCode(randomCode()));
  return [...codes];
}

/** Ten random characters; 256 is a multiple of 32, so `byte & 31` picks every character equally often. */
function randomCode(): string {
  let code = '';
  for (const byte of randomBytes(RECOVERY_CODE_LENGTH)) code += ALPHABET[byte & 31];
  return code;
}

/** `abcdefghjk` → `abcde-fghjk`: two halves are easier to read and type. */
function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * What a person typed or pasted as a recovery code, in the canonical form that is hashed and compared
 * (`abcdefghjk`), or `null` when it cannot be one. Case, spaces and dashes do not matter, and the letters
 * Crockford's alphabet leaves out are read as the digits they look like (i/l → 1, o → 0).
 */
export function normalizeRecoveryCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const code = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{Pd}]/gu, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0');
  if (code.length !== RECOVERY_CODE_LENGTH) return null;
  for (const char of code) if (!ALPHABET.includes(char)) return null;
  return code;
}
