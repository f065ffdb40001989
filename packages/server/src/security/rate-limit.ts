import type { Queryable } from '../storage/database.js';

/**
 * A rate limit: at most `max` hits at once (the burst), refilled steadily at `max` per `windowMs` — a token
 * bucket, so there is no window edge across which twice the limit gets through.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** Result of {@link hitRateLimit}: when refused, `retryAfter` is whole seconds until the next hit is allowed. */
export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfter: number };

/**
 * Takes one token for `key` (e.g. `ip:203.0.113.9:login`, `account:acc_1:reset`) from its bucket in the
 * database, so several server processes share the limit. One upsert (a row lock), atomic in PGlite and Postgres
 * alike: parallel hits never take more tokens than there are. A refused hit takes nothing.
 */
export async function hitRateLimit(
  db: Queryable,
  key: string,
  now: Date,
  limit: RateLimit,
): Promise<RateLimitResult> {
  const perMs = limit.max / limit.windowMs;
  // The refilled level, capped at the burst size; the clock never runs backwards for a bucket.
  const refilled = `LEAST($2::double precision, rate_buckets.tokens
    + GREATEST(0, EXTRACT(EPOCH FROM ($3::timestamptz - rate_buckets.updated_at)) * 1000) * $4::double precision)`;
  const rows = await db.query<{ tokens: number; allowed: boolean }>(
    `INSERT INTO rate_buckets (key, tokens, updated_at, allowed) VALUES ($1, $2::double precision - 1, $3, true)
     ON CONFLICT (key) DO UPDATE SET
       tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
       allowed = ${refilled} >= 1,
       updated_at = GREATEST(rate_buckets.updated_at, $3::timestamptz)
     RETURNING tokens, allowed`,
    [key, limit.max, now, perMs],
  );
  const row = rows[0] ?? { tokens: limit.max - 1, allowed: true };
  const tokens = Number(row.tokens);
  if (row.allowed) return { ok: true, remaining: Math.floor(tokens) };
  return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
}

/** Deletes buckets untouched since `before` (they are full again by then); the maintenance run calls it. */
export async function pruneRateLimits(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM rate_buckets WHERE updated_at < $1', [before]);
}
