/** Login with SSO, forced password change and MFA challenge: machine, forms and ports. */
export * from './login.machine.js';
export * from './login.ports.js';
