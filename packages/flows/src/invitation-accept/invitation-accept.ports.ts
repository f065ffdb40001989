import { missingPort } from '../common/port.js';
import type { Session } from '../login/login.ports.js';

/** Input of `acceptInvitation`: the token of the invite link and the password the invitee chose. */
export interface AcceptInvitationInput {
  token: string;
  newPassword: string;
}

/** Output of `acceptInvitation`: the account exists and, with the REST contract, a session is open. */
export interface AcceptInvitationOutput {
  status: 'ok';
  session?: Session;
}

/** The port of the invitation acceptance. The default fails with `port-not-provided`. */
export const invitationAcceptPorts = {
  /**
   * `POST /invitations/accept`: rejects with `invalid-token` (unknown or already used), `expired-token`, or
   * `invalid-request` (password policy issues).
   */
  acceptInvitation: missingPort<AcceptInvitationOutput, AcceptInvitationInput>('acceptInvitation'),
};

/** The port set of the invitation acceptance. */
export type InvitationAcceptPorts = typeof invitationAcceptPorts;
