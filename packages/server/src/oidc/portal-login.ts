import type { KoaContextWithOIDC } from 'oidc-provider';
import { cookieHeader, cookieValue, type GatehouseSession } from '../host/host-session.js';
import { SESSION_COOKIE } from '../http/session.js';
import { hashToken } from '../security/tokens.js';
import type { Queryable } from '../storage/database.js';

/** `acr` of a login with the password only. */
export const ACR_PASSWORD = 'urn:gatehouse:acr:password';
/** `acr` of a login that also passed a second factor (authenticator app or e-mail code). */
export const ACR_MFA = 'urn:gatehouse:acr:mfa';

/** How a portal session was authenticated, in the ID token's terms. */
export interface PortalAuthentication {
  accountId: string;
  acr: string;
  /** RFC 8176 values: `pwd`, plus `otp` and `mfa` after a second factor. */
  amr: string[];
  /** Seconds since the epoch: when the password (and factor) were checked. */
  loginTs: number;
}

/** What the ID token says about the portal session `session`. */
export function portalAuthentication(session: GatehouseSession): PortalAuthentication {
  const mfa = session.mfa.verifiedWith !== null;
  return {
    accountId: session.user.id,
    acr: mfa ? ACR_MFA : ACR_PASSWORD,
    amr: mfa ? ['pwd', 'otp', 'mfa'] : ['pwd'],
    loginTs: Math.floor(new Date(session.authenticatedAt).getTime() / 1000),
  };
}

/** The stored hash of the portal session cookie a request carries, or null. */
export function portalSessionHash(request: Parameters<typeof cookieHeader>[0]): string | null {
  const token = cookieValue(cookieHeader(request), SESSION_COOKIE);
  return token && token.length <= 100 ? hashToken(token) : null;
}

/** Drops the login from a provider session and gives it a new id (its client list goes with it). */
function forgetLogin(session: NonNullable<KoaContextWithOIDC['oidc']['session']>): void {
  const target = session as unknown as Record<string, unknown>;
  for (const field of ['accountId', 'loginTs', 'acr', 'amr', 'authorizations']) delete target[field];
  session.resetIdentifier();
}

/**
 * Makes the provider's session follow the portal session of the browser (run on every authorization request,
 * before the provider decides whether to ask for a login): a portal session logs the provider session in as the
 * same user with the same `acr`/`amr` — so SSO works even with `prompt=none` right after a portal login — and
 * without one (logged out, expired) the provider session holds no login either. One login, one truth.
 */
export async function followPortalSession(
  ctx: KoaContextWithOIDC,
  getSession: (request: KoaContextWithOIDC['req']) => Promise<GatehouseSession | null>,
): Promise<void> {
  const session = ctx.oidc.session;
  if (ctx.oidc.route !== 'authorization' || !session) return;
  const portal = await getSession(ctx.req);
  if (!portal) {
    if (session.accountId) forgetLogin(session);
    return;
  }
  const login = portalAuthentication(portal);
  // Another user logged in at the portal in this browser: nothing of the previous user's SSO state may remain.
  if (session.accountId && session.accountId !== login.accountId) forgetLogin(session);
  if (
    session.accountId !== login.accountId ||
    session.acr !== login.acr ||
    session.loginTs !== login.loginTs
  ) {
    session.loginAccount(login);
  }
}

/**
 * Remembers that provider session `sessionUid` rides on the portal session `portalHash`, so a logout at the portal
 * can find it (and the sibling portals it logged into) later.
 */
export async function linkPortalSession(
  db: Queryable,
  sessionUid: string,
  portalHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO oidc_login_links (session_uid, gatehouse_session, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (session_uid) DO UPDATE SET gatehouse_session = $2, expires_at = $3`,
    [sessionUid, portalHash, expiresAt],
  );
}
