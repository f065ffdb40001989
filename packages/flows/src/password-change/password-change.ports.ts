import { missingPort } from '../common/port.js';

/** The port of the password change. The default fails with `port-not-provided`. */
export const passwordChangePorts = {
  /** `POST /password`: rejects with `invalid-current-password` or `invalid-request` (policy issues). */
  changePassword: missingPort<void, { currentPassword: string; newPassword: string }>('changePassword'),
};

/** The port set of the password change. */
export type PasswordChangePorts = typeof passwordChangePorts;
