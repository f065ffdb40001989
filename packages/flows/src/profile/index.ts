/** Profile editing with SMS-verified phone change: machine, forms, ports. */
export * from './profile.machine.js';
export * from './profile.ports.js';
