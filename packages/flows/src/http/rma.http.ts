import { port } from '../common/port.js';
import type { RmaPorts } from '../rma/rma.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The RMA flow's ports over the REST contract: `GET /rma/defaults`, `POST /rma/hardware-check`, `POST /rma`.
 * The one thing to know: all three need a signed-in session, and `submitRma` rejects partner hardware with
 * `422 partner-hardware`.
 */
export const rmaHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'rma',
  ({ call }): RmaPorts => ({
    loadRmaDefaults: port((_, signal) => call('GET', '/rma/defaults', undefined, signal)),
    checkHardware: port((input, signal) => call('POST', '/rma/hardware-check', input, signal)),
    submitRma: port(({ data }, signal) => call('POST', '/rma', data, signal)),
  }),
);
