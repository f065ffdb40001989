/** Data rights: download my data (JSON), delete my account (re-authenticated, with a Super Admin hand-over). */
export * from './data-rights.machine.js';
export * from './data-rights.ports.js';
