import { GatehouseError } from '../common/errors.js';
import { constantTimeEqualText } from './constant-time.js';
import { assertAlgorithm, assertSecret, importHmacKey, type OtpAlgorithm } from './hmac.js';
import { assertDigits, hotpWithKey } from './hotp.js';
import { normalizeTypedDigits } from './typed-digits.js';

/** Options of {@link generateTotp}. */
export interface TotpOptions {
  /** The shared secret as raw bytes. */
  secret: Uint8Array;
  /** The moment, in milliseconds since the Unix epoch (e.g. `Date.now()`). */
  time: number;
  /** Time step in seconds (default 30). */
  period?: number;
  /** Code length, 6–10 digits (default 6). */
  digits?: number;
  /** HMAC hash (default `SHA-1`). */
  algorithm?: OtpAlgorithm;
}

/** Options of {@link verifyTotp}. */
export interface VerifyTotpOptions extends TotpOptions {
  /** What the user typed; spaces, dashes and fullwidth digits are normalised ("123 456" as apps display it). */
  code: string;
  /** Steps accepted either side of the current one for clock drift (default 1; RFC 6238 §5.2). */
  window?: number;
  /** The step of the last code this user had accepted; codes of that step or earlier are replays. */
  lastUsedStep?: number;
}

/** Result of {@link verifyTotp}: store `step` as the new `lastUsedStep` when `ok`. */
export type TotpVerdict =
  | { ok: true; step: number; drift: number }
  | { ok: false; code: 'invalid-code' | 'replayed-code'; params: Record<string, never> };

function assertTime(time: unknown): asserts time is number {
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
    throw new GatehouseError('invalid-option', 'time must be a non-negative number of milliseconds', {
      field: 'time',
      value: time,
    });
  }
}

function assertPeriod(period: unknown): asserts period is number {
  if (!Number.isInteger(period) || (period as number) < 1) {
    throw new GatehouseError('invalid-option', 'period must be a positive whole number of seconds', {
      field: 'period',
      value: period,
    });
  }
}

/** The RFC 6238 time step that `time` (ms) falls in, for `period` seconds and T0 = 0. */
export function totpStep(time: number, period = 30): number {
  assertTime(time);
  assertPeriod(period);
  return Math.floor(time / 1000 / period);
}

/**
 * The RFC 6238 time-based one-time password for the step `time` falls in. Async (Web Crypto). `time` is in
 * milliseconds, `period` in seconds.
 */
export async function generateTotp(options: TotpOptions): Promise<string> {
  const { secret, time, period = 30, digits = 6, algorithm = 'SHA-1' } = options;
  assertSecret(secret);
  assertDigits(digits);
  assertAlgorithm(algorithm);
  const step = totpStep(time, period);
  return hotpWithKey(await importHmacKey(secret, algorithm), BigInt(step), digits);
}

/**
 * Checks a TOTP code against the steps `time` ± `window`. A code is accepted once only: pass the stored
 * `lastUsedStep` and persist the returned `step`, or the same code works again for up to 90 s.
 * Every candidate is computed and compared in constant time, so timing reveals neither the match nor its step.
 */
export async function verifyTotp(options: VerifyTotpOptions): Promise<TotpVerdict> {
  const { secret, time, period = 30, digits = 6, algorithm = 'SHA-1', window = 1, lastUsedStep } = options;
  assertSecret(secret);
  assertDigits(digits);
  assertAlgorithm(algorithm);
  if (!Number.isInteger(window) || window < 0 || window > 10) {
    throw new GatehouseError('invalid-option', 'window must be an integer from 0 to 10', {
      field: 'window',
      value: window,
    });
  }
  if (lastUsedStep !== undefined && !Number.isInteger(lastUsedStep)) {
    throw new GatehouseError('invalid-option', 'lastUsedStep must be an integer', {
      field: 'lastUsedStep',
      value: lastUsedStep,
    });
  }
  const current = totpStep(time, period);
  const code = normalizeTypedDigits(options.code);
  // The format is not secret, so rejecting malformed input early leaks nothing.
  if (code.length !== digits || !/^[0-9]+$/.test(code)) {
    return { ok: false, code: 'invalid-code', params: {} };
  }
  const key = await importHmacKey(secret, algorithm);
  let accepted = -1;
  let replayed = false;
  const steps: number[] = [];
  for (let step = Math.max(0, current - window); step <= current + window; step++) steps.push(step);
  // Sign all candidate steps concurrently: Web Crypto runs them in parallel off the main thread.
  const candidates = await Promise.all(steps.map((step) => hotpWithKey(key, BigInt(step), digits)));
  for (const [index, step] of steps.entries()) {
    const match = constantTimeEqualText(candidates[index]!, code);
    // The newest matching step wins, so a collision with an older step never blocks a fresh code.
    if (match && lastUsedStep !== undefined && step <= lastUsedStep) replayed = true;
    else if (match) accepted = step;
  }
  if (accepted >= 0) return { ok: true, step: accepted, drift: accepted - current };
  return { ok: false, code: replayed ? 'replayed-code' : 'invalid-code', params: {} };
}
