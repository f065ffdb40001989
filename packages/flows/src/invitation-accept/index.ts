/** The invitee's side of the invitation: open the invite link, set a password. Machine, form and port. */
export * from './invitation-accept.machine.js';
export * from './invitation-accept.ports.js';
