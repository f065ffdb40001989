/** MFA enrollment (authenticator app or e-mail code) with re-authentication: machine, forms, ports. */
export * from './mfa-enrollment.machine.js';
export * from './mfa-enrollment.ports.js';
