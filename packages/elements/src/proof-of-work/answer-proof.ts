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
  // Filled after insertion, so screen readers announce it as a change of a live region. The registry directly, not
  // `textsFor`: importing that module from here made Vite split shared modules into one more first-load chunk.
  requestAnimationFrame(() => {
    line.textContent =
      registeredText(resolveLocale(host), (entry) => entry.elements.get(proofTexts.id), 'checking') ??
      proofTexts.en.checking;
  });
  return line;
}

/**
 * Answers a 428 `proof-…` of `base(input, init)`: solves a challenge and sends the request again, once. Any other
 * answer, or a challenge that cannot be fetched or solved, is returned as it came (the flow shows its error).
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
  try {
    const proof = await solveProof(challengeUrl(host.endpoint), base);
    return proof ? await sendWithProof(base, input, init ?? {}, proof) : response;
  } finally {
    progress.remove();
  }
}
