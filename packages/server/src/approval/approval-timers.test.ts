import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { openTestDatabase, testBackends } from '../storage/test-database.js';
import { REVIEWER, registrationBody, TestClient, testServer } from '../testing/test-server.js';

/**
 * The server runs the approval machine's own SLA and reminder timers (restored from the stored snapshot and told
 * the time), with the policy it was configured with, and every due reminder goes out once however many processes
 * run the maintenance at the same time.
 */
describe.each(testBackends)('approval timers on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const start = { t: Date.parse('2026-03-02T09:00:00Z') };
  /** Two server processes on one database, sharing one clock. */
  async function twoProcesses() {
    let now = start.t;
    const clock = () => new Date(now);
    const policies = { approvalReminderIntervalMs: 3600_000, approvalMaxReminders: 2 };
    const a = await testServer(db, { now: clock, policies, maintenanceIntervalMs: 0 });
    const b = await testServer(db, { now: clock, policies, maintenanceIntervalMs: 0 });
    return {
      a: a.app,
      b: b.app,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  async function confirmed(app: Awaited<ReturnType<typeof twoProcesses>>['a'], email: string) {
    const user = new TestClient(app);
    const { json } = await user.post('/registrations', registrationBody(email));
    await app.idle();
    const [mail] = await db.query<{ body: string }>(
      'SELECT body FROM mail_queue WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
      [email],
    );
    const token = /token=([\w%-]+)/.exec(mail?.body ?? '')?.[1] as string;
    await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
    return json.id as string;
  }

  const reminders = async (id: string) =>
    (
      await db.query<{ level: number }>(
        "SELECT (detail->>'level')::int AS level FROM audit_events WHERE event = 'approval-reminder' AND subject = $1 ORDER BY id",
        [id],
      )
    ).map((r) => r.level);

  it('each due reminder goes out once with two processes maintaining at once, at the configured interval and limit', async () => {
    const { a, b, advance } = await twoProcesses();
    const id = await confirmed(a, 'timers.once@acme-timers.test');
    await Promise.all([a.maintain(), b.maintain()]);
    expect(await reminders(id)).toEqual([]);
    advance(24 * 3600_000 + 1000);
    await Promise.all([a.maintain(), b.maintain(), a.maintain()]);
    expect(await reminders(id)).toEqual([1]);
    advance(30 * 60_000);
    await Promise.all([a.maintain(), b.maintain()]);
    expect(await reminders(id)).toEqual([1]);
    advance(31 * 60_000);
    await Promise.all([a.maintain(), b.maintain()]);
    expect(await reminders(id)).toEqual([1, 2]);
    advance(5 * 3600_000);
    await Promise.all([a.maintain(), b.maintain()]);
    // approvalMaxReminders: 2 — the machine goes quiet.
    expect(await reminders(id)).toEqual([1, 2]);
    const [row] = await db.query<{ snapshot: { context: { remindersSent: number; overdue: boolean } } }>(
      'SELECT snapshot FROM registrations WHERE id = $1',
      [id],
    );
    expect(row?.snapshot.context).toMatchObject({ remindersSent: 2, overdue: true });
    const mails = await db.query<{ subject: string }>(
      "SELECT subject FROM mail_queue WHERE recipient = $1 AND subject LIKE 'Overdue registration%' AND body LIKE $2 ORDER BY id",
      [REVIEWER.email, '%timers.once@acme-timers.test%'],
    );
    expect(mails.map((m) => m.subject)).toEqual([
      'Overdue registration (reminder 1)',
      'Overdue registration (reminder 2)',
    ]);
    a.stop();
    b.stop();
  });

  it('an approval whose credentials could not be issued keeps its SLA deadline and is escalated', async () => {
    const { a, advance } = await twoProcesses();
    const id = await confirmed(a, 'timers.fail@acme-timers.test');
    // The address gets an account meanwhile: issuing credentials fails, the machine returns to review.
    await db.query(
      `INSERT INTO accounts (id, email, given_name, family_name, roles, status, password_hash, pin_secret, created_at)
       VALUES ('acc_timers_fail', 'timers.fail@acme-timers.test', 'T', 'F', '{}', 'active', NULL, 'x', now())`,
    );
    advance(20 * 3600_000);
    const reviewer = new TestClient(a);
    await reviewer.post('/session', REVIEWER);
    const failed = await reviewer.post(`/approvals/${id}/decisions`, { action: 'approve' });
    expect(failed.json.error.issues).toContainEqual(expect.objectContaining({ code: 'account-exists' }));
    advance(4 * 3600_000 + 1000);
    await a.maintain();
    expect(await reminders(id)).toEqual([1]);
    a.stop();
  });
});
