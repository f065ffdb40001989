import { missingPort } from '../common/port.js';

/** The port of the password change. The default fails with `port-not-provided`. */
export const passwordChangePorts = {
  /**
   * `POST /password`: rejects with `invalid-current-password`, `invalid-request` (policy issues) or `locked` (wrong
   * current passwords count toward the login lockout).
   */
  changePassword: missingPort<void, { currentPassword: string; newPassword: string }>('changePassword'),
};

/** The port set of the password change. */
export type PasswordChangePorts = typeof passwordChangePorts;
