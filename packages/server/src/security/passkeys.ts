import type { Queryable } from '../storage/database.js';
import { randomId } from './tokens.js';

/** A stored passkey: the public key and signature counter the server checks, and what the list shows. */
export interface PasskeyRow {
  id: string;
  account_id: string;
  credential_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  counter: number | string;
  transports: string[];
  name: string;
  backed_up: boolean;
  created_at: Date;
  last_used_at: Date | null;
}

/** The list's view of a passkey (never the key or the credential id). */
export function passkeySummary(row: PasskeyRow) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    backedUp: row.backed_up,
  };
}

/** The account's passkeys, oldest first. */
export async function listPasskeys(db: Queryable, accountId: string): Promise<PasskeyRow[]> {
  return db.query<PasskeyRow>('SELECT * FROM passkeys WHERE account_id = $1 ORDER BY created_at, id', [
    accountId,
  ]);
}

/** Whether the account has a passkey (then it is a second factor of the account). */
export async function hasPasskey(db: Queryable, accountId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM passkeys WHERE account_id = $1 LIMIT 1', [accountId]);
  return rows.length > 0;
}

/** The passkey with this credential id, or undefined. */
export async function findPasskeyByCredential(
  db: Queryable,
  credentialId: string,
): Promise<PasskeyRow | undefined> {
  const rows = await db.query<PasskeyRow>('SELECT * FROM passkeys WHERE credential_id = $1', [credentialId]);
  return rows[0];
}

/** Stores a verified new passkey and returns its row. */
export async function insertPasskey(
  db: Queryable,
  passkey: Omit<PasskeyRow, 'id' | 'last_used_at'>,
): Promise<PasskeyRow> {
  const rows = await db.query<PasskeyRow>(
    `INSERT INTO passkeys (id, account_id, credential_id, public_key, counter, transports, name, backed_up, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [
      randomId('pk'),
      passkey.account_id,
      passkey.credential_id,
      passkey.public_key,
      passkey.counter,
      passkey.transports,
      passkey.name,
      passkey.backed_up,
      passkey.created_at,
    ],
  );
  return rows[0] as PasskeyRow;
}

/**
 * Records a sign-in: the new signature counter, but only when it is still the one the check saw, so two
 * parallel sign-ins with the same assertion cannot both pass. Returns false when another request was first.
 */
export async function recordPasskeyUse(
  db: Queryable,
  row: PasskeyRow,
  newCounter: number,
  backedUp: boolean,
  now: Date,
): Promise<boolean> {
  const updated = await db.query(
    'UPDATE passkeys SET counter = $3, backed_up = $4, last_used_at = $5 WHERE id = $1 AND counter = $2 RETURNING id',
    [row.id, row.counter, newCounter, backedUp, now],
  );
  return updated.length === 1;
}
