import { GatehouseError } from '../common/errors.js';
import { base32Encode } from './base32.js';
import { assertAlgorithm, assertSecret, type OtpAlgorithm } from './hmac.js';
import { assertDigits } from './hotp.js';

/** Options of {@link otpauthUri}. */
export interface OtpauthUriOptions {
  /** Who issues the account, e.g. `ACME Portal`; shown in the app as the entry's title. No colon. */
  issuer: string;
  /** The user's account name, usually the e-mail address. No colon. */
  account: string;
  /** The raw shared secret; it is base32-encoded into the URI. */
  secret: Uint8Array;
  /** HMAC hash (default `SHA-1`; many apps ignore anything else, so change it only if you know yours). */
  algorithm?: OtpAlgorithm;
  /** Code length (default 6). */
  digits?: number;
  /** Time step in seconds (default 30). */
  period?: number;
}

function assertLabelPart(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new GatehouseError('invalid-option', `${field} must be a non-empty string`, { field });
  }
  // The Key URI Format separates issuer and account with a colon, so neither may contain one.
  if (value.includes(':')) {
    throw new GatehouseError('invalid-option', `${field} must not contain a colon`, { field });
  }
}

/**
 * The `otpauth://totp/…` Key URI (the de-facto format Google Authenticator defined) to render as a QR code.
 * Issuer and account are percent-encoded in the label and the issuer is repeated as a parameter, as apps
 * require. Default parameters are left out to keep the QR code small. The URI contains the secret.
 */
export function otpauthUri(options: OtpauthUriOptions): string {
  const { issuer, account, secret, algorithm = 'SHA-1', digits = 6, period = 30 } = options;
  assertLabelPart(issuer, 'issuer');
  assertLabelPart(account, 'account');
  assertSecret(secret);
  assertAlgorithm(algorithm);
  assertDigits(digits);
  if (!Number.isInteger(period) || period < 1) {
    throw new GatehouseError('invalid-option', 'period must be a positive whole number of seconds', {
      field: 'period',
      value: period,
    });
  }
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  // encodeURIComponent (not URLSearchParams) so spaces become %20, which every app decodes; `+` is ambiguous.
  let query = `secret=${base32Encode(secret)}&issuer=${encodeURIComponent(issuer)}`;
  if (algorithm !== 'SHA-1') query += `&algorithm=${algorithm.replace('-', '')}`;
  if (digits !== 6) query += `&digits=${digits}`;
  if (period !== 30) query += `&period=${period}`;
  return `otpauth://totp/${label}?${query}`;
}
