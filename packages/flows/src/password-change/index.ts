/** Password change while signed in: machine, form, port. */
export * from './password-change.machine.js';
export * from './password-change.ports.js';
