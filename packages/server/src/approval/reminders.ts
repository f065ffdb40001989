import type { OutgoingMessage } from '../mail/messenger.js';
import type { Database, Queryable } from '../storage/database.js';
import { type ApprovalDeps, type RegistrationRow, runDueTimers } from './approval-service.js';

/** What {@link runApprovalTimers} needs besides the database. */
export interface ApprovalTimerDeps extends Omit<ApprovalDeps, 'outbox'> {
  /** Writes the reminder e-mails to the mail queue through the row's transaction. */
  enqueueMail(tx: Queryable, messages: readonly OutgoingMessage[]): Promise<void>;
}

/**
 * Runs the approval machine's SLA and reminder timers for every registration awaiting approval (the maintenance
 * run calls it in every process). Each registration is handled in its own transaction holding its row lock
 * (`FOR UPDATE SKIP LOCKED`: a row another process is working on is skipped, not waited for), so each due
 * reminder is sent once; the reminder e-mails commit with the new snapshot. Resolves with the number of e-mails.
 */
export async function runApprovalTimers(db: Database, deps: ApprovalTimerDeps): Promise<number> {
  const pending = await db.query<{ id: string }>(
    "SELECT id FROM registrations WHERE status = 'pending-approval' AND snapshot IS NOT NULL ORDER BY id",
  );
  let mailed = 0;
  for (const { id } of pending) {
    mailed += await db.transaction(async (tx) => {
      const rows = await tx.query<RegistrationRow>(
        "SELECT * FROM registrations WHERE id = $1 AND status = 'pending-approval' FOR UPDATE SKIP LOCKED",
        [id],
      );
      const row = rows[0];
      if (!row) return 0;
      const outbox: OutgoingMessage[] = [];
      await runDueTimers(tx, row, { ...deps, outbox });
      await deps.enqueueMail(tx, outbox);
      return outbox.length;
    });
  }
  return mailed;
}
