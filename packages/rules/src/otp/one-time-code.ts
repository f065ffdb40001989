import { add, type Duration, isValid } from 'date-fns';
import { GatehouseError } from '../common/errors.js';
import { concatBytes, fromBase64Url, toBase64Url } from './bytes.js';
import { constantTimeEqual } from './constant-time.js';
import { hmacSign, importHmacKey, randomBytes, sha256 } from './hmac.js';
import { normalizeTypedDigits } from './typed-digits.js';

/**
 * What to store for an e-mail/SMS one-time code. It holds a salted hash, never the code, and is plain JSON
 * (ISO timestamps), so it fits any database column. Keep it server-side: a 6-digit code can be found from an
 * unpeppered hash by trying all million values, which is why a `pepper` is recommended.
 */
export interface OneTimeCodeRecord {
  readonly version: 1;
  /** `sha256` = SHA-256(salt ‖ code); `hmac-sha256` = HMAC-SHA-256(pepper, salt ‖ code). */
  readonly hash: 'sha256' | 'hmac-sha256';
  /** 16 random bytes, base64url. */
  readonly salt: string;
  /** The digest, base64url. */
  readonly digest: string;
  /** Number of digits of the code. */
  readonly length: number;
  readonly issuedAt: string;
  readonly expiresAt: string;
  /** Failed verifications so far; a resend keeps the count (NIST SP 800-63B-4 §3.2.2). */
  readonly attempts: number;
  readonly maxAttempts: number;
  /** How many times the code was re-issued (for resend cool-downs and limits in the flow). */
  readonly resends: number;
  /** When the code was accepted; a used record accepts nothing. */
  readonly usedAt: string | null;
}

/** How long a code lives: a date-fns Duration (`{ minutes: 10 }`) or milliseconds. */
export type CodeTtl = Duration | number;

/** Options of {@link issueCode}. */
export interface IssueCodeOptions {
  /** Digits in the code, 6–12 (default 6; NIST SP 800-63B-4 requires at least 6). */
  length?: number;
  /** Lifetime, e.g. `{ minutes: 10 }` for e-mail MFA, `{ minutes: 15 }` for password reset. */
  ttl: CodeTtl;
  /** Issue time (default now). */
  now?: Date | number;
  /** Failed attempts allowed before the record locks (default 5). */
  maxAttempts?: number;
  /** A server-side key kept outside the database; when given, the record stores an HMAC. */
  pepper?: Uint8Array;
}

/** A code to send and the record to store. Send `code`, store `record`, never store `code`. */
export interface IssuedCode {
  code: string;
  record: OneTimeCodeRecord;
}

/** Result of {@link verifyCode}; always carries the record to store back (attempts, single use). */
export type CodeVerdict =
  | { ok: true; record: OneTimeCodeRecord }
  | {
      ok: false;
      code: 'expired' | 'invalid-code' | 'too-many-attempts' | 'already-used';
      params: { remainingAttempts: number };
      record: OneTimeCodeRecord;
    };

/** Result of {@link reissueCode}. */
export type ReissueResult =
  | { ok: true; value: IssuedCode }
  | { ok: false; code: 'too-many-attempts' | 'already-used'; params: Record<string, never> };

const SALT_BYTES = 16;
const encoder = new TextEncoder();

function invalidOption(field: string, message: string, value?: unknown): GatehouseError {
  return new GatehouseError('invalid-option', `${field} ${message}`, { field, value });
}

function toDate(value: Date | number | undefined, field: string): Date {
  const date = value === undefined ? new Date() : new Date(value);
  if (!isValid(date)) throw invalidOption(field, 'must be a valid Date or epoch milliseconds', value);
  return date;
}

function expiry(now: Date, ttl: CodeTtl): Date {
  if (typeof ttl === 'number') {
    if (!Number.isFinite(ttl) || ttl <= 0) throw invalidOption('ttl', 'must be a positive duration', ttl);
    return new Date(now.getTime() + ttl);
  }
  if (typeof ttl !== 'object' || ttl === null)
    throw invalidOption('ttl', 'must be a Duration or milliseconds');
  const end = add(now, ttl);
  if (!isValid(end) || end.getTime() <= now.getTime()) {
    throw invalidOption('ttl', 'must be a positive duration', ttl);
  }
  return end;
}

/** Uniform random decimal digits: rejection sampling, so no digit is likelier than another (no modulo bias). */
function randomDigits(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 250 is the largest multiple of 10 ≤ 256; bytes ≥ 250 would favour 0–5.
      if (byte < 250 && out.length < length) out += String(byte % 10);
    }
  }
  return out;
}

async function digestCode(
  hash: OneTimeCodeRecord['hash'],
  salt: Uint8Array,
  code: string,
  pepper: Uint8Array | undefined,
): Promise<Uint8Array> {
  const message = concatBytes(salt, encoder.encode(code));
  if (hash === 'sha256') return sha256(message);
  if (!(pepper instanceof Uint8Array) || pepper.length === 0) {
    throw new GatehouseError('missing-pepper', 'this record was issued with a pepper; pass the same pepper', {
      field: 'pepper',
    });
  }
  return hmacSign(await importHmacKey(pepper, 'SHA-256'), message);
}

async function freshCode(
  length: number,
  pepper: Uint8Array | undefined,
): Promise<{ code: string; hash: OneTimeCodeRecord['hash']; salt: string; digest: string }> {
  const code = randomDigits(length);
  const salt = randomBytes(SALT_BYTES);
  const hash = pepper ? 'hmac-sha256' : 'sha256';
  const digest = await digestCode(hash, salt, code, pepper);
  return { code, hash, salt: toBase64Url(salt), digest: toBase64Url(digest) };
}

/**
 * Issues a numeric one-time code for e-mail or SMS. Returns the code to send and a record to store that
 * holds only a salted hash. Async (Web Crypto).
 */
export async function issueCode(options: IssueCodeOptions): Promise<IssuedCode> {
  const { length = 6, maxAttempts = 5, pepper } = options ?? ({} as IssueCodeOptions);
  if (!Number.isInteger(length) || length < 6 || length > 12) {
    throw invalidOption('length', 'must be an integer from 6 to 12', length);
  }
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw invalidOption('maxAttempts', 'must be a positive integer', maxAttempts);
  }
  if (pepper !== undefined && (!(pepper instanceof Uint8Array) || pepper.length < 16)) {
    throw invalidOption('pepper', 'must be a Uint8Array of at least 16 bytes');
  }
  const now = toDate(options.now, 'now');
  const expiresAt = expiry(now, options.ttl);
  const { code, ...hashed } = await freshCode(length, pepper);
  return {
    code,
    record: {
      version: 1,
      ...hashed,
      length,
      issuedAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      attempts: 0,
      maxAttempts,
      resends: 0,
      usedAt: null,
    },
  };
}

function assertRecord(record: unknown): asserts record is OneTimeCodeRecord {
  const r = record as Partial<OneTimeCodeRecord> | null;
  const bad = (field: string) =>
    new GatehouseError('invalid-record', `one-time code record: ${field} is missing or malformed`, { field });
  if (typeof r !== 'object' || r === null) throw bad('record');
  if (r.version !== 1) throw bad('version');
  if (r.hash !== 'sha256' && r.hash !== 'hmac-sha256') throw bad('hash');
  if (typeof r.salt !== 'string' || !fromBase64Url(r.salt)) throw bad('salt');
  if (typeof r.digest !== 'string' || !fromBase64Url(r.digest)) throw bad('digest');
  if (!Number.isInteger(r.length)) throw bad('length');
  if (typeof r.issuedAt !== 'string' || Number.isNaN(Date.parse(r.issuedAt))) throw bad('issuedAt');
  if (typeof r.expiresAt !== 'string' || Number.isNaN(Date.parse(r.expiresAt))) throw bad('expiresAt');
  if (!Number.isInteger(r.attempts) || (r.attempts as number) < 0) throw bad('attempts');
  if (!Number.isInteger(r.maxAttempts) || (r.maxAttempts as number) < 1) throw bad('maxAttempts');
  if (!Number.isInteger(r.resends) || (r.resends as number) < 0) throw bad('resends');
  if (r.usedAt !== null && (typeof r.usedAt !== 'string' || Number.isNaN(Date.parse(r.usedAt))))
    throw bad('usedAt');
}

/**
 * Checks `input` against a stored record at `now` and returns the record to store back: each wrong code
 * counts an attempt, a right one marks the record used (single use). Order of verdicts: `already-used`,
 * `too-many-attempts`, `expired`, then the comparison (constant time). Always persist `record`, also on failure.
 */
export async function verifyCode(
  record: OneTimeCodeRecord,
  input: string,
  now: Date | number = Date.now(),
  options: { pepper?: Uint8Array } = {},
): Promise<CodeVerdict> {
  assertRecord(record);
  const at = toDate(now, 'now');
  const remaining = (r: OneTimeCodeRecord) => Math.max(0, r.maxAttempts - r.attempts);
  if (record.usedAt !== null)
    return { ok: false, code: 'already-used', params: { remainingAttempts: 0 }, record };
  if (record.attempts >= record.maxAttempts) {
    return { ok: false, code: 'too-many-attempts', params: { remainingAttempts: 0 }, record };
  }
  if (at.getTime() >= Date.parse(record.expiresAt)) {
    return { ok: false, code: 'expired', params: { remainingAttempts: remaining(record) }, record };
  }
  const typed = normalizeTypedDigits(input);
  let match = false;
  if (typed.length === record.length && /^[0-9]+$/.test(typed)) {
    const digest = await digestCode(record.hash, fromBase64Url(record.salt)!, typed, options.pepper);
    match = constantTimeEqual(digest, fromBase64Url(record.digest)!);
  }
  if (match) return { ok: true, record: { ...record, usedAt: at.toISOString() } };
  // Malformed input counts too: it is still a guess the attacker got for free otherwise.
  const updated = { ...record, attempts: record.attempts + 1 };
  return {
    ok: false,
    code: 'invalid-code',
    params: { remainingAttempts: remaining(updated) },
    record: updated,
  };
}

/**
 * Replaces the code of an existing record for a resend: new code, salt and expiry, same attempt count (a
 * resend must not hand an attacker fresh guesses). Refuses records that are used or locked.
 */
export async function reissueCode(
  record: OneTimeCodeRecord,
  options: { ttl: CodeTtl; now?: Date | number; pepper?: Uint8Array },
): Promise<ReissueResult> {
  assertRecord(record);
  if (record.usedAt !== null) return { ok: false, code: 'already-used', params: {} };
  if (record.attempts >= record.maxAttempts) return { ok: false, code: 'too-many-attempts', params: {} };
  if (options.pepper === undefined && record.hash === 'hmac-sha256') {
    throw new GatehouseError('missing-pepper', 'this record was issued with a pepper; pass the same pepper', {
      field: 'pepper',
    });
  }
  const now = toDate(options.now, 'now');
  const expiresAt = expiry(now, options.ttl);
  const { code, ...hashed } = await freshCode(record.length, options.pepper);
  return {
    ok: true,
    value: {
      code,
      record: {
        ...record,
        ...hashed,
        issuedAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
        resends: record.resends + 1,
      },
    },
  };
}
