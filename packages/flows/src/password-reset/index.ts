/** Enumeration-safe password reset by SMS or e-mail code: machine, forms, ports. */
export * from './password-reset.machine.js';
export * from './password-reset.ports.js';
