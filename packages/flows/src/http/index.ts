/** The fetch adapter implementing every browser-side port against the Gatehouse REST contract. */
export * from './create-http-ports.js';
