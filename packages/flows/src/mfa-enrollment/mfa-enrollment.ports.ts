import { missingPort } from '../common/port.js';

/** A second factor that can be enrolled. */
export type EnrollableFactor = 'totp' | 'email';

/** Output of `startTotp`: what the QR code and the manual-entry field show. Secret: never persisted. */
export interface TotpEnrollment {
  enrollmentId: string;
  /** Base32 secret for manual entry. */
  secret: string;
  /** `otpauth://totp/...` URI for the QR code (contains the secret). */
  otpauthUri: string;
}

/**
 * What confirming a factor returns. `recoveryCodes`: the single-use codes made at the first enrolment, in clear
 * text this one time only (the backend keeps their hashes); absent when the account already has a set.
 */
export interface FactorConfirmation {
  recoveryCodes?: string[];
}

/** The ports of MFA enrollment. Each default fails with `port-not-provided`. */
export const mfaEnrollmentPorts = {
  /** `GET /mfa/factors`: enrolled factors, unused recovery codes left, and when the user last authenticated. */
  listFactors: missingPort<
    {
      factors: { method: EnrollableFactor }[];
      recoveryCodes?: { remaining: number };
      authenticatedAt?: string;
    },
    void
  >('listFactors'),
  /** `POST /session/reauthenticate`: confirm the password; returns the new authentication time. */
  reauthenticate: missingPort<{ authenticatedAt?: string }, { password: string }>('reauthenticate'),
  /** `POST /mfa/totp`: create a pending TOTP secret. */
  startTotp: missingPort<TotpEnrollment, void>('startTotp'),
  /** `POST /mfa/totp/{id}/confirm`: the current code proves the app has the secret. */
  confirmTotp: missingPort<FactorConfirmation | undefined, { enrollmentId: string; code: string }>(
    'confirmTotp',
  ),
  /** `POST /mfa/email`: send a code to enable e-mail verification. */
  startEmail: missingPort<{ enrollmentId: string; resendAvailableAt?: string }, void>('startEmail'),
  /** `POST /mfa/email/{id}/confirm`. */
  confirmEmail: missingPort<FactorConfirmation | undefined, { enrollmentId: string; code: string }>(
    'confirmEmail',
  ),
  /** `DELETE /mfa/factors/{method}`. */
  removeFactor: missingPort<void, { method: EnrollableFactor }>('removeFactor'),
  /** `POST /mfa/recovery-codes`: a new set of recovery codes; the old ones stop working. */
  regenerateRecoveryCodes: missingPort<{ recoveryCodes: string[] }, void>('regenerateRecoveryCodes'),
};

/** The port set of MFA enrollment. */
export type MfaEnrollmentPorts = typeof mfaEnrollmentPorts;
