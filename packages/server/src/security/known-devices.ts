import type { SessionPlace } from '@gatehouse/flows/sessions';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type AccountRow, clientIp, type ServerContext } from '../http/context.js';
import { secure } from '../http/session.js';
import { describeDevice } from '../http/user-agent.js';
import { securityMail } from '../mail/security-mail.js';
import { hashToken, randomToken } from './tokens.js';

/** The long-lived cookie that lets an account recognise a browser it has seen before. */
export const DEVICE_COOKIE = 'gatehouse_device';

/** How long a browser stays known without signing in: 400 days, the longest a browser keeps a cookie. */
const DEVICE_MAX_AGE_S = 400 * 24 * 60 * 60;

/**
 * Records the browser of a full sign-in for `account`. A browser the account has not seen before, when it has seen
 * another one, is news to the owner: the alert is queued in the same transaction as the device row, so it goes out
 * exactly once per new browser, naming the session's `place` when the lookup knew it. The cookie holds a random
 * value; only its hash is stored.
 */
export async function recognizeDevice(
  c: Context,
  ctx: ServerContext,
  account: AccountRow,
  place?: SessionPlace,
): Promise<void> {
  const now = ctx.now();
  const presented = getCookie(c, DEVICE_COOKIE);
  const token = presented && presented.length <= 128 ? presented : randomToken();
  const userAgent = (c.req.header('user-agent') ?? '').slice(0, 512);
  const alerted = await ctx.db.transaction(async (tx) => {
    const known = await tx.query(
      'UPDATE known_devices SET last_seen_at = $3, user_agent = $4 WHERE account_id = $1 AND device_hash = $2 RETURNING 1',
      [account.id, hashToken(token), now, userAgent],
    );
    if (known.length > 0) return false;
    const others = await tx.query('SELECT 1 FROM known_devices WHERE account_id = $1 LIMIT 1', [account.id]);
    await tx.query(
      `INSERT INTO known_devices (account_id, device_hash, user_agent, first_seen_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $4)`,
      [account.id, hashToken(token), userAgent, now],
    );
    if (others.length === 0) return false;
    const device = describeDevice(userAgent);
    const ip = clientIp(c, ctx.trustProxy);
    await ctx.enqueueMail(tx, [securityMail(account, 'new-sign-in', { at: now, ...device, ip, place })]);
    return true;
  });
  if (alerted) ctx.kickMail();
  setCookie(c, DEVICE_COOKIE, token, {
    httpOnly: true,
    secure: secure(c, ctx),
    sameSite: 'Lax',
    path: '/',
    // Relative, not an absolute date: the server's clock may differ from the browser's.
    maxAge: DEVICE_MAX_AGE_S,
  });
}
