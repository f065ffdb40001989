import type { Context } from 'hono';
import { hitRateLimit } from '../security/rate-limit.js';
import { fail, type ServerContext } from './context.js';

/**
 * Applies the per-IP and the per-account (or per-address) limit of endpoint group `group`; returns the 429
 * response when either is exhausted. Both counters live in the database, so server processes share them.
 */
export async function limitRequest(
  c: Context,
  ctx: ServerContext,
  group: string,
  ip: string,
  account: string | null,
): Promise<Response | null> {
  const now = ctx.now();
  const byIp = await hitRateLimit(ctx.db, `ip:${ip}:${group}`, now, ctx.policies.ipLimit);
  if (!byIp.ok) return fail(c, 429, 'rate-limited', { retryAfter: byIp.retryAfter });
  if (account !== null) {
    const byAccount = await hitRateLimit(
      ctx.db,
      `account:${account}:${group}`,
      now,
      ctx.policies.accountLimit,
    );
    if (!byAccount.ok) return fail(c, 429, 'rate-limited', { retryAfter: byAccount.retryAfter });
  }
  return null;
}
