import { port } from '../common/port.js';
import type { PasswordResetPorts } from '../password-reset/password-reset.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The password reset flow's ports over the REST contract: `POST /password-reset`, `/password-reset/resend`,
 * `/password-reset/confirm`. The one thing to know: the request answers the same whether or not the account
 * exists (the contract's rule), so the flow never learns which e-mails are registered.
 */
export const passwordResetHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'passwordReset',
  ({ call }): PasswordResetPorts => ({
    requestReset: port((input, signal) => call('POST', '/password-reset', input, signal)),
    resendResetCode: port((input, signal) => call('POST', '/password-reset/resend', input, signal)),
    resetPassword: port((input, signal) => call('POST', '/password-reset/confirm', input, signal)),
  }),
);
