import { generateRecoveryCodes, normalizeRecoveryCode } from '@gatehouse/rules/otp';
import type { Queryable } from '../storage/database.js';
import { hashCode } from './tokens.js';

/** The `purpose` bound into each recovery code's hash, so it can never match a code of another kind. */
const PURPOSE = 'recovery';

/**
 * Replaces the account's recovery codes with a fresh set and returns them in clear, for the one answer that shows
 * them. Only a peppered HMAC of each is stored: 50 random bits need no slow hash, and the pepper lives outside the
 * table, so a leaked table alone cannot be searched.
 */
export async function issueRecoveryCodes(
  db: Queryable,
  pepper: string,
  accountId: string,
  now: Date,
): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await db.query('DELETE FROM recovery_codes WHERE account_id = $1', [accountId]);
  for (const code of codes) {
    await db.query('INSERT INTO recovery_codes (account_id, code_hash, created_at) VALUES ($1, $2, $3)', [
      accountId,
      hashCode(pepper, PURPOSE, accountId, normalizeRecoveryCode(code) as string),
      now,
    ]);
  }
  return codes;
}

/**
 * Uses up `typed` if it is one of the account's unused codes; returns how many are left, or `null` for a wrong,
 * used or malformed code. The UPDATE both checks and marks, so two requests with the same code cannot both pass.
 */
export async function useRecoveryCode(
  db: Queryable,
  pepper: string,
  accountId: string,
  typed: string,
  now: Date,
): Promise<{ remaining: number } | null> {
  const code = normalizeRecoveryCode(typed);
  if (code === null) return null;
  const used = await db.query(
    `UPDATE recovery_codes SET used_at = $3
     WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING account_id`,
    [accountId, hashCode(pepper, PURPOSE, accountId, code), now],
  );
  if (used.length === 0) return null;
  return { remaining: await remainingRecoveryCodes(db, accountId) };
}

/** How many unused recovery codes the account has. */
export async function remainingRecoveryCodes(db: Queryable, accountId: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL',
    [accountId],
  );
  return rows[0]?.n ?? 0;
}

/** Whether the account ever got a set (used or not): the first enrolment makes one, later ones do not. */
export async function hasRecoveryCodes(db: Queryable, accountId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM recovery_codes WHERE account_id = $1 LIMIT 1', [accountId]);
  return rows.length > 0;
}

/** Deletes the account's recovery codes (its last second factor was removed: there is nothing to recover). */
export async function dropRecoveryCodes(db: Queryable, accountId: string): Promise<void> {
  await db.query('DELETE FROM recovery_codes WHERE account_id = $1', [accountId]);
}
