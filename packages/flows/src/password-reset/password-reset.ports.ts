import { missingPort } from '../common/port.js';

/**
 * The ports of the password reset. Each default fails with `port-not-provided`. `requestReset` must answer the
 * same for known and unknown addresses; the machine ignores its output either way.
 */
export const passwordResetPorts = {
  /** `POST /password-reset`: send a code to the verified phone, else the e-mail (if the account exists). */
  requestReset: missingPort<unknown, { email: string }>('requestReset'),
  /** `POST /password-reset/resend`: a new code; the attempt count is not reset. */
  resendResetCode: missingPort<unknown, { email: string }>('resendResetCode'),
  /** `POST /password-reset/confirm`: rejects with `invalid-code`, `expired-code`, `too-many-attempts`, `invalid-request`. */
  resetPassword: missingPort<void, { email: string; code: string; newPassword: string }>('resetPassword'),
};

/** The port set of the password reset. */
export type PasswordResetPorts = typeof passwordResetPorts;
