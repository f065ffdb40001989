import type { Queryable } from '../storage/database.js';

/** One security-relevant event. `event` names are stable kebab-case (`login-failed`, `password-changed`, …). */
export interface AuditEvent {
  event: string;
  /** Who did it: an account id, `system`, or null for anonymous requests. */
  actor?: string | null;
  /** What it concerns: an account id, a registration id, or a hashed e-mail for unknown addresses. */
  subject?: string | null;
  ip?: string | null;
  /** Extra facts; never passwords, codes or tokens. */
  detail?: Record<string, unknown>;
}

/**
 * Appends `entry` to the audit table. Call it with the request's transaction so the record commits or
 * rolls back together with what it describes.
 */
export async function audit(db: Queryable, at: Date, entry: AuditEvent): Promise<void> {
  await db.query(
    'INSERT INTO audit_events (at, event, actor, subject, ip, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      at,
      entry.event,
      entry.actor ?? null,
      entry.subject ?? null,
      entry.ip ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}
