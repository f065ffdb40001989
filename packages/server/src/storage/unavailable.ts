/**
 * Telling "the database cannot be reached right now" apart from a bug: the first is an outage a client may
 * retry (503 + Retry-After), the second is a 500.
 */

/** Thrown by a {@link Database} when the server is down, restarting, refusing connections or timed out. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(override readonly cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Socket-level failures (Node's codes) that mean the server is not there. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

/**
 * True for errors that mean the Postgres server cannot serve now: SQLSTATE class 08 (connection exception),
 * 57P01–57P03 (shutdown, crash, starting up), 53300 (too many connections), a refused or reset socket, and the
 * `pg` client's own "connection terminated" and connect-timeout errors.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300') return true;
    if (NETWORK_CODES.has(code)) return true;
  }
  if (error instanceof AggregateError && error.errors.some(isUnavailable)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    error.message,
  );
}

/** Rethrows `error` as a {@link DatabaseUnavailableError} when {@link isUnavailable}, unchanged otherwise. */
export function translateOutage(error: unknown): never {
  if (error instanceof DatabaseUnavailableError || !isUnavailable(error)) throw error;
  throw new DatabaseUnavailableError(error);
}
