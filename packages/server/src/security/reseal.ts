import { signingKeyContext } from '../oidc/signing-keys.js';
import type { Queryable } from '../storage/database.js';
import { pinContext, sealClearPinSecrets } from './pin-secrets.js';
import { type SecretBox, sealedKeyId } from './secret-box.js';
import { enrollmentContext, sealClearTotpSecrets, totpContext } from './totp-secrets.js';

/** What {@link resealSecrets} did. */
export interface ResealReport {
  /** Values re-sealed under the newest key (TOTP seeds, support-PIN seeds, pending enrollments, clear rows). */
  resealed: number;
  /** Values sealed under a key that is not in the ring (or altered): left as they are. */
  unopenable: number;
  /** The newest key's id, which every value now names. */
  keyId: string;
}

interface SealedValue {
  /** The row's key in its table. */
  id: string;
  value: string;
  context: string;
}

/** One kind of sealed column: how to list values under other keys and how to replace one. */
interface SealedColumn {
  list(db: Queryable, keyId: string): Promise<SealedValue[]>;
  replace(db: Queryable, row: SealedValue, sealed: string): Promise<number>;
}

const columns: readonly SealedColumn[] = [
  {
    list: async (db, keyId) =>
      (
        await db.query<{ id: string; value: string }>(
          "SELECT id, totp_secret AS value FROM accounts WHERE totp_secret LIKE 'v1.%' AND split_part(totp_secret, '.', 2) <> $1",
          [keyId],
        )
      ).map((r) => ({ ...r, context: totpContext(r.id) })),
    replace: async (db, row, sealed) =>
      (
        await db.query(
          'UPDATE accounts SET totp_secret = $2 WHERE id = $1 AND totp_secret = $3 RETURNING id',
          [row.id, sealed, row.value],
        )
      ).length,
  },
  {
    list: async (db, keyId) =>
      (
        await db.query<{ id: string; value: string }>(
          "SELECT id, pin_secret AS value FROM accounts WHERE pin_secret LIKE 'v1.%' AND split_part(pin_secret, '.', 2) <> $1",
          [keyId],
        )
      ).map((r) => ({ ...r, context: pinContext(r.id) })),
    replace: async (db, row, sealed) =>
      (
        await db.query('UPDATE accounts SET pin_secret = $2 WHERE id = $1 AND pin_secret = $3 RETURNING id', [
          row.id,
          sealed,
          row.value,
        ])
      ).length,
  },
  {
    list: async (db, keyId) =>
      (
        await db.query<{ id: string; subject: string; value: string }>(
          `SELECT id, subject, payload->>'secret' AS value FROM codes
           WHERE purpose = 'totp-enrollment' AND payload->>'secret' LIKE 'v1.%'
             AND split_part(payload->>'secret', '.', 2) <> $1`,
          [keyId],
        )
      ).map((r) => ({ id: r.id, value: r.value, context: enrollmentContext(r.subject) })),
    replace: async (db, row, sealed) =>
      (
        await db.query(
          `UPDATE codes SET payload = jsonb_set(payload, '{secret}', to_jsonb($2::text))
           WHERE id = $1 AND payload->>'secret' = $3 RETURNING id`,
          [row.id, sealed, row.value],
        )
      ).length,
  },
  {
    list: async (db, keyId) =>
      (
        await db.query<{ id: string; value: string }>(
          "SELECT kid AS id, sealed_jwk AS value FROM oidc_signing_keys WHERE split_part(sealed_jwk, '.', 2) <> $1",
          [keyId],
        )
      ).map((r) => ({ ...r, context: signingKeyContext(r.id) })),
    replace: async (db, row, sealed) =>
      (
        await db.query(
          'UPDATE oidc_signing_keys SET sealed_jwk = $2 WHERE kid = $1 AND sealed_jwk = $3 RETURNING kid',
          [row.id, sealed, row.value],
        )
      ).length,
  },
];

/**
 * Re-seals every secret at rest (TOTP seeds, support-PIN seeds, pending TOTP enrollments, OpenID signing keys) under `box`'s newest
 * key, and seals clear-text rows of older versions. Run it after putting a new key first in
 * `GATEHOUSE_ENCRYPTION_KEY` (the `reseal` command does): afterwards the old keys can be removed. Idempotent and
 * safe beside running servers: each `UPDATE` applies only while the row still holds the value it read.
 */
export async function resealSecrets(db: Queryable, box: SecretBox): Promise<ResealReport> {
  let resealed = (await sealClearTotpSecrets(db, box)) + (await sealClearPinSecrets(db, box));
  let unopenable = 0;
  for (const column of columns) {
    for (const row of await column.list(db, box.keyId)) {
      if (sealedKeyId(row.value) === box.keyId) continue;
      const opened = box.open(row.value, row.context);
      if (!opened.ok) {
        unopenable += 1;
        continue;
      }
      resealed += await column.replace(db, row, box.seal(opened.value, row.context));
    }
  }
  return { resealed, unopenable, keyId: box.keyId };
}
