import type { Queryable } from '../storage/database.js';

/** A row of `email_changes`: one request to move an account to a new address. */
export interface EmailChangeRow {
  id: string;
  account_id: string;
  old_email: string;
  new_email: string;
  token_hash: string | null;
  expires_at: Date;
  created_at: Date;
  confirmed_at: Date | null;
}

/**
 * Makes every open e-mail change of `accountId` unconfirmable (their links stop working). Called by a new request
 * (one valid link per account), by a confirmation (the other requests are moot) and by a password change or reset
 * (the owner's answer to a notice about a change they did not ask for).
 */
export async function cancelOpenEmailChanges(tx: Queryable, accountId: string): Promise<void> {
  await tx.query(
    'UPDATE email_changes SET token_hash = NULL WHERE account_id = $1 AND confirmed_at IS NULL AND token_hash IS NOT NULL',
    [accountId],
  );
}

/**
 * The open change whose link carries `tokenHash`, locked until the transaction ends; null for an unknown, used or
 * replaced link.
 */
export async function openEmailChange(tx: Queryable, tokenHash: string): Promise<EmailChangeRow | null> {
  const rows = await tx.query<EmailChangeRow>(
    'SELECT * FROM email_changes WHERE token_hash = $1 AND confirmed_at IS NULL FOR UPDATE',
    [tokenHash],
  );
  return rows[0] ?? null;
}

/** Marks `id` confirmed at `now`; its link is used up with it. */
export async function markEmailChangeConfirmed(tx: Queryable, id: string, now: Date): Promise<void> {
  await tx.query('UPDATE email_changes SET confirmed_at = $2, token_hash = NULL WHERE id = $1', [id, now]);
}
