import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { refuseMail } from '../testing/refuse-mail.js';
import {
  REVIEWER,
  registrationBody,
  TestClient,
  type TestClock,
  testServer,
} from '../testing/test-server.js';

/**
 * Every message is written in the transaction of the change it reports. With the outbox refusing rows (a
 * trigger stands in for a failing insert), a request that mails must change nothing: no code nobody received,
 * no invitation nobody was told about, no confirmation link replaced by one that never went out.
 */

let db: Database;
let app: GatehouseApp;
let clock: TestClock;
let lastMessage: (to: string) => Promise<{ body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, clock, lastMessage } = await testServer(db, { onDeliveryError: () => undefined }));
}, 120_000);
afterAll(async () => {
  app?.stop();
  await app?.idle();
  await db?.close();
});

const PASSWORD = 'correct horse battery staple 42';

/** Registers, confirms, approves and logs in `email`; returns the logged-in client. */
async function activeUser(email: string) {
  const user = new TestClient(app);
  await user.post('/registrations', registrationBody(email));
  const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  const { json } = await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' });
  const otp = /One-time password: (\S+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  await user.post('/session', { email, password: otp });
  await user.post('/session/password', { newPassword: PASSWORD });
  return user;
}

const count = async (sql: string, params: unknown[] = []) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]?.n;

describe('mail is written with the change it reports', () => {
  it('reset, invitation, MFA and phone codes, and a resent confirmation change nothing when their mail cannot be queued', async () => {
    const user = await activeUser('ada@mail-tx.example.com');
    const pending = new TestClient(app);
    const registered = await pending.post('/registrations', registrationBody('late@mail-tx.example.com'));
    const [before] = await db.query<{ token_hash: string }>(
      'SELECT token_hash FROM registrations WHERE id = $1',
      [registered.json.id],
    );
    clock.advance(61_000);
    await refuseMail(db, true);
    try {
      const reset = await new TestClient(app).post('/password-reset', { email: 'ada@mail-tx.example.com' });
      expect(reset.status).toBe(500);
      expect(await count("codes WHERE purpose = 'reset'")).toBe(0);

      const invited = await user.post('/invitations', {
        email: 'bob@mail-tx.example.com',
        givenName: 'Bob',
        familyName: 'Builder',
        roles: ['rma'],
      });
      expect(invited.status).toBe(500);
      expect(await count('invitations')).toBe(0);

      const mfa = await user.post('/mfa/email', {});
      expect(mfa.status).toBe(500);
      const phone = await user.post('/profile/phone', { phone: '+44 20 7946 0958' });
      expect(phone.status).toBe(500);
      expect(await count("codes WHERE purpose IN ('email-enrollment', 'phone')")).toBe(0);

      const resent = await pending.post(`/registrations/${registered.json.id}/resend`, {});
      expect(resent.status).toBe(500);
      const [after] = await db.query<{ token_hash: string }>(
        'SELECT token_hash FROM registrations WHERE id = $1',
        [registered.json.id],
      );
      // The link already in the person's inbox still works.
      expect(after?.token_hash).toBe(before?.token_hash);
    } finally {
      await refuseMail(db, false);
    }
    // With the outbox back, the same requests go through and their mail is queued with them.
    expect(
      (await new TestClient(app).post('/password-reset', { email: 'ada@mail-tx.example.com' })).status,
    ).toBe(202);
    expect(
      await count("mail_queue WHERE recipient = 'ada@mail-tx.example.com' AND subject LIKE '%reset%'"),
    ).toBe(1);
  });
});
