import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import {
  APP_PORTAL,
  CREATOR_PORTAL,
  type OidcTestServer,
  startOidcTestServer,
  TestBrowser,
} from '../testing/oidc-server.js';
import { REVIEWER } from '../testing/test-server.js';

/**
 * Each attack on the provider gets the protocol's error and changes nothing: no code, no token, no session
 * created or ended, and no redirect anywhere but a registered URI.
 */

let db: Database;
let op: OidcTestServer;
let appPortal: client.Configuration;
let creatorPortal: client.Configuration;
const insecure = { execute: [client.allowInsecureRequests] };
const CALLBACK = APP_PORTAL.redirectUris[0] as string;

beforeAll(async () => {
  db = await openTestDatabase();
  op = await startOidcTestServer(db);
  const discover = (c: typeof APP_PORTAL) =>
    client.discovery(new URL(op.issuer), c.clientId, c.clientSecret, undefined, insecure);
  [appPortal, creatorPortal] = await Promise.all([discover(APP_PORTAL), discover(CREATOR_PORTAL)]);
}, 60_000);
afterAll(async () => {
  await op?.close();
  await db?.close();
});

/** Rows the provider and the portal keep: codes, tokens, grants, provider and portal sessions. */
async function state() {
  const rows = await db.query<{ model: string; n: string; consumed: string }>(
    'SELECT model, count(*) AS n, count(consumed_at) AS consumed FROM oidc_models GROUP BY model ORDER BY model',
  );
  const [portal] = await db.query<{ n: string }>('SELECT count(*) AS n FROM sessions');
  // Interactions are the provider's scratch pad for a login in progress, not something an attack obtains.
  return {
    models: rows.filter((r) => r.model !== 'Interaction').map((r) => `${r.model}:${r.n}:${r.consumed}`),
    portalSessions: portal?.n,
  };
}

async function loggedIn(): Promise<TestBrowser> {
  const browser = new TestBrowser();
  expect((await browser.api(op.origin, 'POST', '/session', REVIEWER)).status).toBe(200);
  return browser;
}

/** A well-formed authorization request of the App Portal, with `patch` applied (null deletes a parameter). */
async function authorize(patch: Record<string, string | null> = {}, config = appPortal) {
  const verifier = client.randomPKCECodeVerifier();
  const params: Record<string, string> = {
    redirect_uri: config === appPortal ? CALLBACK : (CREATOR_PORTAL.redirectUris[0] as string),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: client.randomState(),
    nonce: client.randomNonce(),
  };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete params[key];
    else params[key] = value;
  }
  return {
    url: client.buildAuthorizationUrl(config, params),
    verifier,
    state: params.state,
    nonce: params.nonce,
  };
}

/** A complete login of the App Portal, up to the callback URL (not yet exchanged). */
async function callbackOf(browser: TestBrowser, config = appPortal) {
  const request = await authorize({}, config);
  const redirect = config === appPortal ? CALLBACK : (CREATOR_PORTAL.redirectUris[0] as string);
  const landed = await browser.follow(request.url.href, redirect);
  return { ...request, callback: new URL(landed.url) };
}

/** Every message and claim name along an error's cause chain (openid-client wraps oauth4webapi's errors). */
async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    let text = '';
    for (
      let e = error as { message?: string; claim?: string; cause?: unknown } | undefined;
      e;
      e = e.cause as typeof e
    ) {
      text += ` ${e.message ?? ''} ${e.claim ?? ''}`;
    }
    return text;
  }
  return 'resolved';
}

/** The first response to `url`: an error page must not redirect anywhere. */
async function firstHop(browser: TestBrowser, url: string) {
  const response = await browser.fetch(url);
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}

describe('redirect URIs are compared exactly', () => {
  for (const [what, uri] of [
    ['another site', 'https://evil.example/callback'],
    ['a longer path', `${CALLBACK}/../../evil`],
    ['an extra segment', `${CALLBACK}/x`],
    ['a query added', `${CALLBACK}?next=https://evil.example`],
    ['a prefix only', 'http://127.0.0.1:4001/'],
    ['another port', 'http://127.0.0.1:4002/callback'],
    ['another scheme', 'https://127.0.0.1:4001/callback'],
  ] as const) {
    it(`${what}: an error page, no redirect, nothing issued`, async () => {
      const browser = await loggedIn();
      const before = await state();
      const { url } = await authorize({ redirect_uri: uri });
      const hop = await firstHop(browser, url.href);
      expect(hop.status).toBe(400);
      expect(hop.location).toBeNull();
      expect(hop.body).toContain('invalid_redirect_uri');
      expect(await state()).toEqual({ ...before, portalSessions: before.portalSessions });
    });
  }
});

describe('PKCE is required, S256 only', () => {
  for (const [what, patch] of [
    ['missing code_challenge', { code_challenge: null, code_challenge_method: null }],
    ['plain method', { code_challenge_method: 'plain' }],
    ['plain challenge with no method', { code_challenge: 'x'.repeat(43), code_challenge_method: null }],
  ] as const) {
    it(`${what}: invalid_request to the registered redirect URI, no code`, async () => {
      const browser = await loggedIn();
      const before = await state();
      const { url, state: sent } = await authorize(patch);
      const landed = new URL((await browser.follow(url.href, CALLBACK)).url);
      expect(landed.origin + landed.pathname).toBe(CALLBACK);
      expect(landed.searchParams.get('error')).toBe('invalid_request');
      expect(landed.searchParams.get('code')).toBeNull();
      expect(landed.searchParams.get('state')).toBe(sent);
      expect(await state()).toEqual(before);
    });
  }

  it('a code redeemed with the wrong verifier: invalid_grant, no token', async () => {
    const { callback, state: sent, nonce } = await callbackOf(await loggedIn());
    await expect(
      client.authorizationCodeGrant(appPortal, callback, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: sent,
        expectedNonce: nonce,
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    const [tokens] = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM oidc_models WHERE model = 'AccessToken'",
    );
    expect(Number(tokens?.n)).toBe(0);
  });
});

describe('authorization codes', () => {
  it('a replayed code: invalid_grant, and the tokens of the first exchange are revoked', async () => {
    const { callback, verifier, state: sent, nonce } = await callbackOf(await loggedIn());
    const checks = { pkceCodeVerifier: verifier, expectedState: sent, expectedNonce: nonce };
    const first = await client.authorizationCodeGrant(appPortal, callback, checks);
    await expect(client.authorizationCodeGrant(appPortal, callback, checks)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    // RFC 6749 §4.1.2: a code used twice revokes what it granted.
    await expect(
      client.fetchUserInfo(appPortal, first.access_token, first.claims()?.sub as string),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('an expired code: invalid_grant', async () => {
    const { callback, verifier, state: sent, nonce } = await callbackOf(await loggedIn());
    op.clock.advance(61_000);
    await expect(
      client.authorizationCodeGrant(appPortal, callback, {
        pkceCodeVerifier: verifier,
        expectedState: sent,
        expectedNonce: nonce,
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it("another client's code: invalid_grant, the code stays unused for its own client", async () => {
    const { callback, verifier, state: sent, nonce } = await callbackOf(await loggedIn(), creatorPortal);
    await expect(
      client.authorizationCodeGrant(appPortal, callback, {
        pkceCodeVerifier: verifier,
        expectedState: sent,
        expectedNonce: nonce,
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });
});

describe('state and nonce', () => {
  it('a state mismatch is refused by the client before the code is redeemed', async () => {
    const { callback, verifier, nonce } = await callbackOf(await loggedIn());
    const before = await state();
    const refused = reason(
      client.authorizationCodeGrant(appPortal, callback, {
        pkceCodeVerifier: verifier,
        expectedState: client.randomState(),
        expectedNonce: nonce,
      }),
    );
    expect(await refused).toMatch(/unexpected "state" response parameter value/);
    expect(await state()).toEqual(before);
  });

  it('a missing nonce: invalid_request from the provider, no code', async () => {
    const browser = await loggedIn();
    const before = await state();
    const { url } = await authorize({ nonce: null });
    const landed = new URL((await browser.follow(url.href, CALLBACK)).url);
    expect(landed.searchParams.get('error')).toBe('invalid_request');
    expect(landed.searchParams.get('error_description')).toBe('nonce is required');
    expect(landed.searchParams.get('code')).toBeNull();
    expect(await state()).toEqual(before);
  });

  it('a replayed nonce (an ID token made for another login) is refused by the client', async () => {
    const { callback, verifier, state: sent } = await callbackOf(await loggedIn());
    const refused = reason(
      client.authorizationCodeGrant(appPortal, callback, {
        pkceCodeVerifier: verifier,
        expectedState: sent,
        expectedNonce: client.randomNonce(),
      }),
    );
    expect(await refused).toMatch(/nonce/);
  });
});

describe('clients and redirects', () => {
  it('an unknown client: an error page, no redirect to the URI it names', async () => {
    const browser = await loggedIn();
    const before = await state();
    const url = new URL(`${op.issuer}/auth`);
    url.search = new URLSearchParams({
      client_id: 'evil-portal',
      redirect_uri: 'https://evil.example/callback',
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
      nonce: 'n',
    }).toString();
    const hop = await firstHop(browser, url.href);
    expect(hop.status).toBe(400);
    expect(hop.location).toBeNull();
    expect(hop.body).toContain('invalid_client');
    expect(await state()).toEqual(before);
  });

  it('open redirects: request_uri and response_type cannot send a code or token elsewhere', async () => {
    const browser = await loggedIn();
    const before = await state();
    const patches: Record<string, string>[] = [
      { request_uri: 'https://evil.example/request.jwt' },
      { request: 'eyJhbGciOiJub25lIn0.eyJyZWRpcmVjdF91cmkiOiJodHRwczovL2V2aWwuZXhhbXBsZSJ9.' },
      { response_type: 'code id_token' },
      { response_type: 'token' },
    ];
    for (const patch of patches) {
      const { url } = await authorize(patch);
      const landed = new URL((await browser.follow(url.href, CALLBACK)).url);
      expect(`${landed.origin}${landed.pathname}`).toBe(CALLBACK);
      expect(landed.searchParams.get('code')).toBeNull();
      expect(landed.hash).not.toMatch(/code=/);
    }
    expect(await state()).toEqual(before);
    // response_mode=fragment is allowed, but only ever to the registered URI.
    const { url } = await authorize({ response_mode: 'fragment' });
    expect((await browser.follow(url.href, CALLBACK)).url.startsWith(`${CALLBACK}#`)).toBe(true);
  });

  it('open redirects: the interaction only ever sends the browser to the portal login page', async () => {
    const browser = new TestBrowser();
    const { url } = await authorize({ login_hint: 'https://evil.example', ui_locales: '//evil.example' });
    const landed = new URL((await browser.follow(url.href, CALLBACK)).url);
    expect(landed.origin).toBe(op.origin);
    expect(landed.pathname).toBe('/login.html');
    expect(landed.searchParams.get('next')).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
  });
});

describe('logout', () => {
  it('an unregistered post_logout_redirect_uri: an error page, no redirect, still logged in', async () => {
    const browser = await loggedIn();
    const { callback, verifier, state: sent, nonce } = await callbackOf(browser);
    const tokens = await client.authorizationCodeGrant(appPortal, callback, {
      pkceCodeVerifier: verifier,
      expectedState: sent,
      expectedNonce: nonce,
    });
    const end = client.buildEndSessionUrl(appPortal, {
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: 'https://evil.example/',
    });
    const hop = await firstHop(browser, end.href);
    expect(hop.status).toBe(400);
    expect(hop.location).toBeNull();
    expect((await browser.api(op.origin, 'GET', '/session')).json.session).not.toBeNull();
  });

  it('a forged id_token_hint (altered signature, another client): an error page, nobody logged out', async () => {
    const browser = await loggedIn();
    const own = await callbackOf(browser, creatorPortal);
    const tokens = await client.authorizationCodeGrant(creatorPortal, own.callback, {
      pkceCodeVerifier: own.verifier,
      expectedState: own.state,
      expectedNonce: own.nonce,
    });
    const idToken = tokens.id_token as string;
    const [head, body, signature] = idToken.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const before = await state();
    for (const hint of [`${head}.${body}.${flipped}`, idToken]) {
      // The second: a genuine ID token of the App Creator Portal, presented as the App Portal's.
      const end = new URL(`${op.issuer}/session/end`);
      end.search = new URLSearchParams({
        client_id: APP_PORTAL.clientId,
        id_token_hint: hint,
        post_logout_redirect_uri: APP_PORTAL.postLogoutRedirectUris?.[0] as string,
      }).toString();
      const hop = await firstHop(browser, end.href);
      expect(hop.status).toBe(400);
      expect(hop.location).toBeNull();
      expect(hop.body).toMatch(/invalid_request|invalid_client/);
    }
    expect(await state()).toEqual(before);
    expect((await browser.api(op.origin, 'GET', '/session')).json.session).not.toBeNull();
  });

  it('a logout confirmation without the page’s xsrf token: refused, nobody logged out', async () => {
    const browser = await loggedIn();
    await callbackOf(browser);
    const done = await browser.fetch(`${op.issuer}/session/end/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: 'forged', logout: 'yes' }).toString(),
    });
    expect(done.status).toBe(400);
    expect((await browser.api(op.origin, 'GET', '/session')).json.session).not.toBeNull();
  });
});
