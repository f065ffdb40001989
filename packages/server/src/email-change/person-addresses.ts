import type { Queryable } from '../storage/database.js';

/**
 * Every address `account` has had: its current one first, then the ones it left by a confirmed e-mail change. What
 * was kept under an address (its registration, mail, lockout and rate-limit counters) belongs to the same person, so
 * the export and the deletion look under each of them.
 */
export async function personAddresses(
  db: Queryable,
  account: { id: string; email: string },
): Promise<string[]> {
  const former = await db.query<{ old_email: string }>(
    'SELECT DISTINCT old_email FROM email_changes WHERE account_id = $1 AND confirmed_at IS NOT NULL',
    [account.id],
  );
  return [account.email, ...former.map((r) => r.old_email).filter((e) => e !== account.email)];
}
