import type { Queryable } from '../storage/database.js';
import { HashingBusyError } from './hashing-gate.js';

/** Lockout configuration: the defaults (docs/requirements.md, "Login") are 5 failures and a 15-minute cooldown. */
export interface LockoutPolicy {
  maxAttempts: number;
  cooldownMs: number;
}

/** Result of {@link reserveAttempt}: `ok` lets one verification run; otherwise the key is locked `until`. */
export type Reservation = { ok: true; attempt: number } | { ok: false; until: Date };

/**
 * Counts one attempt for `key` **before** the secret is checked, in one atomic UPDATE (row lock), so a
 * parallel burst of wrong passwords cannot run more verifications than `maxAttempts`: the attempt that
 * reaches the limit starts the cooldown at once. A success must call {@link clearAttempts}; a failure needs
 * no second write. An expired cooldown starts a fresh count.
 */
export async function reserveAttempt(
  db: Queryable,
  key: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<Reservation> {
  const until = new Date(now.getTime() + policy.cooldownMs);
  // Make sure the row exists; concurrent inserts of the same key are harmless.
  await db.query(
    'INSERT INTO attempt_counters (key, failures, updated_at) VALUES ($1, 0, $2) ON CONFLICT (key) DO NOTHING',
    [key, now],
  );
  const rows = await db.query<{ failures: number }>(
    `UPDATE attempt_counters SET
       failures = (CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN 0 ELSE failures END) + 1,
       locked_until = CASE
         WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN 0 ELSE failures END) + 1 >= $3
         THEN $4::timestamptz ELSE NULL END,
       updated_at = $2
     WHERE key = $1 AND (locked_until IS NULL OR locked_until <= $2)
     RETURNING failures`,
    [key, now, policy.maxAttempts, until],
  );
  const row = rows[0];
  if (row) return { ok: true, attempt: row.failures };
  const locked = await db.query<{ locked_until: Date }>(
    'SELECT locked_until FROM attempt_counters WHERE key = $1',
    [key],
  );
  return { ok: false, until: locked[0]?.locked_until ?? until };
}

/**
 * Runs the verification that a {@link reserveAttempt} paid for. When it never ran — the hashing gate refused
 * it as over capacity — the attempt is handed back: a server too busy to check a password must not move its
 * owner towards a lockout. The refusal itself is rethrown (the caller answers 503).
 */
export async function verifyReserved<T>(
  db: Queryable,
  key: string,
  policy: LockoutPolicy,
  verify: () => Promise<T>,
): Promise<T> {
  try {
    return await verify();
  } catch (error) {
    if (error instanceof HashingBusyError) await returnAttempt(db, key, policy);
    throw error;
  }
}

/** Takes back one reserved attempt; a lock that attempt started ends with it. */
async function returnAttempt(db: Queryable, key: string, policy: LockoutPolicy): Promise<void> {
  await db.query(
    `UPDATE attempt_counters SET
       failures = GREATEST(failures - 1, 0),
       locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
     WHERE key = $1`,
    [key, policy.maxAttempts],
  );
}

/** After a successful verification: the consecutive-failure count starts again at zero. */
export async function clearAttempts(db: Queryable, key: string): Promise<void> {
  await db.query('UPDATE attempt_counters SET failures = 0, locked_until = NULL WHERE key = $1', [key]);
}

/** When `key` is locked at `now`, the end of the cooldown; otherwise null. Reads only. */
export async function lockedUntil(db: Queryable, key: string, now: Date): Promise<Date | null> {
  const rows = await db.query<{ locked_until: Date | null }>(
    'SELECT locked_until FROM attempt_counters WHERE key = $1',
    [key],
  );
  const until = rows[0]?.locked_until;
  return until && until > now ? until : null;
}

/**
 * The failures counted for `key` that still matter at `now`: none once a cooldown has ended (a fresh count starts,
 * as in {@link reserveAttempt}) or when the last one is older than `policy.cooldownMs`. Reads only.
 */
export async function recentFailures(
  db: Queryable,
  key: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<number> {
  const rows = await db.query<{ failures: number; locked_until: Date | null; updated_at: Date }>(
    'SELECT failures, locked_until, updated_at FROM attempt_counters WHERE key = $1',
    [key],
  );
  const row = rows[0];
  if (!row || (row.locked_until && row.locked_until <= now)) return 0;
  return row.updated_at.getTime() + policy.cooldownMs < now.getTime() ? 0 : row.failures;
}

/**
 * Counts one failure for `key` without ever locking it (e.g. per client IP, where a lock would shut out a whole
 * office); a count older than `policy.cooldownMs` starts again at one.
 */
export async function countFailure(
  db: Queryable,
  key: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<void> {
  await db.query(
    `INSERT INTO attempt_counters (key, failures, updated_at) VALUES ($1, 1, $2)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN attempt_counters.updated_at < $3 THEN 1 ELSE attempt_counters.failures + 1 END,
       updated_at = $2`,
    [key, now, new Date(now.getTime() - policy.cooldownMs)],
  );
}
