/**
 * A `fetch` for the flow elements' `http` property that answers the server's bot defence by itself: it solves a
 * proof-of-work challenge ahead of time (starting when it is created, i.e. when the form is shown, so the person
 * rarely waits), sends it with the next state-changing request, and when the server still answers 428 `proof-…`
 * (a login after failures, an expired challenge) solves a fresh one and retries once.
 *
 * Load it lazily (`import('@gatehouse/elements/proof-of-work')`): nothing of it is in an element's first load.
 */
import { type ProofChallenge, type ProofSolution, solveChallenge } from './solve-challenge.js';

/** What {@link proofFetch} reports while it works. */
export type ProofProgress =
  | { state: 'solving'; tries: number }
  | { state: 'ready'; ms: number; tries: number }
  | { state: 'failed' };

/** Options of {@link proofFetch}. */
export interface ProofFetchOptions {
  /** The server's `GET /challenges`, e.g. `/api/challenges`. */
  challengeUrl: string;
  /** The fetch underneath (default: the global one). */
  fetch?: typeof fetch;
  /** Called as the work goes on (for a progress display). */
  onProgress?: (progress: ProofProgress) => void;
  /** Solve ahead, from creation on (default true). */
  eager?: boolean;
}

/** The header the server reads the proof from. */
const PROOF_HEADER = 'Gatehouse-Proof';

/** Solves in a module worker from the page's own origin; on the page itself when no worker can start. */
function solveInWorker(
  challenge: ProofChallenge,
  onTries: (n: number) => void,
): Promise<ProofSolution | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // Written out in one expression so that bundlers (Vite, webpack) emit the worker as a file of its own.
      worker = new Worker(new URL('./proof-solver.worker.js', import.meta.url), { type: 'module' });
    } catch {
      resolve(solveChallenge(challenge, onTries));
      return;
    }
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ progress?: number; solution?: ProofSolution | null }>) => {
        if (event.data.progress !== undefined) onTries(event.data.progress);
        else {
          worker.terminate();
          resolve(event.data.solution ?? null);
        }
      },
    );
    // A worker file the host did not serve (a bundler that does not copy it): the page does the work instead.
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(solveChallenge(challenge, onTries));
    });
    worker.postMessage(challenge);
  });
}

/**
 * Returns a `fetch` that carries proofs (see the module comment). The one thing to know: give it to the element
 * before the element connects (`el.http = { fetch: proofFetch({ challengeUrl: '/api/challenges' }) }`).
 */
export function proofFetch(options: ProofFetchOptions): typeof fetch {
  const base = options.fetch ?? globalThis.fetch.bind(globalThis);
  const report = options.onProgress ?? (() => {});
  let ready: Promise<string | null> | null = null;

  const solveOne = async (): Promise<string | null> => {
    try {
      const answer = await base(options.challengeUrl, { headers: { Accept: 'application/json' } });
      if (!answer.ok) throw new Error(`challenge ${answer.status}`);
      const challenge = (await answer.json()) as ProofChallenge;
      const started = performance.now();
      let tries = 0;
      report({ state: 'solving', tries });
      const solution = await solveInWorker(challenge, (n) => {
        tries = n;
        report({ state: 'solving', tries: n });
      });
      if (!solution) throw new Error('unsolved');
      report({ state: 'ready', ms: Math.round(performance.now() - started), tries: solution.counter + 1 });
      // UTF-8 safe base64 of ASCII JSON.
      return btoa(JSON.stringify({ challenge, solution }));
    } catch {
      report({ state: 'failed' });
      return null;
    }
  };
  const take = async () => {
    const proof = await (ready ?? solveOne());
    ready = null;
    return proof;
  };
  const send = (input: RequestInfo | URL, init: RequestInit, proof: string | null) => {
    const headers = new Headers(init.headers);
    if (proof) headers.set(PROOF_HEADER, proof);
    return base(input, { ...init, headers });
  };
  if (options.eager !== false) ready = solveOne();

  return async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (method === 'GET') return base(input, init);
    const response = await send(input, init, ready ? await take() : null);
    if (response.status !== 428) return response;
    const code = (
      (await response
        .clone()
        .json()
        .catch(() => ({}))) as { error?: { code?: string } }
    ).error?.code;
    if (!code?.startsWith('proof-')) return response;
    return send(input, init, await take());
  };
}
