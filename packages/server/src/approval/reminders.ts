import type { OutgoingMessage } from '../mail/messenger.js';
import { audit } from '../security/audit.js';
import type { Database } from '../storage/database.js';

/** When reminders go out: after the SLA, then every `intervalMs`, at most `max` times (escalation level 1…max). */
export interface ReminderPolicy {
  slaMs: number;
  intervalMs: number;
  max: number;
}

/** docs/requirements.md, "Approval": 24 h SLA; reminders every 4 h, up to 3 levels. */
export const DEFAULT_REMINDERS: Readonly<ReminderPolicy> = Object.freeze({
  slaMs: 24 * 3600_000,
  intervalMs: 4 * 3600_000,
  max: 3,
});

/**
 * Sends the due reminders for overdue registrations to every reviewer and records them. Due-ness comes from
 * stored timestamps (`confirmed_at`, `reminded_at`, the reminder count in the audit), so any server process may
 * run this, and a restart neither loses nor repeats a reminder: each item is claimed with a conditional UPDATE.
 */
export async function sendDueReminders(db: Database, now: Date, policy: ReminderPolicy = DEFAULT_REMINDERS) {
  const reviewers = await db.query<{ email: string }>(
    "SELECT email FROM accounts WHERE 'reviewer' = ANY(roles)",
  );
  const due = await db.query<{ id: string; email: string; confirmed_at: Date; reminded_at: Date | null }>(
    `SELECT id, email, confirmed_at, reminded_at FROM registrations
     WHERE status = 'pending-approval' AND confirmed_at <= $1
       AND (reminded_at IS NULL OR reminded_at <= $2)`,
    [new Date(now.getTime() - policy.slaMs), new Date(now.getTime() - policy.intervalMs)],
  );
  const messages: OutgoingMessage[] = [];
  for (const item of due) {
    const sent = await db.transaction(async (tx) => {
      const count = await tx.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE event = 'approval-reminder' AND subject = $1",
        [item.id],
      );
      const level = (count[0]?.n ?? 0) + 1;
      if (level > policy.max) return 0;
      // Claim: only one process wins the row for this interval.
      const claimed = await tx.query(
        'UPDATE registrations SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NOT DISTINCT FROM $3 RETURNING id',
        [item.id, now, item.reminded_at],
      );
      if (claimed.length === 0) return 0;
      await audit(tx, now, {
        event: 'approval-reminder',
        actor: 'system',
        subject: item.id,
        detail: { level },
      });
      return level;
    });
    if (sent === 0) continue;
    for (const reviewer of reviewers) {
      messages.push({
        channel: 'email',
        to: reviewer.email,
        subject: `Overdue registration (reminder ${sent})`,
        text: `The registration of ${item.email} waits for approval since ${item.confirmed_at.toISOString()}, longer than the SLA.`,
      });
    }
  }
  return messages;
}
