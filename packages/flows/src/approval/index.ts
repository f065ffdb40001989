/** The back-office approval of registrations (runs on the server): machine, decision form, ports. */
export * from './approval.machine.js';
export * from './approval.ports.js';
