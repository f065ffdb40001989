import type { Context } from 'hono';
import { recentFailures } from '../security/attempt-counter.js';
import { redeemProof } from '../security/proof-of-work.js';
import { fail, type ServerContext } from './context.js';

/** The request header that carries a solved challenge (base64 of `{ challenge, solution }`, as ALTCHA sends it). */
export const PROOF_HEADER = 'Gatehouse-Proof';

/**
 * Demands a solved, unexpired, unused proof-of-work challenge in the {@link PROOF_HEADER} header; returns the 428
 * answer (`proof-required`, `proof-invalid`, `proof-expired`, `proof-replayed`) or null to go on. A proof is used
 * up by this call. Off (always null) when the policy's difficulty is 0.
 */
export async function requireProof(c: Context, ctx: ServerContext): Promise<Response | null> {
  if (ctx.policies.proofOfWork.difficulty <= 0) return null;
  const verdict = await redeemProof(ctx.db, ctx.proofKey, c.req.header(PROOF_HEADER), ctx.now());
  return verdict === 'ok' ? null : fail(c, 428, verdict);
}

/**
 * Whether a login must bring a proof: after `loginAfterFailures` recent failures for the address (`addressKey`,
 * the lockout's own counter) or from the client IP (`ipKey`). Unknown addresses are counted like known ones, so
 * the answer reveals nothing about accounts.
 */
export async function loginNeedsProof(
  ctx: ServerContext,
  addressKey: string,
  ipKey: string,
  now: Date,
): Promise<boolean> {
  const { difficulty, loginAfterFailures } = ctx.policies.proofOfWork;
  if (difficulty <= 0) return false;
  const lockout = ctx.policies.lockout;
  const [byAddress, byIp] = await Promise.all([
    recentFailures(ctx.db, addressKey, now, lockout),
    recentFailures(ctx.db, ipKey, now, lockout),
  ]);
  return Math.max(byAddress, byIp) >= loginAfterFailures;
}
