/** The sessions list: the user's signed-in browsers, ending one or all others: machine, ports. */
export * from './sessions.machine.js';
export * from './sessions.ports.js';
