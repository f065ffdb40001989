/** User invitation with roles by the Super Admin: machine, form, ports. */
export * from './invitation.machine.js';
export * from './invitation.ports.js';
