import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount } from '../accounts/seed.js';
import { issueRecoveryCodes } from '../security/recovery-codes.js';
import { serverSecret } from '../security/server-secret.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import {
  APP_PORTAL,
  CREATOR_PORTAL,
  type OidcTestServer,
  startOidcTestServer,
  TestBrowser,
} from '../testing/oidc-server.js';
import { REVIEWER, TEST_SCRYPT } from '../testing/test-server.js';

let db: Database;
let op: OidcTestServer;
let appPortal: client.Configuration;
let creatorPortal: client.Configuration;

const insecure = { execute: [client.allowInsecureRequests] };

beforeAll(async () => {
  db = await openTestDatabase();
  op = await startOidcTestServer(db);
  appPortal = await client.discovery(
    new URL(op.issuer),
    APP_PORTAL.clientId,
    APP_PORTAL.clientSecret,
    undefined,
    insecure,
  );
  creatorPortal = await client.discovery(
    new URL(op.issuer),
    CREATOR_PORTAL.clientId,
    CREATOR_PORTAL.clientSecret,
    undefined,
    insecure,
  );
}, 60_000);
afterAll(async () => {
  await op?.close();
  await db?.close();
});

/** What a relying party keeps between sending the browser off and the callback. */
interface Checks {
  verifier: string;
  state: string;
  nonce: string;
}

async function authorizationUrl(
  config: client.Configuration,
  redirectUri: string,
  extra: Record<string, string> = {},
) {
  const checks: Checks = {
    verifier: client.randomPKCECodeVerifier(),
    state: client.randomState(),
    nonce: client.randomNonce(),
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
    code_challenge_method: 'S256',
    state: checks.state,
    nonce: checks.nonce,
    ...extra,
  });
  return { url, checks };
}

async function loggedInBrowser(credentials = REVIEWER): Promise<TestBrowser> {
  const browser = new TestBrowser();
  const login = await browser.api(op.origin, 'POST', '/session', credentials);
  expect(login.status).toBe(200);
  return browser;
}

describe('the provider as openid-client sees it', () => {
  it('discovery names the endpoints, code + S256 only, and the two acr values', () => {
    const meta = appPortal.serverMetadata();
    expect(meta.issuer).toBe(op.issuer);
    expect(meta.authorization_endpoint).toBe(`${op.issuer}/auth`);
    expect(meta.token_endpoint).toBe(`${op.issuer}/token`);
    expect(meta.jwks_uri).toBe(`${op.issuer}/jwks`);
    expect(meta.userinfo_endpoint).toBe(`${op.issuer}/me`);
    expect(meta.end_session_endpoint).toBe(`${op.issuer}/session/end`);
    expect(meta.response_types_supported).toEqual(['code']);
    expect(meta.code_challenge_methods_supported).toEqual(['S256']);
    expect(meta.backchannel_logout_supported).toBe(true);
    expect(meta.acr_values_supported).toEqual(['urn:gatehouse:acr:password', 'urn:gatehouse:acr:mfa']);
  });

  it('the JWKS publishes the public signing key only', async () => {
    const jwks = (await (await fetch(`${op.issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.length).toBeGreaterThanOrEqual(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    for (const key of jwks.keys) expect(key).not.toHaveProperty('d');
  });

  it('a portal session passes straight through: code flow, validated ID token, userinfo', async () => {
    const browser = await loggedInBrowser();
    const redirectUri = APP_PORTAL.redirectUris[0] as string;
    const { url, checks } = await authorizationUrl(appPortal, redirectUri);
    const landed = await browser.follow(url.href, redirectUri);
    expect(landed.url.startsWith(redirectUri)).toBe(true);
    const tokens = await client.authorizationCodeGrant(appPortal, new URL(landed.url), {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: op.issuer,
      aud: APP_PORTAL.clientId,
      nonce: checks.nonce,
      acr: 'urn:gatehouse:acr:password',
      amr: ['pwd'],
    });
    const info = await client.fetchUserInfo(appPortal, tokens.access_token, claims?.sub as string);
    expect(info).toMatchObject({ email: REVIEWER.email, email_verified: true, name: 'Review Team' });
  });
});

/** Waits until the wall clock enters the next whole second. */
async function untilNextSecond(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1001 - (Date.now() % 1000)));
}

/** Sends the browser through the provider without a portal session: it lands on the portal's login page. */
async function toLoginPage(browser: TestBrowser, url: URL) {
  const landed = await browser.follow(url.href, APP_PORTAL.redirectUris[0] as string);
  const at = new URL(landed.url);
  expect(at.pathname).toBe('/login.html');
  const next = at.searchParams.get('next') as string;
  expect(next).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
  return `${op.origin}${next}`;
}

async function exchange(config: client.Configuration, landedAt: string, checks: Checks) {
  return client.authorizationCodeGrant(config, new URL(landedAt), {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
}

async function seedUser(email: string, patch: 'mfa-email' | 'one-time' | 'plain') {
  const password = `${email} passphrase for tests`;
  await seedAccount(db, {
    email,
    password,
    roles: [],
    scrypt: TEST_SCRYPT,
    givenName: 'Sam',
    familyName: 'Sibling',
  });
  if (patch === 'mfa-email') await db.query('UPDATE accounts SET mfa_email = true WHERE email = $1', [email]);
  if (patch === 'one-time') {
    await db.query(
      'UPDATE accounts SET password_one_time = true, password_expires_at = $2 WHERE email = $1',
      [email, new Date(op.clock.now().getTime() + 86_400_000)],
    );
  }
  return { email, password };
}

describe('one login for all portals', () => {
  it('prompt=none without a portal session answers login_required to the redirect URI, state kept', async () => {
    const browser = new TestBrowser();
    const redirectUri = APP_PORTAL.redirectUris[0] as string;
    const { url, checks } = await authorizationUrl(appPortal, redirectUri, { prompt: 'none' });
    const landed = new URL((await browser.follow(url.href, redirectUri)).url);
    expect(landed.searchParams.get('error')).toBe('login_required');
    expect(landed.searchParams.get('state')).toBe(checks.state);
    expect(landed.searchParams.get('code')).toBeNull();
  });

  it('prompt=none right after a portal login gives a code: the portal session is the SSO session', async () => {
    const browser = await loggedInBrowser();
    const redirectUri = CREATOR_PORTAL.redirectUris[0] as string;
    const { url, checks } = await authorizationUrl(creatorPortal, redirectUri, { prompt: 'none' });
    const landed = await browser.follow(url.href, redirectUri);
    const tokens = await exchange(creatorPortal, landed.url, checks);
    expect(tokens.claims()?.aud).toBe(CREATOR_PORTAL.clientId);
  });

  it('an MFA user logs in once at the portal login page; the second portal asks nothing; acr/amr say MFA', async () => {
    const user = await seedUser('mfa.user@sibling.test', 'mfa-email');
    const browser = new TestBrowser();
    const first = await authorizationUrl(appPortal, APP_PORTAL.redirectUris[0] as string);
    const interaction = await toLoginPage(browser, first.url);
    const login = await browser.api(op.origin, 'POST', '/session', user);
    expect(login.json.status).toBe('mfa-required');
    const mail = await op.lastMessage(user.email);
    const code = /\b(\d{6})\b/.exec(mail?.body ?? '')?.[1] as string;
    expect((await browser.api(op.origin, 'POST', '/session/mfa', { method: 'email', code })).status).toBe(
      200,
    );
    const landed = await browser.follow(interaction, APP_PORTAL.redirectUris[0] as string);
    const tokens = await exchange(appPortal, landed.url, first.checks);
    expect(tokens.claims()).toMatchObject({ acr: 'urn:gatehouse:acr:mfa', amr: ['pwd', 'otp', 'mfa'] });
    const second = await authorizationUrl(creatorPortal, CREATOR_PORTAL.redirectUris[0] as string);
    const again = await browser.follow(second.url.href, CREATOR_PORTAL.redirectUris[0] as string);
    const secondTokens = await exchange(creatorPortal, again.url, second.checks);
    expect(secondTokens.claims()).toMatchObject({ sub: tokens.claims()?.sub, acr: 'urn:gatehouse:acr:mfa' });
  });

  it('a login with a recovery code counts as MFA in acr/amr', async () => {
    const user = await seedUser('recovery.user@sibling.test', 'mfa-email');
    const [row] = await db.query<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [user.email]);
    const pepper = await serverSecret(db, 'code-pepper');
    const [code] = await issueRecoveryCodes(db, pepper, row?.id as string, op.clock.now());
    const browser = new TestBrowser();
    expect((await browser.api(op.origin, 'POST', '/session', user)).json.status).toBe('mfa-required');
    const passed = await browser.api(op.origin, 'POST', '/session/mfa', {
      method: 'recovery',
      recoveryCode: code,
    });
    expect(passed.status).toBe(200);
    const { url, checks } = await authorizationUrl(appPortal, APP_PORTAL.redirectUris[0] as string);
    const landed = await browser.follow(url.href, APP_PORTAL.redirectUris[0] as string);
    const tokens = await exchange(appPortal, landed.url, checks);
    expect(tokens.claims()).toMatchObject({ acr: 'urn:gatehouse:acr:mfa', amr: ['pwd', 'otp', 'mfa'] });
  });

  it('a one-time password is changed once, at the provider; afterwards SSO passes through', async () => {
    const user = await seedUser('first.login@sibling.test', 'one-time');
    const browser = new TestBrowser();
    const first = await authorizationUrl(appPortal, APP_PORTAL.redirectUris[0] as string);
    const interaction = await toLoginPage(browser, first.url);
    const login = await browser.api(op.origin, 'POST', '/session', user);
    expect(login.json.status).toBe('password-change-required');
    // Before the change there is no portal session: the interaction still sends the browser to the login page.
    const early = await browser.follow(interaction, APP_PORTAL.redirectUris[0] as string);
    expect(new URL(early.url).pathname).toBe('/login.html');
    const changed = await browser.api(op.origin, 'POST', '/session/password', {
      newPassword: 'correct horse battery staple 42',
    });
    expect(changed.json.status).toBe('ok');
    const landed = await browser.follow(interaction, APP_PORTAL.redirectUris[0] as string);
    const tokens = await exchange(appPortal, landed.url, first.checks);
    expect(tokens.claims()?.amr).toEqual(['pwd']);
    const [row] = await db.query<{ password_one_time: boolean }>(
      'SELECT password_one_time FROM accounts WHERE email = $1',
      [user.email],
    );
    expect(row?.password_one_time).toBe(false);
  });

  it('two logins of one portal (two tabs): both codes redeem, the second does not revoke the first', async () => {
    const browser = await loggedInBrowser();
    const redirectUri = APP_PORTAL.redirectUris[0] as string;
    const first = await authorizationUrl(appPortal, redirectUri);
    const second = await authorizationUrl(appPortal, redirectUri);
    const a = await browser.follow(first.url.href, redirectUri);
    const b = await browser.follow(second.url.href, redirectUri);
    const tokens = await exchange(appPortal, b.url, second.checks);
    const earlier = await exchange(appPortal, a.url, first.checks);
    for (const t of [tokens, earlier]) {
      expect(await client.fetchUserInfo(appPortal, t.access_token, t.claims()?.sub as string)).toMatchObject({
        email: REVIEWER.email,
      });
    }
  });

  it('lockout holds during an SSO login: locked, no code, the interaction still sends to the login page', async () => {
    const user = await seedUser('locked.user@sibling.test', 'plain');
    const browser = new TestBrowser();
    const { url } = await authorizationUrl(appPortal, APP_PORTAL.redirectUris[0] as string);
    const interaction = await toLoginPage(browser, url);
    for (let i = 0; i < 5; i++) {
      await browser.api(op.origin, 'POST', '/session', {
        email: user.email,
        password: 'wrong password of many words',
      });
    }
    const locked = await browser.api(op.origin, 'POST', '/session', user);
    expect(locked.status).toBe(423);
    const landed = await browser.follow(interaction, APP_PORTAL.redirectUris[0] as string);
    expect(new URL(landed.url).pathname).toBe('/login.html');
  });

  it('prompt=login makes a user with a portal session log in again', async () => {
    const browser = await loggedInBrowser();
    // auth_time counts whole seconds: a login in the very second the request starts counts as fresh.
    await untilNextSecond();
    const { url } = await authorizationUrl(appPortal, APP_PORTAL.redirectUris[0] as string, {
      prompt: 'login',
    });
    await toLoginPage(browser, url);
  });
});

/** A relying party's back-channel logout endpoint that records the logout tokens it receives. */
async function logoutReceiver() {
  const tokens: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      tokens.push(new URLSearchParams(body).get('logout_token') ?? '');
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/backchannel-logout`;
  return { url, tokens, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('logout reaches every portal (back-channel)', () => {
  let receiver: Awaited<ReturnType<typeof logoutReceiver>>;
  let op2: OidcTestServer;
  let db2: Database;
  let rp: client.Configuration;
  beforeAll(async () => {
    receiver = await logoutReceiver();
    db2 = await openTestDatabase();
    op2 = await startOidcTestServer(db2, [
      { ...APP_PORTAL, backchannelLogoutUri: receiver.url },
      { ...CREATOR_PORTAL, backchannelLogoutUri: receiver.url },
    ]);
    rp = await client.discovery(
      new URL(op2.issuer),
      APP_PORTAL.clientId,
      APP_PORTAL.clientSecret,
      undefined,
      insecure,
    );
  }, 60_000);
  afterAll(async () => {
    await op2?.close();
    await db2?.close();
    await receiver?.close();
  });

  async function ssoLogin(browser: TestBrowser) {
    expect((await browser.api(op2.origin, 'POST', '/session', REVIEWER)).status).toBe(200);
    const { url, checks } = await authorizationUrl(rp, APP_PORTAL.redirectUris[0] as string);
    const landed = await browser.follow(url.href, APP_PORTAL.redirectUris[0] as string);
    return exchange(rp, landed.url, checks);
  }

  async function verifyLogoutToken(token: string) {
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(`${op2.issuer}/jwks`)), {
      issuer: op2.issuer,
      audience: APP_PORTAL.clientId,
    });
    return payload;
  }

  it('logging out at the Customer Portal sends the sibling portal a signed logout token with its sid', async () => {
    const browser = new TestBrowser();
    const tokens = await ssoLogin(browser);
    receiver.tokens.length = 0;
    expect((await browser.api(op2.origin, 'DELETE', '/session')).status).toBe(204);
    expect(receiver.tokens).toHaveLength(1);
    const payload = await verifyLogoutToken(receiver.tokens[0] as string);
    expect(payload.sid).toBe(tokens.claims()?.sid);
    expect(payload.sub).toBe(tokens.claims()?.sub);
    expect(payload.events).toHaveProperty(['http://schemas.openid.net/event/backchannel-logout']);
    // The provider session went with it: a silent login now needs a login.
    const { url } = await authorizationUrl(rp, APP_PORTAL.redirectUris[0] as string, { prompt: 'none' });
    const landed = new URL((await browser.follow(url.href, APP_PORTAL.redirectUris[0] as string)).url);
    expect(landed.searchParams.get('error')).toBe('login_required');
  });

  it("the provider's pages speak the portal's language (its cookie, else Accept-Language)", async () => {
    const browser = new TestBrowser();
    await ssoLogin(browser);
    const end = `${op2.issuer}/session/end`;
    const german = await (
      await browser.fetch(end, { headers: { 'accept-language': 'de-DE,de;q=0.9' } })
    ).text();
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('Von allen Portalen abmelden?');
    browser.cookies('127.0.0.1').set('gatehouse-lang', 'en');
    const english = await (await browser.fetch(end, { headers: { 'accept-language': 'de' } })).text();
    expect(english).toContain('Log out of all portals?');
  });

  it('RP-initiated logout (id_token_hint) ends the portal session too and notifies the portals', async () => {
    const browser = new TestBrowser();
    const tokens = await ssoLogin(browser);
    receiver.tokens.length = 0;
    const end = client.buildEndSessionUrl(rp, {
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: APP_PORTAL.postLogoutRedirectUris?.[0] as string,
      state: 'after-logout',
    });
    const confirm = await browser.fetch(end.href);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain('Log out of all portals?');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] as string;
    const done = await browser.fetch(`${op2.issuer}/session/end/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${APP_PORTAL.postLogoutRedirectUris?.[0]}?state=after-logout`);
    expect(receiver.tokens).toHaveLength(1);
    expect((await verifyLogoutToken(receiver.tokens[0] as string)).sid).toBe(tokens.claims()?.sid);
    expect((await browser.api(op2.origin, 'GET', '/session')).json.session).toBeNull();
  });
});
