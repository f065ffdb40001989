import { port } from '../common/port.js';
import type { SupportInfoPorts } from '../support-info/support-info.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The support information flow's port over the REST contract: `GET /support`. The one thing to know: it needs a
 * signed-in session (401 otherwise); for `priority` and `plus` the answer holds the current support PIN.
 */
export const supportInfoHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'supportInfo',
  ({ call }): SupportInfoPorts => ({
    getSupportInfo: port((_, signal) => call('GET', '/support', undefined, signal)),
  }),
);
