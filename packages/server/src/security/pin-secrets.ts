import type { Queryable } from '../storage/database.js';
import { isSealed, type SecretBox } from './secret-box.js';

/**
 * The authenticated context of an account's support-PIN seed (`accounts.pin_secret`). Distinct from the TOTP
 * contexts, so a sealed TOTP seed copied into `pin_secret` (or the reverse) does not open.
 */
export const pinContext = (accountId: string) => `pin:${accountId}`;

/**
 * The support-PIN seed of `accountId` from its stored value, or why not. The one thing to know: a value that
 * does not open (another key, copied from another row, altered) is refused, never used as clear text.
 */
export function openPinSecret(box: SecretBox, accountId: string, stored: string) {
  return box.open(stored, pinContext(accountId));
}

/**
 * Encrypts support-PIN seeds that older versions stored in clear text and returns how many rows changed.
 * Idempotent and safe with several processes starting at once: each `UPDATE` only applies while the row still
 * holds the clear value it read, so a row another process sealed meanwhile is left alone.
 */
export async function sealClearPinSecrets(db: Queryable, box: SecretBox): Promise<number> {
  let changed = 0;
  const rows = await db.query<{ id: string; pin_secret: string }>(
    "SELECT id, pin_secret FROM accounts WHERE pin_secret NOT LIKE 'v1.%'",
  );
  for (const row of rows) {
    if (isSealed(row.pin_secret)) continue;
    const updated = await db.query(
      'UPDATE accounts SET pin_secret = $2 WHERE id = $1 AND pin_secret = $3 RETURNING id',
      [row.id, box.seal(row.pin_secret, pinContext(row.id)), row.pin_secret],
    );
    changed += updated.length;
  }
  return changed;
}
