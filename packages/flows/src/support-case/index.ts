/** Support case creation (Production / Test / POC-POV, then details): machine, form, port. */
export * from './support-case.machine.js';
export * from './support-case.ports.js';
