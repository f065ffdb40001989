/** RMA requests (own hardware only; partner hardware is referred): machine, form, ports. */
export * from './rma.machine.js';
export * from './rma.ports.js';
