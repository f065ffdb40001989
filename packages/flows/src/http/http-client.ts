import { GatehouseError } from '@gatehouse/rules';

/** Options of {@link createHttpClient} (and of `createHttpPorts`). */
export interface HttpClientOptions {
  /** Where the REST contract is served, e.g. `https://portal.example/api/gatehouse` (no trailing slash needed). */
  baseUrl: string;
  /** A fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch;
  /** Extra headers for every request (e.g. a CSRF token header your backend wants). */
  headers?: Record<string, string>;
}

/**
 * One connection to a backend speaking the REST contract (docs/rest-contract.md), shared by the per-flow port sets
 * (`registrationHttpPorts(client)`, …). The one thing to know: `call` rejects with a `GatehouseError` carrying the
 * contract's error `code` for every non-2xx answer; the port sets turn the few outcome codes into values.
 */
export interface HttpClient {
  /**
   * Sends `method path` (relative to the base URL) with a JSON body unless `body` is `undefined`, with
   * `credentials: 'include'`, and resolves with the parsed JSON answer (`undefined` when empty or 204).
   */
  call<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T>;
}

/** `encodeURIComponent` for a path segment (an id may hold `/`); the one thing to know: only for single segments. */
export const segment = (value: string): string => encodeURIComponent(value);

/**
 * Checks the options once and returns the {@link HttpClient} every per-flow port set uses: one copy of the fetch
 * call and the error mapping. Non-2xx answers become a `GatehouseError` with the body's `error.code` (else
 * `unavailable` for 5xx, `invalid-request` for a 400/422 that carries `issues`, `http-<status>` otherwise) and
 * `params` `status`, `issues`, `until`, `retryAfter` (body or `Retry-After` header); a network failure or a
 * non-JSON answer is `unavailable`. Throws `invalid-option` (naming `fetch` or `baseUrl`) for bad options.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') {
    throw new GatehouseError('invalid-option', 'createHttpClient: no fetch available; pass options.fetch', {
      option: 'fetch',
    });
  }
  let base: URL;
  try {
    // The trailing slash makes `new URL('registrations', base)` append instead of replacing the last segment.
    base = new URL(
      options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      globalThis.location?.href,
    );
  } catch {
    throw new GatehouseError(
      'invalid-option',
      `createHttpClient: baseUrl ${JSON.stringify(options.baseUrl)} is not a URL`,
      { option: 'baseUrl' },
    );
  }

  async function call<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const init: RequestInit = { method, headers, credentials: 'include', signal };
    // Every state-changing request says JSON, even without a body (a bodiless DELETE): the contract's CSRF rule
    // answers 415 otherwise.
    if (body !== undefined || method !== 'GET') headers['Content-Type'] = 'application/json';
    if (body !== undefined) init.body = JSON.stringify(body);
    let response: Response;
    try {
      response = await doFetch(new URL(path.replace(/^\//, ''), base), init);
    } catch (error) {
      throw new GatehouseError(
        'unavailable',
        `request ${method} ${path} failed: ${String(error)}`,
        {},
        { cause: error },
      );
    }
    const text = response.status === 204 ? '' : await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new GatehouseError(
        'unavailable',
        `${method} ${path}: the answer is not JSON (status ${response.status})`,
        { status: response.status },
      );
    }
    if (response.ok) return json as T;
    const error = (json as { error?: Record<string, unknown> } | undefined)?.error ?? {};
    // 422 (the body failed the form) and 400 (malformed) both carry form issues; a backend that sends issues
    // without a code still means invalid-request, so the fields show them.
    const code =
      typeof error.code === 'string'
        ? error.code
        : response.status >= 500
          ? 'unavailable'
          : (response.status === 422 || response.status === 400) && Array.isArray(error.issues)
            ? 'invalid-request'
            : `http-${response.status}`;
    const params: Record<string, unknown> = { status: response.status };
    if (Array.isArray(error.issues)) params.issues = error.issues;
    if (error.until !== undefined) params.until = error.until;
    const retryAfter = error.retryAfter ?? response.headers.get('Retry-After');
    if (retryAfter !== undefined && retryAfter !== null) params.retryAfter = Number(retryAfter);
    throw new GatehouseError(
      code,
      typeof error.message === 'string' ? error.message : `${method} ${path}: ${code}`,
      params,
    );
  }

  return { call };
}
