import { port } from '../common/port.js';
import type { SessionsPorts } from '../sessions/sessions.ports.js';
import { segment } from './http-client.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The sessions list's ports over the REST contract: `GET /sessions`, `DELETE /sessions/{id}`, `DELETE /sessions`.
 * The one thing to know: it needs a signed-in session, and the current session answers 409 `current-session`.
 */
export const sessionsHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'sessions',
  ({ call }): SessionsPorts => ({
    listSessions: port((_, signal) => call('GET', '/sessions', undefined, signal)),
    endSession: port(({ id }, signal) => call('DELETE', `/sessions/${segment(id)}`, undefined, signal)),
    endOtherSessions: port((_, signal) => call('DELETE', '/sessions', undefined, signal)),
  }),
);
