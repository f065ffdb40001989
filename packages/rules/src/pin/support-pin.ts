import { GatehouseError } from '../common/errors.js';
import { concatBytes, counterBytes } from '../otp/bytes.js';
import { constantTimeEqualText } from '../otp/constant-time.js';
import { assertSecret, hmacSign, importHmacKey } from '../otp/hmac.js';
import { truncateToDigits } from '../otp/hotp.js';
import { normalizeTypedDigits } from '../otp/typed-digits.js';

/** Default rotation: one hour, in seconds (with the previous period accepted, a PIN lives 1–2 hours). */
export const DEFAULT_PIN_PERIOD = 3600;

/** Options of {@link deriveSupportPin}. */
export interface SupportPinOptions {
  /** The user's own secret (not the company's): e.g. `generateSecret()`, stored server-side. */
  secret: Uint8Array;
  /** The moment, in milliseconds since the Unix epoch. */
  time: number;
  /** Rotation period in seconds (default {@link DEFAULT_PIN_PERIOD}). */
  period?: number;
}

/** Options of {@link verifySupportPin}. */
export interface VerifySupportPinOptions extends SupportPinOptions {
  /** The 8 digits the caller read out; spaces, dashes and fullwidth digits are normalised. */
  pin: string;
  /** Also accept the previous period's PIN, for a caller who read it just before it rotated (default true). */
  acceptPrevious?: boolean;
}

/** Result of {@link verifySupportPin}; `periodNumber` tells which period's PIN matched. */
export type SupportPinVerdict =
  | { ok: true; periodNumber: number }
  | { ok: false; code: 'invalid-pin'; params: Record<string, never> };

// Domain separation: the same per-user secret may also seed other codes (e.g. TOTP) without a PIN ever
// equalling one of them.
const CONTEXT = new TextEncoder().encode('gatehouse/support-pin/v1');

function assertTimeAndPeriod(time: unknown, period: unknown): asserts time is number {
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
    throw new GatehouseError('invalid-option', 'time must be a non-negative number of milliseconds', {
      field: 'time',
      value: time,
    });
  }
  if (!Number.isInteger(period) || (period as number) < 60) {
    throw new GatehouseError('invalid-option', 'period must be a whole number of seconds, at least 60', {
      field: 'period',
      value: period,
    });
  }
}

/** The number of the period `time` falls in (periods start at the Unix epoch). */
export function pinPeriodNumber(time: number, period = DEFAULT_PIN_PERIOD): number {
  assertTimeAndPeriod(time, period);
  return Math.floor(time / 1000 / period);
}

async function pinFor(key: CryptoKey, periodNumber: number): Promise<string> {
  return truncateToDigits(await hmacSign(key, concatBytes(CONTEXT, counterBytes(BigInt(periodNumber)))), 8);
}

/**
 * The user's 8-digit support PIN for the period `time` falls in: HMAC-SHA-256(secret, period number),
 * truncated as in RFC 4226. Nothing needs to be stored: the agent's tool derives the same PIN from the secret.
 */
export async function deriveSupportPin(options: SupportPinOptions): Promise<string> {
  const { secret, time, period = DEFAULT_PIN_PERIOD } = options;
  assertSecret(secret);
  const periodNumber = pinPeriodNumber(time, period);
  return pinFor(await importHmacKey(secret, 'SHA-256'), periodNumber);
}

/**
 * When the PIN shown at `time` rotates, in epoch milliseconds (for the UI's countdown). The previous PIN
 * is still accepted by {@link verifySupportPin} for one more period unless `acceptPrevious` is false.
 */
export function pinValidUntil(options: { time: number; period?: number }): number {
  const { time, period = DEFAULT_PIN_PERIOD } = options;
  return (pinPeriodNumber(time, period) + 1) * period * 1000;
}

/**
 * Checks the PIN a caller read out against the current (and by default the previous) period, comparing in
 * constant time. Rate-limit calls per user: 8 digits resist guessing only when guesses are few.
 */
export async function verifySupportPin(options: VerifySupportPinOptions): Promise<SupportPinVerdict> {
  const { secret, time, period = DEFAULT_PIN_PERIOD, acceptPrevious = true } = options;
  assertSecret(secret);
  const current = pinPeriodNumber(time, period);
  const pin = normalizeTypedDigits(options.pin);
  if (!/^[0-9]{8}$/.test(pin)) return { ok: false, code: 'invalid-pin', params: {} };
  const key = await importHmacKey(secret, 'SHA-256');
  let matched = -1;
  // Compute both candidates whatever the first comparison says, so timing does not tell which one matched.
  const candidates = acceptPrevious && current > 0 ? [current - 1, current] : [current];
  for (const periodNumber of candidates) {
    if (constantTimeEqualText(await pinFor(key, periodNumber), pin)) matched = periodNumber;
  }
  return matched >= 0 ? { ok: true, periodNumber: matched } : { ok: false, code: 'invalid-pin', params: {} };
}
