import type { Context } from 'hono';
import { clearAttempts } from '../security/attempt-counter.js';
import { audit } from '../security/audit.js';
import { recognizeDevice } from '../security/known-devices.js';
import { type AccountRow, clientIp, type ServerContext } from './context.js';
import { startSession } from './session.js';

/** The attempt counter's key of an address: password and MFA failures count against it. */
export const loginLockKey = (email: string) => `login:${email}`;

/**
 * Opens the portal session of `account` after every owed step passed (`mfa`: the factor that passed, or null):
 * clears the failure count, sets the session cookie, recognises the device (a new one is told by e-mail) and
 * records the login. Returns what the contract answers.
 */
export async function signIn(c: Context, ctx: ServerContext, account: AccountRow, mfa: string | null) {
  const now = ctx.now();
  await clearAttempts(ctx.db, loginLockKey(account.email));
  const { expiresAt, place } = await startSession(c, ctx, ctx.db, account, 'full', mfa ? [mfa] : []);
  await recognizeDevice(c, ctx, account, place);
  await audit(ctx.db, now, {
    event: 'login-succeeded',
    actor: account.id,
    subject: account.id,
    ip: clientIp(c, ctx.trustProxy),
    ...(mfa ? { detail: { mfa } } : {}),
  });
  return { expiresAt };
}
