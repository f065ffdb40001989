import { missingPort } from '../common/port.js';

/** A role the Super Admin can assign. */
export interface Role {
  id: string;
  label: string;
}

/** The ports of the invitation (Super Admin). Each default fails with `port-not-provided`. */
export const invitationPorts = {
  /** `GET /roles`. */
  listRoles: missingPort<{ roles: Role[] }, void>('listRoles'),
  /** `POST /invitations`: rejects with `forbidden` for anyone but the Super Admin. */
  inviteUser: missingPort<{ invitationId: string }, { data: Record<string, unknown> }>('inviteUser'),
};

/** The port set of the invitation. */
export type InvitationPorts = typeof invitationPorts;
