/**
 * The flow elements' answer to the bot defence, loaded with `import()` only when a server first answers 428
 * `proof-…` (registration, password reset, a login after failures): it shows "Checking that you are a person…"
 * under the step's form, solves a fresh challenge from the element's `endpoint` (`GET {endpoint}/challenges`) in a
 * worker, and sends the same request once more with the proof. Nothing of it is in an element's first load.
 */
import { resolveLocale } from '../common/messages.js';
import { registeredText } from '../locales/registry.js';
import { proofTexts } from './proof.texts.js';
import { proofCode, sendWithProof, solveProof } from './proof-fetch.js';

/** The element asking: its `endpoint` (the REST contract's base URL) and its shadow root. */
export interface ProofHost extends HTMLElement {
  endpoint: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** `GET /challenges` beside the element's other routes (`/api` → `/api/challenges`). */
function challengeUrl(endpoint: string): URL {
  const base = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`, location.href);
  return new URL('challenges', base);
}

/**
 * Shows the progress line under the step's form (at the end of the step when it has none) and returns it. It is
 * added to the element's shadow root outside its template, so the element's own styles (`.note`) apply and no
 * element has to carry it in its first load; `part="proof"` lets a host restyle it.
 */
function showProgress(host: ProofHost): HTMLElement {
  const line = document.createElement('p');
  line.className = 'note';
  line.setAttribute('part', 'note proof');
  line.setAttribute('role', 'status');
  const slot = host.renderRoot.querySelector('slot[name="form"]');
  if (slot) slot.after(line);
  else host.renderRoot.querySelector('.step')?.append(line);
  // Filled after insertion, so screen readers announce it as a change of a live region.
  requestAnimationFrame(() => {
    line.textContent = proofText(host, 'checking');
  });
  return line;
}

/**
 * `key` of the bot defence's texts in the element's language. The registry directly, not `textsFor`: importing that
 * module from here made Vite split shared modules into one more first-load chunk.
 */
function proofText(host: ProofHost, key: keyof typeof proofTexts.en): string {
  return (
    registeredText(resolveLocale(host), (entry) => entry.elements.get(proofTexts.id), key) ??
    proofTexts.en[key]
  );
}

/**
 * A 428 `code` that still stands after the one retry (a proof refused again, no challenge to be had), as the flow
 * will show it: the same answer with a `message` in the element's language. The step issue texts, which are in every
 * element's first load, do not know the `proof-…` codes; the element shows a known issue's `message` instead.
 */
function explained(host: ProofHost, answer: Response, code: string): Response {
  const body = JSON.stringify({ error: { code, message: proofText(host, 'failed') } });
  return new Response(body, { status: answer.status, headers: answer.headers });
}

/**
 * Answers a 428 `proof-…` of `base(input, init)`: solves a challenge and sends the request again, once. Any other
 * answer is returned as it came; a 428 that still stands (a second one, or a challenge that cannot be fetched or
 * solved) comes back with a message that says so in the element's language (the flow shows it, no further retry).
 */
export async function answerProof(
  host: ProofHost,
  response: Response,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  base: typeof fetch,
): Promise<Response> {
  if (!(await proofCode(response))) return response;
  const progress = showProgress(host);
  let answer = response;
  try {
    const proof = await solveProof(challengeUrl(host.endpoint), base);
    if (proof) answer = await sendWithProof(base, input, init ?? {}, proof);
  } finally {
    progress.remove();
  }
  const code = await proofCode(answer);
  return code ? explained(host, answer, code) : answer;
}
