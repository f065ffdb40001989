import type { Queryable } from '../storage/database.js';
import { isSealed, type SecretBox } from './secret-box.js';

/** The authenticated context of an account's active TOTP seed (`accounts.totp_secret`). */
export const totpContext = (accountId: string) => `totp:${accountId}`;

/** The authenticated context of a pending enrollment's seed (`codes.payload.secret`). */
export const enrollmentContext = (accountId: string) => `totp-enrollment:${accountId}`;

/**
 * Encrypts TOTP seeds that older versions stored in clear text (accounts and pending enrollments) and returns
 * how many rows changed. Idempotent and safe with several processes starting at once: each `UPDATE` only
 * applies while the row still holds the clear value it read.
 */
export async function sealClearTotpSecrets(db: Queryable, box: SecretBox): Promise<number> {
  let changed = 0;
  const accounts = await db.query<{ id: string; totp_secret: string }>(
    "SELECT id, totp_secret FROM accounts WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1.%'",
  );
  for (const row of accounts) {
    if (isSealed(row.totp_secret)) continue;
    const rows = await db.query(
      'UPDATE accounts SET totp_secret = $2 WHERE id = $1 AND totp_secret = $3 RETURNING id',
      [row.id, box.seal(row.totp_secret, totpContext(row.id)), row.totp_secret],
    );
    changed += rows.length;
  }
  const pending = await db.query<{ id: string; subject: string; secret: string }>(
    `SELECT id, subject, payload->>'secret' AS secret FROM codes
     WHERE purpose = 'totp-enrollment' AND payload->>'secret' IS NOT NULL AND payload->>'secret' NOT LIKE 'v1.%'`,
  );
  for (const row of pending) {
    const rows = await db.query(
      `UPDATE codes SET payload = jsonb_set(payload, '{secret}', to_jsonb($2::text))
       WHERE id = $1 AND payload->>'secret' = $3 RETURNING id`,
      [row.id, box.seal(row.secret, enrollmentContext(row.subject)), row.secret],
    );
    changed += rows.length;
  }
  return changed;
}
