import { clearAttempts, reserveAttempt, verifyReserved } from '../security/attempt-counter.js';
import { verifyPassword } from '../security/password-hash.js';
import type { AccountRow, ServerContext } from './context.js';
import { loginLockKey } from './sign-in.js';

/** What {@link confirmAccountPassword} found: the password is right, wrong, or not checked because the address is locked. */
export type PasswordConfirmation =
  | { status: 'confirmed' }
  | { status: 'wrong' }
  | { status: 'locked'; until: Date };

/**
 * A signed-in person giving the account's password again — re-authentication, the password change's current
 * password, the account deletion — counted exactly like a login, against the same lockout: whoever holds a session
 * (a browser left open, a stolen cookie) must not be able to guess the password there at the rate limit's pace. The
 * attempt is counted before the hash runs (a burst cannot check more than the limit), a right password starts the
 * count again. An account without a password (passkeys only) does the same hash work and is never confirmed. The
 * one thing a caller must know: the wrong-password answer code is the caller's, `locked` is always 423.
 */
export async function confirmAccountPassword(
  ctx: ServerContext,
  account: AccountRow,
  password: string,
): Promise<PasswordConfirmation> {
  const key = loginLockKey(account.email);
  const reservation = await reserveAttempt(ctx.db, key, ctx.now(), ctx.policies.lockout);
  if (!reservation.ok) return { status: 'locked', until: reservation.until };
  const matches = await verifyReserved(ctx.db, key, ctx.policies.lockout, () =>
    verifyPassword(password, account.password_hash ?? ctx.dummyHash),
  );
  if (!matches || account.password_hash === null) return { status: 'wrong' };
  await clearAttempts(ctx.db, key);
  return { status: 'confirmed' };
}
