import { port } from '../common/port.js';
import type { EmailChangePorts } from '../email-change/email-change.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The e-mail change's ports over the REST contract: `POST /email-change`, `POST /email-change/confirm` and
 * `POST /email-change/cancel`. The one thing to know: the current password travels only in the requesting body, a
 * link's token only in the confirming or cancelling one.
 */
export const emailChangeHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'emailChange',
  ({ call }): EmailChangePorts => ({
    requestEmailChange: port((input, signal) => call('POST', '/email-change', input, signal)),
    confirmEmailChange: port((input, signal) => call('POST', '/email-change/confirm', input, signal)),
    cancelEmailChange: port((input, signal) => call('POST', '/email-change/cancel', input, signal)),
  }),
);
