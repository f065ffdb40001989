/**
 * The worker that solves a proof-of-work challenge off the page's thread. Messages in: the challenge. Messages
 * out: `{ progress: counter }` while it works, then `{ solution }` (null when it cannot be solved). Served from the
 * site's own origin as a module worker: `script-src 'self'` covers it, no `blob:` or `eval` is needed.
 */
import { type ProofChallenge, solveChallenge } from './solve-challenge.js';

addEventListener('message', (event: MessageEvent<ProofChallenge>) => {
  void solveChallenge(event.data, (counter) => postMessage({ progress: counter })).then((solution) =>
    postMessage({ solution }),
  );
});
