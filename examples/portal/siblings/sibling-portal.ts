/**
 * A sibling portal ("App Portal", "App Creator Portal"): a small app on its own origin that logs users in through
 * the Gatehouse OpenID provider with openid-client (authorization code + PKCE S256, state, nonce), keeps its own
 * session cookie, and ends its sessions when the provider sends a back-channel logout token.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { siblingPage } from './sibling-pages.js';
import { SiblingSessions, type SiblingUser } from './sibling-sessions.js';

/** Options of {@link siblingPortal}. */
export interface SiblingPortalOptions {
  /** Shown as the page title and brand, e.g. "App Portal". */
  name: string;
  /** This portal's own origin, e.g. `http://localhost:3001`. */
  origin: string;
  /** The provider's issuer, e.g. `http://localhost:3000/oidc`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * The session cookie's name. Cookies are not isolated by port: portals on one host with different ports share
   * a cookie jar, so each portal needs a name of its own.
   */
  cookieName: string;
  /** The stylesheet file served at `/portal.css`. */
  stylesheet: string;
  /** Allow http to the provider (loopback development); never in production. */
  insecure?: boolean;
}

const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
/** A login started here must come back within this time. */
const PENDING_MS = 15 * 60_000;

/** What the callback checks against: PKCE verifier, state and nonce of one login attempt. */
interface PendingLogin {
  verifier: string;
  state: string;
  nonce: string;
  expires: number;
}

/** The sibling portal as a Hono app, plus its session store (tests look into it). */
export function siblingPortal(options: SiblingPortalOptions) {
  const sessions = new SiblingSessions();
  const pending = new Map<string, PendingLogin>();
  const seenLogoutTokens = new Set<string>();
  const loginCookie = `${options.cookieName}_login`;
  const redirectUri = `${options.origin}/callback`;
  const secure = options.origin.startsWith('https:');
  let discovered: Promise<oidc.Configuration> | undefined;

  /** Discovery once, on first use (the provider may start after this app); a failure is retried next time. */
  function provider(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(
        new URL(options.issuer),
        options.clientId,
        options.clientSecret,
        undefined,
        options.insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  }

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    const providerOrigin = new URL(options.issuer).origin;
    // form-action: the logout form's answer redirects to the provider, and Chromium checks redirects too.
    c.header(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self' ${providerOrigin}`,
    );
    // Not no-referrer: with it Chromium sends `Origin: null` on the logout form, and /logout checks the origin.
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  const html = (body: string, status: 200 | 400 = 200) =>
    new Response(body, {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });

  app.get('/', (c) => html(siblingPage(options.name, sessions.get(getCookie(c, options.cookieName)))));
  app.get(
    '/portal.css',
    async () =>
      new Response(await readFile(options.stylesheet, 'utf8'), {
        headers: { 'content-type': 'text/css; charset=utf-8' },
      }),
  );
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/login', async (c) => {
    const config = await provider();
    const login: PendingLogin = {
      verifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      expires: Date.now() + PENDING_MS,
    };
    const key = randomBytes(24).toString('base64url');
    pending.set(key, login);
    setCookie(c, loginCookie, key, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure,
      maxAge: PENDING_MS / 1000,
    });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(login.verifier),
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    return c.redirect(url.href, 303);
  });

  app.get('/callback', async (c) => {
    const key = getCookie(c, loginCookie);
    const login = key ? pending.get(key) : undefined;
    if (key) pending.delete(key);
    deleteCookie(c, loginCookie, { path: '/', secure });
    if (!login || login.expires < Date.now()) {
      return html(siblingPage(options.name, undefined, 'That login link expired. Select Log in again.'), 400);
    }
    try {
      const config = await provider();
      const tokens = await oidc.authorizationCodeGrant(config, new URL(c.req.url, options.origin), {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      const user: SiblingUser = {
        sub: claims.sub,
        email: String(info.email ?? ''),
        name: String(info.name ?? info.email ?? claims.sub),
        acr: String(claims.acr ?? ''),
        amr: Array.isArray(claims.amr) ? claims.amr.map(String) : [],
        sid: String(claims.sid ?? ''),
        idToken: tokens.id_token ?? '',
      };
      sessions.end(getCookie(c, options.cookieName));
      setCookie(c, options.cookieName, sessions.start(user), {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure,
      });
      return c.redirect('/', 303);
    } catch (error) {
      // The provider's own error (login_required, access_denied) or a failed check (state, nonce, signature).
      const code = error instanceof oidc.AuthorizationResponseError ? error.error : 'login-failed';
      console.warn(`${options.name}: login failed (${code})`);
      return html(
        siblingPage(options.name, undefined, `The login did not complete (${code}). Select Log in again.`),
        400,
      );
    }
  });

  app.post('/logout', async (c) => {
    // Only this portal's own page may log it out (SameSite=Lax already keeps other sites' forms out).
    if (c.req.header('origin') !== options.origin) return c.text('Forbidden', 403);
    const id = getCookie(c, options.cookieName);
    const user = sessions.get(id);
    sessions.end(id);
    deleteCookie(c, options.cookieName, { path: '/', secure });
    if (!user) return c.redirect('/', 303);
    const end = oidc.buildEndSessionUrl(await provider(), {
      id_token_hint: user.idToken,
      post_logout_redirect_uri: `${options.origin}/`,
    });
    return c.redirect(end.href, 303);
  });

  app.post('/backchannel-logout', async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.logout_token === 'string' ? form.logout_token : '';
    try {
      const config = await provider();
      const meta = config.serverMetadata();
      const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(meta.jwks_uri as string)), {
        issuer: meta.issuer,
        audience: options.clientId,
        algorithms: ['RS256'],
        maxTokenAge: '5 minutes',
      });
      // OpenID Back-Channel Logout 1.0 §2.6: the event, a sid or sub, no nonce, not seen before.
      const events = payload.events as Record<string, unknown> | undefined;
      if (!events || typeof events[BACKCHANNEL_EVENT] !== 'object') throw new Error('not a logout token');
      if ('nonce' in payload || typeof payload.sid !== 'string' || !payload.jti)
        throw new Error('bad claims');
      if (seenLogoutTokens.has(payload.jti)) throw new Error('replayed');
      seenLogoutTokens.add(payload.jti);
      sessions.endBySid(payload.sid, payload.sub);
      return c.body(null, 200, { 'cache-control': 'no-store' });
    } catch {
      return c.json({ error: 'invalid_request' }, 400, { 'cache-control': 'no-store' });
    }
  });

  return { app, sessions };
}
