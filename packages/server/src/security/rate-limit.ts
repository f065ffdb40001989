import type { Queryable } from '../storage/database.js';

/** A fixed-window limit: at most `max` hits per `windowMs`. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** Result of {@link hitRateLimit}: when refused, `retryAfter` is whole seconds until the window ends. */
export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfter: number };

/**
 * Counts one hit for `key` (e.g. `ip:203.0.113.9:login`, `account:acc_1:reset`) in the database, so several
 * server processes share the limit. One upsert, atomic in PGlite and Postgres alike.
 */
export async function hitRateLimit(
  db: Queryable,
  key: string,
  now: Date,
  limit: RateLimit,
): Promise<RateLimitResult> {
  const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  const rows = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
     RETURNING hits`,
    [key, new Date(start)],
  );
  const hits = rows[0]?.hits ?? 1;
  if (hits <= limit.max) return { ok: true, remaining: limit.max - hits };
  return { ok: false, retryAfter: Math.max(1, Math.ceil((start + limit.windowMs - now.getTime()) / 1000)) };
}

/** Deletes windows that ended before `before`; call it now and then (the server does at start-up and hourly). */
export async function pruneRateLimits(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM rate_limits WHERE window_start < $1', [before]);
}
