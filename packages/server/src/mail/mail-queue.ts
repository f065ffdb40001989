import type { Database, Queryable } from '../storage/database.js';
import type { Messenger, OutgoingMessage } from './messenger.js';

/**
 * The transactional outbox for mail: a message is a row in `mail_queue`, written in the same transaction as the
 * change it reports (so a rolled-back request mails nobody and a committed one cannot lose its mail to a crash),
 * and a worker in every server process delivers due rows with retries and exponential backoff. Rows are claimed
 * with `FOR UPDATE SKIP LOCKED` and a lease, so several processes never send the same row twice; only a process
 * that dies after the SMTP server accepted a message and before it recorded that can cause a second delivery
 * (after the lease). Works the same on PGlite and Postgres.
 */

/** Options of {@link createMailQueue}. */
export interface MailQueueOptions {
  messenger: Messenger;
  now: () => Date;
  /** Told about each failed attempt (the message stays queued until `maxAttempts`). */
  onError: (error: unknown, message: OutgoingMessage) => void;
  /** Attempts before a message is given up (`failed_at` set); default 10 (~8.5 h of backoff). */
  maxAttempts?: number;
  /** How long a claimed row stays with its worker before another may take it; default 60 s. */
  leaseMs?: number;
}

/** The queue and its worker. */
export interface MailQueue {
  /** Writes `messages` as rows through `tx` (the request's transaction). Deliver with {@link MailQueue.kick}. */
  enqueue(tx: Queryable, messages: readonly OutgoingMessage[]): Promise<void>;
  /** Asks the worker to deliver what is due soon (coalesced; never throws). */
  kick(): void;
  /** Delivers every message due now; resolves with how many were attempted. */
  drain(): Promise<number>;
  /** Resolves when no delivery is running and nothing is due. */
  idle(): Promise<void>;
  /** Deletes messages delivered or given up before `before`; resolves with how many. Due mail is never pruned. */
  prune(before: Date): Promise<number>;
}

/** First retry after 30 s, doubling up to an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

interface QueuedRow {
  id: string | number;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  body: string;
  html: string | null;
  attempts: number;
}

/** Creates the queue on `db`; the server starts one per process. */
export function createMailQueue(db: Database, options: MailQueueOptions): MailQueue {
  const maxAttempts = options.maxAttempts ?? 10;
  const leaseMs = options.leaseMs ?? 60_000;
  let running: Promise<number> | undefined;
  let again = false;

  /** Claims up to 20 due rows for this worker: locked rows of other workers are skipped, not waited for. */
  const claim = (now: Date) =>
    db.query<QueuedRow>(
      `UPDATE mail_queue SET locked_until = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM mail_queue
         WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
           AND (locked_until IS NULL OR locked_until <= $1)
         ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING id, channel, recipient, subject, body, html, attempts`,
      [now, new Date(now.getTime() + leaseMs)],
    );

  async function deliver(row: QueuedRow): Promise<void> {
    const message: OutgoingMessage = {
      channel: row.channel,
      to: row.recipient,
      subject: row.subject,
      text: row.body,
      ...(row.html ? { html: row.html } : {}),
    };
    try {
      await options.messenger.send(message);
      await db.query(
        'UPDATE mail_queue SET delivered_at = $2, locked_until = NULL, last_error = NULL WHERE id = $1',
        [row.id, options.now()],
      );
    } catch (error) {
      options.onError(error, message);
      const now = options.now();
      const gaveUp = row.attempts >= maxAttempts;
      await db.query(
        `UPDATE mail_queue SET locked_until = NULL, last_error = $2, next_attempt_at = $3,
           failed_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE NULL END
         WHERE id = $1`,
        [
          row.id,
          String(error instanceof Error ? error.message : error).slice(0, 500),
          new Date(now.getTime() + retryDelayMs(row.attempts)),
          gaveUp,
          now,
        ],
      );
    }
  }

  async function drainOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await claim(options.now());
      if (rows.length === 0) return total;
      total += rows.length;
      for (const row of rows) await deliver(row);
    }
  }

  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drainOnce();
      } while (again);
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    async enqueue(tx, messages) {
      const now = options.now();
      for (const m of messages) {
        await tx.query(
          `INSERT INTO mail_queue (channel, recipient, subject, body, html, created_at, next_attempt_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6)`,
          [m.channel, m.to, m.subject, m.text, m.html ?? null, now],
        );
      }
    },
    kick() {
      drain().catch((error) => console.error('gatehouse: mail delivery failed', error));
    },
    drain,
    async prune(before) {
      const rows = await db.query(
        `DELETE FROM mail_queue
         WHERE (delivered_at IS NOT NULL OR failed_at IS NOT NULL) AND COALESCE(delivered_at, failed_at) < $1
         RETURNING id`,
        [before],
      );
      return rows.length;
    },
    async idle() {
      while (running) await running.catch(() => undefined);
      // Something enqueued after the last claim (another request's commit) is delivered too.
      if ((await drain().catch(() => 0)) > 0) await this.idle();
    },
  };
}
