import type { SessionPlace } from '@gatehouse/flows/sessions';
import { can, type Permission, permissionsOf } from '@gatehouse/rules/roles';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { findPlace } from '../places/place-lookup.js';
import { hashToken, randomId, randomToken } from '../security/tokens.js';
import type { Queryable } from '../storage/database.js';
import { type AccountRow, clientIp, fail, type GatehouseEnv, type ServerContext } from './context.js';

/** The portal session cookie (docs/rest-contract.md). */
export const SESSION_COOKIE = 'gatehouse_session';
/** The cookie that authorises only the next login step (password change or MFA). */
export const PENDING_COOKIE = 'gatehouse_pending';

/** What a login step still needs before a portal session exists. */
export type SessionStage = 'full' | 'password-change' | 'mfa';

/** Hosts a browser treats as secure even over plain http: only there may a cookie go without `Secure`. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * `Secure` unless told otherwise: `auto` leaves it off only for plain http to a loopback host (development), so a
 * deployment whose proxy ends TLS gets Secure cookies even when the app does not trust that proxy's headers.
 */
export function secure(c: Context, ctx: ServerContext): boolean {
  if (ctx.secureCookies !== 'auto') return ctx.secureCookies;
  const url = new URL(c.req.url);
  if (url.protocol === 'https:') return true;
  if (ctx.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true;
  return !LOOPBACK.test(url.hostname);
}

/**
 * Creates a session row (only the token's hash is stored) and sets its cookie: the portal session for
 * `full`, otherwise only `gatehouse_pending`, which authorises nothing but the next login step. A `full` session's
 * address is looked up once here (when the host gave a place lookup) and its place stored with it; the caller gets
 * the place too, for the new-sign-in e-mail.
 */
export async function startSession(
  c: Context,
  ctx: ServerContext,
  db: Queryable,
  account: { id: string },
  stage: SessionStage,
  mfaMethods: string[] = [],
): Promise<{ expiresAt: Date; place: SessionPlace | undefined }> {
  const token = randomToken();
  const ip = clientIp(c, ctx.trustProxy);
  // Before the clock is read: the lookup's wait (at most its timeout) does not shorten the session.
  const place = stage === 'full' ? await findPlace(ctx.places, ip) : undefined;
  const now = ctx.now();
  const lifetime = stage === 'full' ? ctx.policies.sessionLifetimeMs : ctx.policies.pendingLifetimeMs;
  const expiresAt = new Date(now.getTime() + lifetime);
  await db.query(
    `INSERT INTO sessions (token_hash, account_id, stage, mfa_methods, authenticated_at, created_at, expires_at,
                           public_id, user_agent, ip, place_city, place_region, place_country)
     VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      hashToken(token),
      account.id,
      stage,
      mfaMethods,
      now,
      expiresAt,
      randomId('ses'),
      (c.req.header('user-agent') ?? '').slice(0, 512),
      ip,
      place?.city ?? null,
      place?.region ?? null,
      place?.country ?? null,
    ],
  );
  const isSecure = secure(c, ctx);
  if (stage === 'full') {
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      secure: isSecure,
      sameSite: 'Lax',
      path: '/',
      expires: expiresAt,
    });
    deleteCookie(c, PENDING_COOKIE, { path: `${ctx.basePath}/session`, secure: isSecure });
  } else {
    setCookie(c, PENDING_COOKIE, token, {
      httpOnly: true,
      secure: isSecure,
      sameSite: 'Strict',
      path: `${ctx.basePath}/session`,
      expires: expiresAt,
    });
  }
  return { expiresAt, place };
}

/**
 * Gives the session `hash` a new id and marks it authenticated now (after a step-up): the id a page or a log
 * may have seen before the re-authentication stops working. Returns false when the session is gone.
 */
export async function rotateSession(c: Context, ctx: ServerContext, hash: string): Promise<boolean> {
  const token = randomToken();
  const rows = await ctx.db.query<{ expires_at: Date }>(
    'UPDATE sessions SET token_hash = $2, authenticated_at = $3 WHERE token_hash = $1 RETURNING expires_at',
    [hash, hashToken(token), ctx.now()],
  );
  const row = rows[0];
  if (!row) return false;
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: secure(c, ctx),
    sameSite: 'Lax',
    path: '/',
    expires: row.expires_at,
  });
  return true;
}

/** Ends the session behind `cookie` (if any) and clears the cookie. */
export async function endSession(c: Context, ctx: ServerContext, cookie: string): Promise<void> {
  const token = getCookie(c, cookie);
  if (token) {
    const hash = hashToken(token);
    await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
    if (cookie === SESSION_COOKIE) await tellSessionEnded(ctx, hash);
  }
  deleteCookie(c, cookie, { path: cookie === SESSION_COOKIE ? '/' : `${ctx.basePath}/session` });
}

/**
 * Ends the sessions with these token hashes (the sessions list's "sign out"): deletes them and tells every
 * session-end listener, so sibling portals signed in through one of them end theirs too.
 */
export async function endSessions(ctx: ServerContext, hashes: readonly string[]): Promise<void> {
  if (hashes.length === 0) return;
  await ctx.db.query('DELETE FROM sessions WHERE token_hash = ANY($1)', [hashes]);
  for (const hash of hashes) await tellSessionEnded(ctx, hash);
}

/** Runs every session-end listener for `hash`; a failing one is logged and does not undo the logout. */
async function tellSessionEnded(ctx: ServerContext, hash: string): Promise<void> {
  for (const listener of ctx.sessionEndListeners) {
    try {
      await listener(hash);
    } catch (error) {
      console.error(
        'gatehouse: a session-end listener failed',
        error instanceof Error ? error.message : error,
      );
    }
  }
}

/** The account and session row behind `cookie` with the wanted stage, or null. */
export async function findSession(
  c: Context,
  ctx: ServerContext,
  cookie: string,
  stages: SessionStage[],
): Promise<{
  account: AccountRow;
  hash: string;
  stage: SessionStage;
  authenticatedAt: Date;
  expiresAt: Date;
} | null> {
  const token = getCookie(c, cookie);
  if (!token || token.length > 100) return null;
  const hash = hashToken(token);
  const rows = await ctx.db.query<
    AccountRow & { stage: SessionStage; authenticated_at: Date; expires_at: Date }
  >(
    `SELECT a.*, s.stage, s.authenticated_at, s.expires_at FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [hash, ctx.now()],
  );
  const row = rows[0];
  if (!row || !stages.includes(row.stage)) return null;
  return {
    account: row,
    hash,
    stage: row.stage,
    authenticatedAt: row.authenticated_at,
    expiresAt: row.expires_at,
  };
}

/**
 * Guards a route: 401 `unauthenticated` without a full session of an active account; 403 `forbidden` when the
 * account's roles do not grant `permission` (the role model of `@gatehouse/rules/roles`).
 */
export function requireSession(ctx: ServerContext, permission?: Permission): MiddlewareHandler<GatehouseEnv> {
  return async (c, next) => {
    const session = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    // A deactivated account's sessions are deleted; the status check also closes the gap of a racing request.
    if (session?.account.status !== 'active') return fail(c, 401, 'unauthenticated');
    if (permission && !can(session.account.roles, permission)) return fail(c, 403, 'forbidden');
    c.set('account', session.account);
    c.set('sessionHash', session.hash);
    await next();
  };
}

/** The contract's session object. */
export function sessionBody(account: AccountRow, expiresAt: Date) {
  return {
    user: {
      id: account.id,
      email: account.email,
      name: `${account.given_name} ${account.family_name}`.trim(),
      roles: account.roles,
      // Null for the operator's back office (reviewers), who have no company and no support contract.
      companyId: account.company_id,
      // What the roles allow, so a host shows only those parts without its own copy of the role model.
      permissions: permissionsOf(account.roles),
      // The stored language preference (null: none yet), so a host shows its pages in it after login.
      locale: account.locale ?? null,
    },
    expiresAt: expiresAt.toISOString(),
    // What the person should act on: `breached-password` until the password that appeared in a breach is changed.
    warnings: account.password_breached_at ? ['breached-password'] : [],
  };
}
