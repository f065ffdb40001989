/** Versioned, secret-free persistence of running flows. */
export * from './persist-flow.js';
