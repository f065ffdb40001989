/** Support information (level, regional number, rotating support PIN): machine and port. */
export * from './support-info.machine.js';
export * from './support-info.ports.js';
