/**
 * The browser's side of the server's bot defence: {@link proofFetch} for an element's `http.fetch`, and the solver
 * itself. Import it lazily; no element loads it on its own.
 */
export { type ProofFetchOptions, type ProofProgress, proofFetch } from './proof-fetch.js';
export { type ProofChallenge, type ProofSolution, solveChallenge } from './solve-challenge.js';
