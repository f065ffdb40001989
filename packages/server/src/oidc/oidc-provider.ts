import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import Provider, { type Configuration, errors, type KoaContextWithOIDC } from 'oidc-provider';
import type { GatehouseApp } from '../create-server.js';
import { SESSION_COOKIE } from '../http/session.js';
import { type EncryptionKeyOption, resolveSecretBox } from '../security/encryption-key.js';
import { serverSecret } from '../security/server-secret.js';
import type { Database } from '../storage/database.js';
import { endPortalSession, propagatePortalLogout } from './logout-propagation.js';
import { createOidcAdapter } from './oidc-adapter.js';
import { clientMetadata, type OidcClientConfig } from './oidc-clients.js';
import { handleInteraction } from './oidc-interaction.js';
import {
  errorPage,
  loggedOutPage,
  logoutPage,
  OIDC_PAGE_CSS,
  OIDC_PAGE_HEADERS,
  oidcPage,
  pageLanguage,
} from './oidc-pages.js';
import {
  ACR_MFA,
  ACR_PASSWORD,
  followPortalSession,
  linkPortalSession,
  portalSessionHash,
} from './portal-login.js';
import { loadOidcSigningKeys } from './signing-keys.js';

/** Lifetimes in seconds; the defaults suit sibling portals that keep their own sessions. */
export interface OidcLifetimes {
  /** An authorization code: 60 s (it is exchanged by the portal's server right away). */
  authorizationCode: number;
  /** ID and access tokens: 10 min (portals read the user once, at login). */
  token: number;
  /** A login in progress (the portal's login page, MFA mail included): 15 min. */
  interaction: number;
  /** The provider's SSO session and its grants: 12 h; it also ends with the portal session it rode on. */
  session: number;
}

/** Options of {@link createOidcProvider}. */
export interface OidcProviderOptions {
  /** The database of the Gatehouse server (its models and signing keys live there). */
  db: Database;
  /** The Gatehouse server: its portal sessions are the logins the provider hands out. */
  gatehouse: Pick<GatehouseApp, 'getSession' | 'onSessionEnd'>;
  /** The issuer URL, e.g. `https://portal.example/oidc`; its path is where {@link GatehouseOidcProvider.handle} answers. */
  issuer: string;
  /** The relying parties, with exact redirect URIs. */
  clients: readonly OidcClientConfig[];
  /** The portal's login page (a relative URL such as `/login.html`); it must honour `?next=` (same-origin paths). */
  loginUrl: string;
  /** Where the "logged out" page links; default the issuer's origin. */
  homeUrl?: string;
  /** The same encryption key(s) as the server's `encryptionKey` option (seals the signing keys). */
  encryptionKey?: EncryptionKeyOption;
  /** Trust `X-Forwarded-Proto`/`-Host` from your own proxy (same meaning as the server's option). */
  trustProxy?: boolean;
  /** Lifetimes; see {@link OidcLifetimes}. */
  lifetimes?: Partial<OidcLifetimes>;
  /** The clock of stored artefacts (tests move it to expire a code). */
  now?: () => Date;
}

/** The provider, ready to mount. */
export interface GatehouseOidcProvider {
  /** The oidc-provider instance (events, `Client.find`, …). */
  readonly provider: Provider;
  /** The issuer's path, e.g. `/oidc`: everything below it belongs to the provider. */
  readonly mountPath: string;
  /** Node's request handler for requests under `mountPath` (the path prefix is stripped here). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The same as a Hono handler for apps served by `@hono/node-server`: `app.all('/oidc/*', oidc.honoHandler)`. */
  honoHandler(c: Context): Response;
}

const DEFAULT_LIFETIMES: OidcLifetimes = {
  authorizationCode: 60,
  token: 600,
  interaction: 900,
  session: 12 * 3600,
};

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(confirm|abort))?$/;

interface AccountClaimsRow {
  id: string;
  email: string;
  given_name: string;
  family_name: string;
}

/**
 * Makes the Gatehouse server an OpenID Connect provider (oidc-provider, OpenID Certified): authorization code
 * with PKCE S256 only, discovery, JWKS, ID tokens with `acr`/`amr`, userinfo, RP-initiated and back-channel
 * logout; models and sealed signing keys in the Gatehouse database; the login is the portal's own login page.
 * The one thing to know: the issuer must be on the portal's origin, because the provider reads the portal session
 * cookie — mount {@link GatehouseOidcProvider.handle} at the issuer's path on that origin.
 */
export async function createOidcProvider(options: OidcProviderOptions): Promise<GatehouseOidcProvider> {
  const { db, gatehouse } = options;
  const now = options.now ?? (() => new Date());
  const issuer = new URL(options.issuer);
  const mountPath = issuer.pathname.replace(/\/$/, '');
  const lifetimes = { ...DEFAULT_LIFETIMES, ...options.lifetimes };
  const secrets = await resolveSecretBox(db, options.encryptionKey);
  const firstParty = new Set(options.clients.filter((c) => c.firstParty).map((c) => c.clientId));
  const homeUrl = options.homeUrl ?? `${issuer.origin}/`;
  const backchannelUris = new Set(
    options.clients.flatMap((c) => (c.backchannelLogoutUri ? [new URL(c.backchannelLogoutUri).href] : [])),
  );
  const getSession = (request: IncomingMessage) => gatehouse.getSession(request);

  const configuration: Configuration = {
    adapter: createOidcAdapter(db, now),
    clients: options.clients.map(clientMetadata),
    jwks: { keys: await loadOidcSigningKeys(db, secrets) },
    cookies: {
      keys: [await serverSecret(db, 'oidc-cookie-key')],
      // Distinct names: cookies are shared by every port of a host, and the sibling portals have their own.
      names: {
        session: 'gatehouse_oidc_session',
        interaction: 'gatehouse_oidc_interaction',
        resume: 'gatehouse_oidc_resume',
      },
    },
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes: ['openid', 'email', 'profile'],
    claims: {
      // How and when the user logged in goes into every ID token (the openid scope), not only when asked for.
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
    },
    acrValues: [ACR_PASSWORD, ACR_MFA],
    ttl: {
      AuthorizationCode: lifetimes.authorizationCode,
      IdToken: lifetimes.token,
      AccessToken: lifetimes.token,
      Interaction: lifetimes.interaction,
      Session: lifetimes.session,
      Grant: lifetimes.session,
    },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          page(ctx, logoutPage(mountPath, form, ctx.oidc.client?.clientName, pageLanguage(ctx.req)));
        },
        async postLogoutSuccessSource(ctx) {
          page(ctx, loggedOutPage(mountPath, homeUrl, pageLanguage(ctx.req)));
        },
      },
    },
    // oidc-provider refuses outgoing requests to loopback and private addresses (SSRF). The only requests it
    // makes here are back-channel logouts to URIs from this configuration (no dynamic registration), which
    // may well be private (portals beside the provider): those, and only those, go out unguarded.
    fetch(url, init) {
      if (!backchannelUris.has(String(url))) return globalThis.fetch(url, init);
      const { dispatcher: _guard, ...rest } = init as RequestInit & { dispatcher?: unknown };
      return globalThis.fetch(url, rest);
    },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    // Runs on every authorization request, present or not: the provider session follows the portal session.
    extraParams: {
      gatehouse_portal_session(ctx, value) {
        if (value !== undefined) throw new errors.InvalidRequest('unknown parameter');
        // A nonce binds the ID token to the browser session that asked for it; PKCE alone binds only the code.
        if (ctx.oidc.route === 'authorization' && !ctx.oidc.params?.nonce) {
          throw new errors.InvalidRequest('nonce is required');
        }
        return followPortalSession(ctx, (req) => getSession(req));
      },
    },
    async loadExistingGrant(ctx) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (!firstParty.has(clientId)) return existing;
      // First-party portals: no consent page; the session's grant (kept, so codes and tokens it already issued stay
      // valid) covers what this request asks for.
      const grant =
        existing?.accountId === accountId ? existing : new ctx.oidc.provider.Grant({ clientId, accountId });
      const scope = [...(ctx.oidc.requestParamOIDCScopes ?? new Set(['openid']))].join(' ');
      grant.addOIDCScope(scope || 'openid');
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, id) {
      const rows = await db.query<AccountClaimsRow>(
        "SELECT id, email, given_name, family_name FROM accounts WHERE id = $1 AND status = 'active'",
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      return {
        accountId: row.id,
        claims: () => ({
          sub: row.id,
          email: row.email,
          // Accounts exist only after the address was confirmed (registration link or invitation).
          email_verified: true,
          name: `${row.given_name} ${row.family_name}`.trim(),
          given_name: row.given_name,
          family_name: row.family_name,
        }),
      };
    },
    async renderError(ctx, out) {
      ctx.status = Math.max(ctx.status, 400);
      page(ctx, errorPage(mountPath, String(out.error), out.error_description, pageLanguage(ctx.req)));
    },
  };

  const provider = new Provider(issuer.href.replace(/\/$/, ''), configuration);
  provider.proxy = options.trustProxy === true;
  provider.on('server_error', (_ctx, error) => {
    console.error('gatehouse: OpenID provider error', error instanceof Error ? error.stack : error);
  });
  provider.on('backchannel.error', (_ctx, error, client) => {
    console.error(`gatehouse: back-channel logout to ${client.clientId} failed: ${error.message}`);
  });
  provider.use(async (ctx, next) => {
    await next();
    await afterProviderRequest(ctx as KoaContextWithOIDC);
  });
  gatehouse.onSessionEnd((hash) => propagatePortalLogout(provider, db, hash));

  /** Links a fresh SSO login to its portal session; a confirmed logout ends the portal session as well. */
  async function afterProviderRequest(ctx: KoaContextWithOIDC): Promise<void> {
    const route = ctx.oidc?.route;
    const portalHash = portalSessionHash({ headers: ctx.req.headers });
    if (!route || !portalHash) return;
    const session = ctx.oidc.session;
    if (
      (route === 'authorization' || route === 'resume') &&
      session?.accountId &&
      ctx.status >= 300 &&
      ctx.status < 400
    ) {
      await linkPortalSession(
        db,
        session.uid,
        portalHash,
        new Date(now().getTime() + lifetimes.session * 1000),
      );
    }
    if (route === 'end_session_confirm' && ctx.status >= 300 && ctx.status < 400) {
      await endPortalSession(db, portalHash);
      ctx.append(
        'Set-Cookie',
        `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${ctx.secure ? '; Secure' : ''}`,
      );
    }
  }

  const callback = provider.callback();
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const rest = url.slice(mountPath.length) || '/';
    const path = rest.split('?')[0] ?? '/';
    if (path === '/oidc.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(OIDC_PAGE_CSS);
      return;
    }
    const interaction = INTERACTION_PATH.exec(path);
    if (interaction) {
      const action = (interaction[2] ?? 'show') as 'show' | 'confirm' | 'abort';
      handleInteraction(
        { provider, mountPath, loginUrl: options.loginUrl, getSession },
        req,
        res,
        interaction[1] as string,
        action,
      ).catch((error: unknown) => {
        console.error('gatehouse: OpenID interaction failed', error instanceof Error ? error.stack : error);
        if (!res.headersSent) {
          res.writeHead(500, OIDC_PAGE_HEADERS);
          res.end(oidcPage(mountPath, 'Something went wrong', '<p>Please try again.</p>'));
        }
      });
      return;
    }
    // As Express does for a mounted app: oidc-provider computes its URLs from originalUrl minus url.
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
    req.url = rest;
    callback(req, res);
  }

  return {
    provider,
    mountPath,
    handle,
    honoHandler(c: Context) {
      const env = c.env as { incoming: IncomingMessage; outgoing: ServerResponse };
      handle(env.incoming, env.outgoing);
      return RESPONSE_ALREADY_SENT;
    },
  };
}

/** Sends a provider page with the strict headers every provider page gets. */
function page(ctx: KoaContextWithOIDC, html: string): void {
  for (const [name, value] of Object.entries(OIDC_PAGE_HEADERS)) ctx.set(name, value);
  ctx.body = html;
}
