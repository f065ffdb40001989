import { port } from '../common/port.js';
import type { SupportCasePorts } from '../support-case/support-case.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The support case flow's port over the REST contract: `POST /support/cases`. The one thing to know: the form
 * data is sent as validated by the flow; server-side issues come back on the fields (`invalid-request`).
 */
export const supportCaseHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'supportCase',
  ({ call }): SupportCasePorts => ({
    createCase: port(({ data }, signal) => call('POST', '/support/cases', data, signal)),
  }),
);
