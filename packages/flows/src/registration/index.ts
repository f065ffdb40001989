/** The self-service registration flow: machine, form and ports. */
export * from './registration.machine.js';
export * from './registration.ports.js';
