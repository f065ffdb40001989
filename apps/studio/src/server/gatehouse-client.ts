/**
 * The studio server's connection to a Gatehouse server's publishing API (docs/forms/publishing.md). The API has no
 * CORS on purpose, so the studio page never calls it: this server signs in as the form editor (the ordinary
 * `POST /session`, then the MFA step when the account has one), keeps the session cookie in memory — never on disk,
 * never in the page — and forwards the publishing calls with it.
 */

/** An answer of the Gatehouse API: status and JSON body (`null` when it had none). */
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown> | null;
}

/** The signed-in state: who, and whether a second factor is still awaited. */
export interface ClientState {
  email: string;
  signedIn: boolean;
  mfaPending: boolean;
}

/** A client of one Gatehouse API (base URL such as `http://localhost:3000/api`). */
export interface GatehouseClient {
  readonly api: string;
  state(): ClientState;
  /** Signs in; answers the API's auth outcome (`status: ok | mfa-required | password-change-required`). */
  signIn(email: string, password: string): Promise<ApiAnswer>;
  /** Completes an `mfa-required` sign-in with a code from the authenticator app or e-mail. */
  verifyMfa(method: 'totp' | 'email', code: string): Promise<ApiAnswer>;
  /** Forgets the session (and ends it on the server). */
  signOut(): Promise<void>;
  /** Calls the API with the session cookie. */
  call(method: string, path: string, body?: unknown): Promise<ApiAnswer>;
}

const COOKIES = ['gatehouse_session', 'gatehouse_pending'] as const;

/** The value of cookie `name` among the `Set-Cookie` headers ('' when it is cleared, undefined when absent). */
function cookieFrom(headers: Headers, name: string): string | undefined {
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    if (pair!.slice(0, at).trim() === name) return pair!.slice(at + 1).trim();
  }
  return undefined;
}

/** A client of `api`, signed out. */
export function createGatehouseClient(api: string): GatehouseClient {
  const base = api.replace(/\/+$/, '');
  const jar = new Map<string, string>();
  let email = '';

  async function call(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const name of COOKIES) {
      const value = cookieFrom(response.headers, name);
      if (value === undefined) continue;
      if (value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const text = await response.text();
    let parsed: Record<string, unknown> | null = null;
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      parsed = {
        error: {
          code: 'not-json',
          message: `The Gatehouse server answered ${response.status} without JSON.`,
        },
      };
    }
    return { status: response.status, body: parsed };
  }

  return {
    api: base,
    state: () => ({
      email,
      signedIn: jar.has('gatehouse_session'),
      mfaPending: jar.has('gatehouse_pending'),
    }),
    async signIn(address, password) {
      jar.clear();
      email = address;
      return call('POST', '/session', { email: address, password });
    },
    verifyMfa: (method, code) => call('POST', '/session/mfa', { method, code }),
    async signOut() {
      if (jar.has('gatehouse_session')) await call('DELETE', '/session').catch(() => undefined);
      jar.clear();
      email = '';
    },
    call,
  };
}
