/** The back-office approval of registrations (runs on the server): machine, decision form, ports, policy. */
export * from './approval.machine.js';
export * from './approval.policy.js';
export * from './approval.ports.js';
