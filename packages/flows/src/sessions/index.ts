/** The sessions list: the user's signed-in browsers, ending one or all others: machine, ports, the place of an address. */

export * from './session-place.js';
export * from './sessions.machine.js';
export * from './sessions.ports.js';
