import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { openTestDatabase, testBackends } from '../storage/test-database.js';
import { registrationBody, TestClient, testServer } from '../testing/test-server.js';
import { createMailQueue } from './mail-queue.js';
import type { Messenger, OutgoingMessage } from './messenger.js';

/** A messenger that records what it sends, and can be "down" (SMTP refusing connections). */
function recordingMessenger() {
  const sent: OutgoingMessage[] = [];
  const state = { down: false };
  const messenger: Messenger = {
    describe: 'test',
    async send(message) {
      if (state.down) throw new Error('connect ECONNREFUSED 127.0.0.1:25');
      sent.push(message);
    },
  };
  return { messenger, sent, state };
}

describe.each(testBackends)('mail outbox on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('SMTP down: the confirmation is kept and delivered later, once', async () => {
    const mail = recordingMessenger();
    const { app, clock } = await testServer(db, {
      messenger: mail.messenger,
      onDeliveryError: () => undefined,
    });
    mail.state.down = true;
    const answer = await new TestClient(app).post('/registrations', registrationBody('smtp.down@acme.test'));
    expect(answer.status).toBe(202);
    await app.idle();
    expect(mail.sent).toEqual([]);
    const [queued] = await db.query<{ attempts: number; last_error: string }>(
      "SELECT attempts, last_error FROM mail_queue WHERE recipient = 'smtp.down@acme.test'",
    );
    expect(queued).toMatchObject({ attempts: 1, last_error: expect.stringContaining('ECONNREFUSED') });
    mail.state.down = false;
    clock.advance(31_000);
    await app.maintain();
    await app.idle();
    await app.maintain();
    expect(mail.sent.map((m) => m.to)).toEqual(['smtp.down@acme.test']);
    app.stop();
  });

  it('the message row commits with the registration: a process that dies before sending loses nothing', async () => {
    const stuck: Messenger = { describe: 'stuck', send: () => new Promise(() => undefined) };
    const first = await testServer(db, { messenger: stuck });
    const answer = await new TestClient(first.app).post(
      '/registrations',
      registrationBody('crash@acme.test'),
    );
    expect(answer.status).toBe(202);
    const rows = await db.query<{ delivered_at: Date | null }>(
      "SELECT delivered_at FROM mail_queue WHERE recipient = 'crash@acme.test'",
    );
    expect(rows).toEqual([{ delivered_at: null }]);
    first.app.stop();
    // Another process takes over once the dead worker's lease has run out.
    const mail = recordingMessenger();
    const second = await testServer(db, {
      messenger: mail.messenger,
      now: () => new Date(Date.now() + 61_000),
    });
    await second.app.maintain();
    await second.app.idle();
    expect(mail.sent.filter((m) => m.to === 'crash@acme.test')).toHaveLength(1);
    second.app.stop();
  });

  it('two workers draining one queue at once deliver each message exactly once', async () => {
    const now = () => new Date();
    const a = recordingMessenger();
    const b = recordingMessenger();
    const queueA = createMailQueue(db, { messenger: a.messenger, now, onError: () => undefined });
    const queueB = createMailQueue(db, { messenger: b.messenger, now, onError: () => undefined });
    const messages = Array.from({ length: 30 }, (_, i) => ({
      channel: 'email' as const,
      to: `many${i}@acme.test`,
      subject: 'hello',
      text: 'once',
    }));
    await db.transaction((tx) => queueA.enqueue(tx, messages));
    await Promise.all([queueA.drain(), queueB.drain(), queueA.drain(), queueB.drain()]);
    const delivered = [...a.sent, ...b.sent].map((m) => m.to).filter((to) => to.startsWith('many'));
    expect(delivered.sort()).toEqual(messages.map((m) => m.to).sort());
  });

  it('a rolled-back change mails nobody', async () => {
    const queue = createMailQueue(db, {
      messenger: recordingMessenger().messenger,
      now: () => new Date(),
      onError: () => undefined,
    });
    await expect(
      db.transaction(async (tx) => {
        await queue.enqueue(tx, [{ channel: 'email', to: 'rollback@acme.test', subject: 's', text: 't' }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.query("SELECT id FROM mail_queue WHERE recipient = 'rollback@acme.test'")).toEqual([]);
  });

  it('delivered and given-up mail is pruned after the retention period; due mail never is', async () => {
    const mail = recordingMessenger();
    const { app, clock } = await testServer(db, {
      messenger: mail.messenger,
      onDeliveryError: () => undefined,
      policies: { mailRetentionMs: 7 * 86_400_000 },
    });
    await new TestClient(app).post('/registrations', registrationBody('kept.short@acme.test'));
    await app.idle();
    mail.state.down = true;
    await new TestClient(app).post('/registrations', registrationBody('still.due@acme.test'));
    await app.idle();
    const rows = () =>
      db.query<{ recipient: string }>(
        "SELECT recipient FROM mail_queue WHERE recipient IN ('kept.short@acme.test', 'still.due@acme.test') ORDER BY recipient",
      );
    clock.advance(6 * 86_400_000);
    await app.maintain();
    expect((await rows()).map((r) => r.recipient)).toEqual(['kept.short@acme.test', 'still.due@acme.test']);
    clock.advance(2 * 86_400_000);
    await app.maintain();
    // The delivered confirmation is gone; the one SMTP never took is still waiting for its retry.
    expect((await rows()).map((r) => r.recipient)).toEqual(['still.due@acme.test']);
    expect(await db.query("SELECT to_regclass('rate_limits') AS t")).toEqual([{ t: null }]);
    app.stop();
  });
});
