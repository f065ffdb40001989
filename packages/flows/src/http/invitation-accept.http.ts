import { port } from '../common/port.js';
import type {
  AcceptInvitationOutput,
  InvitationAcceptPorts,
} from '../invitation-accept/invitation-accept.ports.js';
import { flowHttpPorts } from './http-ports.js';

/**
 * The invitation acceptance flow's port over the REST contract: `POST /invitations/accept`. The one thing to
 * know: only the token and the new password are sent (never the confirmation field); 410 `expired-token` ends
 * the flow in `expired`.
 */
export const invitationAcceptHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'invitationAccept',
  ({ call }): InvitationAcceptPorts => ({
    acceptInvitation: port(({ token, newPassword }, signal) =>
      call<AcceptInvitationOutput>('POST', '/invitations/accept', { token, newPassword }, signal),
    ),
  }),
);
