/** Passkey management (add after re-authentication, rename, remove): machine, name form, ports. */
export * from './passkeys.machine.js';
export * from './passkeys.ports.js';
