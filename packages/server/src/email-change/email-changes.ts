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
  /** The hash of the old address's "this was not me" link; NULL once used. */
  cancel_token_hash: string | null;
  /** When the old address cancelled the change ("this was not me"). */
  cancelled_at: Date | null;
}

/**
 * Makes every open e-mail change of `accountId` unconfirmable (their links stop working). Called by a new request
 * (one valid link per account), by a confirmation (the other requests are moot) and by a password change or reset
 * (the owner's answer to a notice about a change they did not ask for).
 */
export async function cancelOpenEmailChanges(tx: Queryable, accountId: string): Promise<void> {
  await tx.query(
    // A change the old address cancelled keeps its hash: its link goes on saying why it no longer works.
    `UPDATE email_changes SET token_hash = NULL
     WHERE account_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL AND token_hash IS NOT NULL`,
    [accountId],
  );
}

/**
 * The unconfirmed change whose link carries `tokenHash`, locked until the transaction ends (one the old address
 * cancelled included: `cancelled_at` says so); null for an unknown, used or replaced link.
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

/**
 * The change whose "this was not me" link carries `cancelTokenHash`, locked until the transaction ends; null for an
 * unknown or used link.
 */
export async function emailChangeByCancelToken(
  tx: Queryable,
  cancelTokenHash: string,
): Promise<EmailChangeRow | null> {
  const rows = await tx.query<EmailChangeRow>(
    'SELECT * FROM email_changes WHERE cancel_token_hash = $1 FOR UPDATE',
    [cancelTokenHash],
  );
  return rows[0] ?? null;
}

/**
 * The old address's answer to a notice ("this was not me"): uses up the link of change `id` and marks every
 * unconfirmed change of `accountId` cancelled at `now` (a second request by the same intruder included).
 */
export async function cancelEmailChangesByOwner(
  tx: Queryable,
  id: string,
  accountId: string,
  now: Date,
): Promise<void> {
  await tx.query('UPDATE email_changes SET cancel_token_hash = NULL WHERE id = $1', [id]);
  await tx.query(
    'UPDATE email_changes SET cancelled_at = $2 WHERE account_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL',
    [accountId, now],
  );
}
