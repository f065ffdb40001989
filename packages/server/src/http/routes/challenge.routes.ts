import type { Hono } from 'hono';
import { issueChallenge } from '../../security/proof-of-work.js';
import { clientIp, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';

/**
 * `GET /challenges`: a fresh proof-of-work challenge (altcha-lib's v2 format, HMAC-signed, expiring) for the
 * browser to solve before registering, requesting a password reset, or logging in after repeated failures.
 * Limited per client IP like every other endpoint group.
 */
export function challengeRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext): void {
  app.get('/challenges', async (c) => {
    const limited = await limitRequest(c, ctx, 'challenge', clientIp(c, ctx.trustProxy), null);
    if (limited) return limited;
    return c.json(await issueChallenge(ctx.proofKey, ctx.policies.proofOfWork, ctx.now()));
  });
}
