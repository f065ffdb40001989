import { randomBytes } from 'node:crypto';
import type { Queryable } from '../storage/database.js';

/** What a challenge is for: adding a passkey to an account, or signing in with one. */
export type ChallengePurpose = 'passkey-registration' | 'passkey-login';

/**
 * A new random challenge (32 bytes, base64url) for `purpose`, stored until `lifetimeMs` has passed. `accountId`
 * binds a registration challenge to the account that asked for it; a sign-in challenge belongs to nobody yet.
 */
export async function issueChallenge(
  db: Queryable,
  purpose: ChallengePurpose,
  accountId: string | null,
  now: Date,
  lifetimeMs: number,
): Promise<string> {
  const challenge = randomBytes(32).toString('base64url');
  await db.query(
    'INSERT INTO webauthn_challenges (challenge, purpose, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [challenge, purpose, accountId, now, new Date(now.getTime() + lifetimeMs)],
  );
  return challenge;
}

/**
 * Takes the challenge a browser signed: it is deleted whatever happens next (single use, also for a failed
 * verification), and returned only when it was issued for `purpose` and `accountId` and has not expired.
 */
export async function takeChallenge(
  db: Queryable,
  challenge: string,
  purpose: ChallengePurpose,
  accountId: string | null,
  now: Date,
): Promise<boolean> {
  const rows = await db.query<{ account_id: string | null; expires_at: Date }>(
    'DELETE FROM webauthn_challenges WHERE challenge = $1 AND purpose = $2 RETURNING account_id, expires_at',
    [challenge, purpose],
  );
  const row = rows[0];
  return row !== undefined && row.account_id === accountId && row.expires_at > now;
}

/** Deletes challenges that expired before `now` (maintenance). */
export async function pruneChallenges(db: Queryable, now: Date): Promise<void> {
  await db.query('DELETE FROM webauthn_challenges WHERE expires_at <= $1', [now]);
}
