import { port } from '../common/port.js';
import type { PasswordChangePorts } from '../password-change/password-change.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The password change flow's port over the REST contract: `POST /password`. The one thing to know: the current
 * and new password travel only in this request body; a wrong current password rejects with the contract's code.
 */
export const passwordChangeHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'passwordChange',
  ({ call }): PasswordChangePorts => ({
    changePassword: port((input, signal) => call('POST', '/password', input, signal)),
  }),
);
