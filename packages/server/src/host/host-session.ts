import { SESSION_COOKIE } from '../http/session.js';
import { hashToken } from '../security/tokens.js';
import type { Queryable } from '../storage/database.js';

/** The MFA methods an account can enrol. */
export type MfaMethod = 'passkey' | 'totp' | 'email';

/**
 * Who is logged in, as the host backend sees it: what `gatehouse.getSession(request)` answers for a request
 * that carries a valid portal session cookie.
 */
export interface GatehouseSession {
  user: {
    id: string;
    email: string;
    /** Given and family name joined with a space. */
    name: string;
    givenName: string;
    familyName: string;
    /** The company the account belongs to; null for accounts without one (e.g. seeded staff). */
    company: { id: string; name: string } | null;
    roles: string[];
  };
  mfa: {
    /** The methods the account has enrolled, strongest first; empty when MFA is not set up. */
    enrolled: MfaMethod[];
    /**
     * The method this session passed at login (`recovery`: a recovery code stood in for the factor); null when the
     * login needed no second factor.
     */
    verifiedWith: MfaMethod | 'recovery' | null;
  };
  /** When the password (and second factor) were last checked for this session, ISO 8601. */
  authenticatedAt: string;
  /** When the session ends, ISO 8601. */
  expiresAt: string;
}

/**
 * Anything that carries request headers: a fetch `Request`, Node's `IncomingMessage` (Express, Fastify's
 * `request.raw`, Koa's `ctx.req`), or a plain `{ headers }` object.
 */
export type RequestLike = { headers: Headers } | { headers: Record<string, string | string[] | undefined> };

/** The `Cookie` header of any {@link RequestLike}. */
export function cookieHeader(request: RequestLike): string {
  const headers = request.headers;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get('cookie') ?? '';
  const value = (headers as Record<string, string | string[] | undefined>).cookie;
  return Array.isArray(value) ? value.join('; ') : (value ?? '');
}

/** The value of cookie `name` in a `Cookie` header (the first one when it repeats), or undefined. */
export function cookieValue(header: string, name: string): string | undefined {
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

interface SessionRow {
  id: string;
  email: string;
  given_name: string;
  family_name: string;
  roles: string[];
  totp_secret: string | null;
  mfa_email: boolean;
  has_passkey: boolean;
  company_id: string | null;
  company_name: string | null;
  mfa_methods: string[];
  authenticated_at: Date;
  expires_at: Date;
}

/** The portal session behind `cookie` (a `Cookie` header), or null: no cookie, unknown, expired or not `full`. */
export async function readHostSession(
  db: Queryable,
  now: Date,
  cookie: string,
): Promise<GatehouseSession | null> {
  const token = cookieValue(cookie, SESSION_COOKIE);
  // Real tokens are 43 characters; anything long is garbage and never reaches the database.
  if (!token || token.length > 100) return null;
  const rows = await db.query<SessionRow>(
    `SELECT a.id, a.email, a.given_name, a.family_name, a.roles, a.totp_secret, a.mfa_email, a.company_id,
            c.name AS company_name, s.mfa_methods,
            EXISTS (SELECT 1 FROM passkeys p WHERE p.account_id = a.id) AS has_passkey, s.authenticated_at, s.expires_at
     FROM sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN companies c ON c.id = a.company_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.stage = 'full'`,
    [hashToken(token), now],
  );
  const row = rows[0];
  return row ? toSession(row) : null;
}

function toSession(row: SessionRow): GatehouseSession {
  const enrolled: MfaMethod[] = [
    ...(row.has_passkey ? ['passkey' as const] : []),
    ...(row.totp_secret ? ['totp' as const] : []),
    ...(row.mfa_email ? ['email' as const] : []),
  ];
  const verified = row.mfa_methods.find(
    (method): method is MfaMethod | 'recovery' =>
      method === 'totp' || method === 'email' || method === 'recovery' || method === 'passkey',
  );
  return {
    user: {
      id: row.id,
      email: row.email,
      name: `${row.given_name} ${row.family_name}`.trim(),
      givenName: row.given_name,
      familyName: row.family_name,
      company: row.company_id ? { id: row.company_id, name: row.company_name ?? '' } : null,
      roles: row.roles,
    },
    mfa: { enrolled, verifiedWith: verified ?? null },
    authenticatedAt: new Date(row.authenticated_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

/**
 * Makes `getSession(request)`: one database read per request object however often it is asked (a WeakMap keeps
 * the answer as long as the request lives), so middleware and handlers may all call it.
 */
export function sessionReader(db: Queryable, now: () => Date) {
  const cache = new WeakMap<object, Promise<GatehouseSession | null>>();
  return function getSession(request: RequestLike): Promise<GatehouseSession | null> {
    let answer = cache.get(request);
    if (!answer) {
      answer = readHostSession(db, now(), cookieHeader(request));
      cache.set(request, answer);
    }
    return answer;
  };
}
