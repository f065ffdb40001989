import { port } from '../common/port.js';
import type { InvitationPorts } from '../invitation/invitation.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The invitation flow's ports over the REST contract: `GET /roles`, `POST /invitations`. The one thing to know:
 * only an administrator's session may call them; others get the contract's `forbidden`.
 */
export const invitationHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'invitation',
  ({ call }): InvitationPorts => ({
    listRoles: port((_, signal) => call('GET', '/roles', undefined, signal)),
    inviteUser: port(({ data }, signal) => call('POST', '/invitations', data, signal)),
  }),
);
