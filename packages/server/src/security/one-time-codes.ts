import { timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../storage/database.js';
import { hashCode, randomDigits, randomId } from './tokens.js';

/** A code row. */
interface CodeRow {
  id: string;
  account_id: string | null;
  subject: string;
  code_hash: string;
  payload: Record<string, unknown> | null;
  attempts: number;
  max_attempts: number;
  expires_at: Date;
  used_at: Date | null;
  purpose: string;
}

/** What {@link issueStoredCode} returns: the clear code goes into the message only, never into storage. */
export interface StoredCode {
  id: string;
  code: string;
  expiresAt: Date;
}

/**
 * Issues a fresh numeric code for `purpose`/`subject` (stored as a peppered hash). Earlier unused codes of the
 * same purpose and subject stop working, but their attempt count carries over, so a resend never grants more
 * guesses (NIST SP 800-63B-4 §3.2.2).
 */
export async function issueStoredCode(
  db: Queryable,
  pepper: string,
  options: {
    purpose: string;
    subject: string;
    accountId: string | null;
    lifetimeMs: number;
    maxAttempts: number;
    now: Date;
    length?: number;
    payload?: Record<string, unknown>;
  },
): Promise<StoredCode> {
  const previous = await db.query<{ attempts: number }>(
    `UPDATE codes SET used_at = $3 WHERE purpose = $1 AND subject = $2 AND used_at IS NULL AND expires_at > $3
     RETURNING attempts`,
    [options.purpose, options.subject, options.now],
  );
  const carried = previous.reduce((max, row) => Math.max(max, row.attempts), 0);
  const code = randomDigits(options.length ?? 6);
  const id = randomId('code');
  const expiresAt = new Date(options.now.getTime() + options.lifetimeMs);
  await db.query(
    `INSERT INTO codes (id, account_id, purpose, subject, code_hash, payload, attempts, max_attempts, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      options.accountId,
      options.purpose,
      options.subject,
      hashCode(pepper, options.purpose, options.subject, code),
      options.payload ? JSON.stringify(options.payload) : null,
      carried,
      options.maxAttempts,
      options.now,
      expiresAt,
    ],
  );
  return { id, code, expiresAt };
}

/** Result of {@link checkStoredCode}. */
export type CodeCheck =
  | { ok: true; payload: Record<string, unknown> | null; accountId: string | null }
  | { ok: false; code: 'invalid-code' | 'expired-code' | 'too-many-attempts' };

/**
 * Checks `code` against the newest live code of `purpose`/`subject` (or the code with `id`). The attempt is
 * counted first, atomically, so parallel guesses cannot exceed `max_attempts`; a right code is used up.
 */
export async function checkStoredCode(
  db: Queryable,
  pepper: string,
  options: { purpose: string; subject: string; code: string; now: Date; id?: string },
): Promise<CodeCheck> {
  const rows = await db.query<CodeRow>(
    `UPDATE codes SET attempts = attempts + 1
     WHERE id = (SELECT id FROM codes WHERE purpose = $1 AND subject = $2 AND used_at IS NULL
                 AND ($3::text IS NULL OR id = $3) ORDER BY created_at DESC LIMIT 1)
       AND attempts < max_attempts
     RETURNING *`,
    [options.purpose, options.subject, options.id ?? null],
  );
  const row = rows[0];
  if (!row) {
    const live = await db.query<{ attempts: number; max_attempts: number }>(
      `SELECT attempts, max_attempts FROM codes WHERE purpose = $1 AND subject = $2 AND used_at IS NULL
       AND ($3::text IS NULL OR id = $3) ORDER BY created_at DESC LIMIT 1`,
      [options.purpose, options.subject, options.id ?? null],
    );
    const last = live[0];
    return {
      ok: false,
      code: last && last.attempts >= last.max_attempts ? 'too-many-attempts' : 'invalid-code',
    };
  }
  if (row.expires_at <= options.now) return { ok: false, code: 'expired-code' };
  const expected = hashCode(pepper, options.purpose, options.subject, options.code.replace(/\s+/g, ''));
  const same =
    row.code_hash.length === expected.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(row.code_hash));
  if (!same) return { ok: false, code: 'invalid-code' };
  const used = await db.query(
    'UPDATE codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id',
    [row.id, options.now],
  );
  if (used.length === 0) return { ok: false, code: 'invalid-code' };
  return { ok: true, payload: row.payload, accountId: row.account_id };
}
