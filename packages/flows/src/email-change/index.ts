/** Changing the account's e-mail address, proven by a link to the new address: machine, form, ports. */
export * from './email-change.machine.js';
export * from './email-change.ports.js';
