import { port } from '../common/port.js';
import type { RegistrationPorts } from '../registration/registration.ports.js';
import { segment } from './http-client.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The registration flow's ports over the REST contract: `POST /registrations`, `POST /registrations/{id}/resend`,
 * `POST /registrations/confirm`, `GET /registrations/{id}`. The one thing to know: a 400/422 `invalid-request`
 * keeps the server's `issues`, which the flow shows on the form fields.
 */
export const registrationHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'registration',
  ({ call }): RegistrationPorts => ({
    register: port(({ data }, signal) => call('POST', '/registrations', data, signal)),
    resendConfirmation: port(({ id }, signal) =>
      call('POST', `/registrations/${segment(id)}/resend`, {}, signal),
    ),
    confirmEmail: port(({ token }, signal) => call('POST', '/registrations/confirm', { token }, signal)),
    getRegistrationStatus: port(({ id }, signal) =>
      call('GET', `/registrations/${segment(id)}`, undefined, signal),
    ),
  }),
);
