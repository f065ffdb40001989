import { port } from '../common/port.js';
import type { MfaEnrollmentPorts } from '../mfa-enrollment/mfa-enrollment.ports.js';
import { segment } from './http-client.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The MFA enrollment flow's ports over the REST contract: `GET /mfa/factors`, `POST /session/reauthenticate`,
 * `POST /mfa/totp|email` and `…/{enrollmentId}/confirm`, `DELETE /mfa/factors/{method}`, `POST /mfa/recovery-codes`. The one thing to know:
 * the session must be signed in; a 401 rejects with the contract's code and the flow shows it.
 */
export const mfaEnrollmentHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'mfaEnrollment',
  ({ call }): MfaEnrollmentPorts => ({
    listFactors: port((_, signal) => call('GET', '/mfa/factors', undefined, signal)),
    reauthenticate: port((input, signal) => call('POST', '/session/reauthenticate', input, signal)),
    startTotp: port((_, signal) => call('POST', '/mfa/totp', {}, signal)),
    confirmTotp: port(({ enrollmentId, code }, signal) =>
      call('POST', `/mfa/totp/${segment(enrollmentId)}/confirm`, { code }, signal),
    ),
    startEmail: port((_, signal) => call('POST', '/mfa/email', {}, signal)),
    confirmEmail: port(({ enrollmentId, code }, signal) =>
      call('POST', `/mfa/email/${segment(enrollmentId)}/confirm`, { code }, signal),
    ),
    removeFactor: port(({ method }, signal) =>
      call('DELETE', `/mfa/factors/${segment(method)}`, undefined, signal),
    ),
    regenerateRecoveryCodes: port((_, signal) => call('POST', '/mfa/recovery-codes', {}, signal)),
  }),
);
