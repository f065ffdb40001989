/**
 * `logout()`: ends the Gatehouse session of a page that embeds the elements, and forgets the flows they kept.
 * A page calls it from its own "Log out" button or link; there is no element for it, because a logout control is
 * part of the host's navigation and looks like the rest of it.
 */
import { createHttpClient, type HttpClientOptions } from '@gatehouse/flows/http';

/** Options of {@link logout}. */
export interface LogoutOptions {
  /** Where the REST contract is served, the same value as the elements' `endpoint` (e.g. `/api/gatehouse`). */
  endpoint: string;
  /** Extra headers (a CSRF token your backend wants) or a custom `fetch`, as the elements' `http` property. */
  http?: Omit<HttpClientOptions, 'baseUrl'>;
  /**
   * Where the elements keep running flows (`persist`): `session` (default), `local`, or `none`. Every entry they
   * wrote (keys starting with `gatehouse:`, or `persistKeys`) is removed, so the next person on this browser does
   * not resume the last one's profile or MFA step.
   */
  persist?: 'session' | 'local' | 'none';
  /** Custom `persist-key` values in use on the page, removed as well. */
  persistKeys?: readonly string[];
}

/**
 * Sends `DELETE /session` (the REST contract's logout: the server clears the cookie and forgets the session) and
 * clears the flows the elements stored. Resolves when the server answered; rejects with a `GatehouseError`
 * (`unavailable` when the request failed, the server's code otherwise). The stored flows are cleared either way.
 */
export async function logout(options: LogoutOptions): Promise<void> {
  try {
    await createHttpClient({ ...options.http, baseUrl: options.endpoint }).call(
      'DELETE',
      '/session',
      undefined,
    );
  } finally {
    forgetFlows(options.persist ?? 'session', options.persistKeys ?? []);
  }
}

function forgetFlows(persist: 'session' | 'local' | 'none', keys: readonly string[]): void {
  if (persist === 'none') return;
  let storage: Storage | undefined;
  try {
    storage = persist === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    // Storage blocked (a sandboxed frame, privacy settings): the elements could not store anything either.
    return;
  }
  if (!storage) return;
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && (key.startsWith('gatehouse:') || keys.includes(key))) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}
