/**
 * Where the server asks the host's place lookup: once per sign-in, for the new session's address. A server without
 * the `places` option asks nothing and no session has a place — Gatehouse calls no third party by itself.
 */
import type { SessionPlace } from '@gatehouse/flows/sessions';
import { boundPlace } from './bound-place.js';
import { ipNumber, ipText } from './ip-number.js';

/**
 * The port: the approximate place of an IP address, or `undefined` when unknown. Given every valid address,
 * private and loopback ones included (the host knows what its own networks are). The server checks the answer.
 */
export type PlaceLookup = (ip: string, signal: AbortSignal) => Promise<SessionPlace | undefined>;

/** The `places` option of `createGatehouseServer`. */
export interface PlacesOption {
  /** The lookup: the host's own, or `createRangeTablePlaceLookup(csv)` over a table the host supplies. */
  lookup: PlaceLookup;
  /** How long a sign-in waits for the answer, in ms; default 300. After it the session has no place. */
  timeoutMs?: number;
}

/** The default wait for a lookup: short, because a person is waiting for the sign-in. */
export const DEFAULT_PLACE_TIMEOUT_MS = 300;

/** Why a lookup gave no place, as the log says it (never with the address). */
type Miss = 'timeout' | 'failed' | 'invalid-answer';

/** Logs a missed lookup: the reason and the error's class only — a host's error message may quote the address. */
function logMiss(reason: Miss, error?: unknown): void {
  const kind = error instanceof Error ? ` (${error.name})` : '';
  console.warn(`gatehouse: place lookup gave no place: ${reason}${kind}; the session is stored without one`);
}

/** Resolves `undefined` after `ms`, aborting `controller` so a lookup that listens stops working. */
function deadline(ms: number, controller: AbortController): Promise<'timeout'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      controller.abort(new DOMException('place lookup timed out', 'TimeoutError'));
      resolve('timeout');
    }, ms);
    controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

/**
 * The place of `ip`, or `undefined`: never throws and never waits longer than the timeout (fail open — a lookup
 * that fails, hangs or answers garbage costs the session its place, not the sign-in). An address that is not an IP
 * (`unknown` behind a misconfigured proxy) is not asked; an IPv4-mapped IPv6 address is asked as IPv4.
 */
export async function findPlace(
  option: PlacesOption | undefined,
  ip: string,
): Promise<SessionPlace | undefined> {
  if (!option) return undefined;
  const address = ipNumber(ip);
  if (!address) return undefined;
  const controller = new AbortController();
  const asked = Promise.resolve()
    .then(() => option.lookup(ipText(address), controller.signal))
    .then(
      (answer) => ({ answer }),
      (error: unknown) => ({ error }),
    );
  const outcome = await Promise.race([
    asked,
    deadline(option.timeoutMs ?? DEFAULT_PLACE_TIMEOUT_MS, controller),
  ]);
  if (outcome === 'timeout') {
    logMiss('timeout');
    return undefined;
  }
  controller.abort();
  if ('error' in outcome) {
    logMiss('failed', outcome.error);
    return undefined;
  }
  // `undefined` is the lookup's "not known": nothing to log.
  if (outcome.answer === undefined || outcome.answer === null) return undefined;
  const place = boundPlace(outcome.answer);
  if (!place) logMiss('invalid-answer');
  return place;
}
