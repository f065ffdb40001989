/**
 * The part of the bot defence every flow element carries: a `fetch` that passes answers through and, on a 428, loads
 * `proof-of-work/answer-proof.js` to solve a challenge and retry once. Kept to a status check and an `import()`
 * because it is in every element's first load.
 */
import type { ProofHost } from '../proof-of-work/answer-proof.js';

/**
 * The fetch of `host`'s HTTP ports: `own` (the host's `http.fetch`, else the global `fetch`, looked up per call),
 * answering the bot defence by itself. The one thing to know: only a 428 costs anything more.
 */
export const proofRetry =
  (host: ProofHost, own: typeof fetch | undefined): typeof fetch =>
  async (input, init) => {
    const base = own ?? fetch;
    const response = await base(input, init);
    return response.status === 428
      ? (await import('../proof-of-work/answer-proof.js')).answerProof(host, response, input, init, base)
      : response;
  };
