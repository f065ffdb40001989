/**
 * The breached-password port over the k-anonymity range API of the public breach service (Pwned Passwords): the
 * SHA-1 of the password is computed here, only its first 5 hex characters are sent (`GET <base>/range/<prefix>`), and
 * the answer — every known suffix under that prefix with its count — is searched locally. The service never sees the
 * password, its hash, or which of the ~800 suffixes was wanted.
 */
import { createHash } from 'node:crypto';
import type { BreachedPasswordCheck, BreachFinding } from '@gatehouse/flows';

/** Options of {@link createRangeBreachedPasswordCheck}. */
export interface RangeBreachOptions {
  /** Where the range API lives, without `/range`; default `https://api.pwnedpasswords.com`. */
  baseUrl?: string;
  /** The whole lookup (connect, answer, body) in ms; default 1,500. Beyond it the finding is `unknown`. */
  timeoutMs?: number;
  /**
   * Ask for padding (`Add-Padding: true`): the service adds decoy suffixes with count 0, so the answer's size does
   * not tell an onlooker which prefix was asked. Default true; padding lines are ignored either way.
   */
  padding?: boolean;
  /** Answers larger than this many bytes are refused as `invalid-response`; default 1 MiB (a real one is ~40 KB). */
  maxResponseBytes?: number;
  /** The fetch to use (tests, proxies); default the global one. */
  fetch?: typeof fetch;
}

/** SHA-1 of the password's UTF-8 bytes in upper-case hex, as the service indexes it. */
export function passwordSha1(password: string): string {
  return createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
}

const LINE = /^([0-9A-F]{35}):(\d{1,12})$/;

/**
 * The count the range answer gives `suffix` (0 when absent or padding), or `undefined` when any line is not
 * `SUFFIX:COUNT` — a captive portal's HTML or a truncated body must not pass as "not breached".
 */
export function countInRange(body: string, suffix: string): number | undefined {
  let count = 0;
  for (const raw of body.split('\n')) {
    const line = raw.trim().toUpperCase();
    if (line === '') continue;
    const match = LINE.exec(line);
    if (!match) return undefined;
    if (match[1] === suffix) count = Number(match[2]);
  }
  return count;
}

/** Reads at most `limit` bytes of a body; `undefined` when it is longer. */
async function readCapped(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The reference implementation of the breached-password port, for `createGatehouseServer({ breachedPasswords:
 * { check: createRangeBreachedPasswordCheck() } })`. It needs no dependency: `node:crypto` hashes, the global
 * `fetch` asks, and the answer is plain text. Never throws: a timeout, a refused connection or a
 * non-200 answer is `unknown` (`timeout` / `unavailable`), an unreadable body is `unknown` (`invalid-response`), and
 * the server's breach policy decides whether the password then passes. Nothing is logged here.
 */
export function createRangeBreachedPasswordCheck(options: RangeBreachOptions = {}): BreachedPasswordCheck {
  const base = (options.baseUrl ?? 'https://api.pwnedpasswords.com').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 1_500;
  const padding = options.padding ?? true;
  const limit = options.maxResponseBytes ?? 1024 * 1024;
  const fetchFn = options.fetch ?? fetch;

  return {
    async lookUp(password, signal): Promise<BreachFinding> {
      const hash = passwordSha1(password);
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        const response = await fetchFn(`${base}/range/${hash.slice(0, 5)}`, {
          headers: { accept: 'text/plain', ...(padding ? { 'add-padding': 'true' } : {}) },
          signal: combined,
          redirect: 'error',
        });
        if (response.status !== 200) {
          await response.body?.cancel();
          return { status: 'unknown', reason: 'unavailable' };
        }
        const body = await readCapped(response, limit);
        const count = body === undefined ? undefined : countInRange(body, hash.slice(5));
        if (count === undefined) return { status: 'unknown', reason: 'invalid-response' };
        return count > 0 ? { status: 'found', count } : { status: 'not-found' };
      } catch {
        return { status: 'unknown', reason: timeout.aborted ? 'timeout' : 'unavailable' };
      }
    },
  };
}
