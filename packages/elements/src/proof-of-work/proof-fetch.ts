/**
 * A `fetch` that answers the server's bot defence by itself: it solves a proof-of-work challenge ahead of time
 * (starting when it is created, so the person rarely waits), sends it with the next state-changing request, and when
 * the server still answers 428 `proof-…` (a login after failures, an expired challenge) solves a fresh one and
 * retries once. The flow elements need none of this for `endpoint`: they solve on the server's 428 by themselves
 * (`answer-proof.ts`); `proofFetch` is for a host's own requests and for solving ahead.
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
 * Fetches a challenge from `challengeUrl` with `base`, solves it and returns the `Gatehouse-Proof` header value, or
 * null when no challenge came or it could not be solved (`report` hears `failed` then). Never throws.
 */
export async function solveProof(
  challengeUrl: string | URL,
  base: typeof fetch,
  report: (progress: ProofProgress) => void = () => {},
): Promise<string | null> {
  try {
    const answer = await base(challengeUrl, { headers: { Accept: 'application/json' } });
    if (!answer.ok) throw new Error(`challenge ${answer.status}`);
    const challenge = (await answer.json()) as ProofChallenge;
    const started = performance.now();
    report({ state: 'solving', tries: 0 });
    const solution = await solveInWorker(challenge, (n) => report({ state: 'solving', tries: n }));
    if (!solution) throw new Error('unsolved');
    report({ state: 'ready', ms: Math.round(performance.now() - started), tries: solution.counter + 1 });
    // UTF-8 safe base64 of ASCII JSON.
    return btoa(JSON.stringify({ challenge, solution }));
  } catch {
    report({ state: 'failed' });
    return null;
  }
}

/** Sends the request again through `base`, with `proof` (when there is one) in the header the server reads. */
export function sendWithProof(
  base: typeof fetch,
  input: RequestInfo | URL,
  init: RequestInit,
  proof: string | null,
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (proof) headers.set(PROOF_HEADER, proof);
  return base(input, { ...init, headers });
}

/**
 * The bot defence's error code of a 428 answer (`proof-required`, `proof-invalid`, `proof-expired`,
 * `proof-replayed`), or undefined for any other answer. Reads a clone: the answer stays readable.
 */
export async function proofCode(response: Response): Promise<string | undefined> {
  if (response.status !== 428) return undefined;
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { error?: { code?: unknown } } | null;
  const code = body?.error?.code;
  return typeof code === 'string' && code.startsWith('proof-') ? code : undefined;
}

/**
 * Returns a `fetch` that carries proofs (see the module comment). The one thing to know: give it to the element
 * before the element connects (`el.http = { fetch: proofFetch({ challengeUrl: '/api/challenges' }) }`).
 */
export function proofFetch(options: ProofFetchOptions): typeof fetch {
  const base = options.fetch ?? globalThis.fetch.bind(globalThis);
  const report = options.onProgress ?? (() => {});
  let ready: Promise<string | null> | null = null;
  const take = async () => {
    const proof = await (ready ?? solveProof(options.challengeUrl, base, report));
    ready = null;
    return proof;
  };
  if (options.eager !== false) ready = solveProof(options.challengeUrl, base, report);

  return async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (method === 'GET') return base(input, init);
    const response = await sendWithProof(base, input, init, ready ? await take() : null);
    if (!(await proofCode(response))) return response;
    return sendWithProof(base, input, init, await take());
  };
}
