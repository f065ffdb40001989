import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase, testBackends } from '../storage/test-database.js';
import { invitedUser, linkToken, registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { TestClient, type TestClock, testServer } from '../testing/test-server.js';

describe.each(testBackends)('e-mail change on %s', (backend) => {
  let db: Database;
  let app: GatehouseApp;
  let clock: TestClock;
  let lastMessage: (to: string) => Promise<{ subject: string; body: string } | undefined>;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    ({ app, clock, lastMessage } = await testServer(db));
  }, 120_000);
  afterAll(async () => {
    app?.stop();
    await app?.idle();
    await db?.close();
  });

  /** Every message in the outbox to `to`, oldest first. */
  const messagesTo = async (to: string) => {
    await app.idle();
    return db.query<{ subject: string; body: string }>(
      'SELECT subject, body FROM outbox WHERE recipient = $1 ORDER BY id',
      [to],
    );
  };
  const emailOf = async (id: string) =>
    (await db.query<{ email: string }>('SELECT email FROM accounts WHERE id = $1', [id]))[0]?.email;
  const accountId = async (client: TestClient) =>
    (await client.get('/session')).json.session.user.id as string;
  const login = (email: string, password = TEST_PASSWORD) =>
    new TestClient(app).post('/session', { email, password });

  it('changes nothing until the new address is confirmed; then the address changes, other sessions end, the old address hears of it', async () => {
    const ada = await registerSuperAdmin(app, lastMessage, 'ada@change-corp.test', 'Change Corp');
    const id = await accountId(ada);
    // A second browser of the same person: it is signed out by the confirmation.
    const phone = new TestClient(app);
    expect(
      (await phone.post('/session', { email: 'ada@change-corp.test', password: TEST_PASSWORD })).status,
    ).toBe(200);

    const asked = await ada.post('/email-change', {
      newEmail: 'ada.lovelace@change-corp.test',
      currentPassword: TEST_PASSWORD,
    });
    expect(asked.status).toBe(202);
    expect(Object.keys(asked.json)).toEqual(['confirmationExpiresAt']);
    expect(new Date(asked.json.confirmationExpiresAt).getTime()).toBe(clock.now().getTime() + 24 * 3600_000);

    // Nothing changed yet: the old address still signs in, the new one does not.
    expect(await emailOf(id)).toBe('ada@change-corp.test');
    expect((await login('ada@change-corp.test')).status).toBe(200);
    expect((await login('ada.lovelace@change-corp.test')).status).toBe(401);
    // (The sign-in check above also mailed a new-browser alert; the notice came before it.)
    const notice = (await messagesTo('ada@change-corp.test')).find(
      (m) => m.subject === 'A change of your e-mail address was requested',
    );
    expect(notice?.subject).toBe('A change of your e-mail address was requested');
    expect(notice?.body).toContain('a…@change-corp.test');
    expect(notice?.body).toContain('Then change your password');
    const link = await lastMessage('ada.lovelace@change-corp.test');
    expect(link?.subject).toBe('Confirm your new e-mail address');
    expect(link?.body).toMatch(/http:\/\/localhost:3000\/email-change\.html\?token=/);

    // Opened in the browser that asked: it stays signed in, the other one ends.
    const token = await linkToken(lastMessage, 'ada.lovelace@change-corp.test');
    const confirmed = await ada.post('/email-change/confirm', { token });
    expect(confirmed.status).toBe(200);
    // Two other sessions: the phone and the check above that the old address still signed in.
    expect(confirmed.json).toEqual({ email: 'ada.lovelace@change-corp.test', endedSessions: 2 });
    expect(await emailOf(id)).toBe('ada.lovelace@change-corp.test');
    expect((await ada.get('/session')).json.session.user.email).toBe('ada.lovelace@change-corp.test');
    expect((await phone.get('/session')).json.session).toBeNull();

    const security = await lastMessage('ada@change-corp.test');
    expect(security?.subject).toBe('Your e-mail address was changed');
    expect(security?.body).toContain('a…@change-corp.test');
    expect(security?.body).toContain('If this was not you');
    // The new address got the link and nothing else.
    expect((await messagesTo('ada.lovelace@change-corp.test')).map((m) => m.subject)).toEqual([
      'Confirm your new e-mail address',
    ]);

    expect((await login('ada.lovelace@change-corp.test')).status).toBe(200);
    expect((await login('ada@change-corp.test')).status).toBe(401);
    const events = await db.query<{ event: string }>(
      "SELECT event FROM audit_events WHERE subject = $1 AND event LIKE 'email-change%' ORDER BY id",
      [id],
    );
    expect(events.map((e) => e.event)).toEqual(['email-change-requested', 'email-changed']);

    // The link is single use.
    expect((await ada.post('/email-change/confirm', { token })).json.error.code).toBe('invalid-token');
  });

  it('writes every message in the account language (German)', async () => {
    const bea = await registerSuperAdmin(app, lastMessage, 'bea@deutsch-gmbh.test', 'Deutsch GmbH');
    expect((await bea.request('PUT', '/preferences', { locale: 'de' })).status).toBe(200);
    expect(
      (
        await bea.post('/email-change', {
          newEmail: 'bea.neu@deutsch-gmbh.test',
          currentPassword: TEST_PASSWORD,
        })
      ).status,
    ).toBe(202);
    expect((await lastMessage('bea@deutsch-gmbh.test'))?.subject).toBe(
      'Eine Änderung Ihrer E-Mail-Adresse wurde angefordert',
    );
    expect((await lastMessage('bea.neu@deutsch-gmbh.test'))?.subject).toBe(
      'Bestätigen Sie Ihre neue E-Mail-Adresse',
    );
    // Confirmed from another browser (no session): every session of the account ends.
    const token = await linkToken(lastMessage, 'bea.neu@deutsch-gmbh.test');
    const confirmed = await new TestClient(app).post('/email-change/confirm', { token });
    expect(confirmed.json).toEqual({ email: 'bea.neu@deutsch-gmbh.test', endedSessions: 1 });
    expect((await bea.get('/session')).json.session).toBeNull();
    const security = await lastMessage('bea@deutsch-gmbh.test');
    expect(security?.subject).toBe('Ihre E-Mail-Adresse wurde geändert');
    expect(security?.body).toContain('Wenn Sie das nicht waren');
  });

  it('refuses bad input naming the field, and needs a session', async () => {
    const cy = await registerSuperAdmin(app, lastMessage, 'cy@input-corp.test', 'Input Corp');
    const refused = async (body: unknown) => {
      const answer = await cy.post('/email-change', body);
      expect(answer.status).toBe(422);
      return answer.json.error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`);
    };
    expect(await refused({ currentPassword: TEST_PASSWORD })).toEqual(['/newEmail required']);
    expect(await refused({ newEmail: 'cy@input-corp.test' })).toEqual(['/currentPassword required']);
    expect(await refused({ newEmail: 'not an address', currentPassword: TEST_PASSWORD })).toEqual([
      expect.stringMatching(/^\/newEmail /),
    ]);
    // The registration's business e-mail policy: no free mail, no role mailboxes.
    expect(await refused({ newEmail: 'cy@gmail.com', currentPassword: TEST_PASSWORD })).toEqual([
      '/newEmail free-provider',
    ]);
    expect(await refused({ newEmail: 'info@input-corp.test', currentPassword: TEST_PASSWORD })).toEqual([
      '/newEmail generic-role',
    ]);
    // Another company's domain: registration would make it another company.
    const other = await cy.post('/email-change', {
      newEmail: 'cy@other-corp.test',
      currentPassword: TEST_PASSWORD,
    });
    expect(other.json.error.issues).toEqual([
      { path: '/newEmail', code: 'company-domain', params: { domain: 'input-corp.test' } },
    ]);
    expect(await refused({ newEmail: 'CY@Input-Corp.test', currentPassword: TEST_PASSWORD })).toEqual([
      '/newEmail same-email',
    ]);
    expect((await cy.request('POST', '/email-change', '{"newEmail":')).status).toBe(400);
    expect((await new TestClient(app).post('/email-change', { newEmail: 'x@input-corp.test' })).status).toBe(
      401,
    );
    expect((await cy.post('/email-change/confirm', {})).json.error.issues[0]).toMatchObject({
      path: '/token',
      code: 'required',
    });
    expect((await cy.post('/email-change/confirm', { token: 'x'.repeat(201) })).status).toBe(422);
    expect((await cy.post('/email-change/confirm', { token: 'made-up' })).json.error.code).toBe(
      'invalid-token',
    );
    expect(await messagesTo('cy@other-corp.test')).toEqual([]);
  });

  it('counts a wrong password like a login: refused, audited, nothing sent, locked after five', async () => {
    const dee = await registerSuperAdmin(app, lastMessage, 'dee@guess-corp.test', 'Guess Corp');
    const id = await accountId(dee);
    const before = (await messagesTo('dee@guess-corp.test')).length;
    const wrong = await dee.post('/email-change', {
      newEmail: 'dee2@guess-corp.test',
      currentPassword: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error.code).toBe('invalid-current-password');
    const failed = await db.query(
      "SELECT 1 FROM audit_events WHERE event = 'email-change-failed' AND subject = $1",
      [id],
    );
    expect(failed).toHaveLength(1);
    for (let i = 0; i < 4; i++)
      await dee.post('/email-change', { newEmail: 'dee2@guess-corp.test', currentPassword: 'nope' });
    const locked = await dee.post('/email-change', {
      newEmail: 'dee2@guess-corp.test',
      currentPassword: TEST_PASSWORD,
    });
    expect(locked.status).toBe(423);
    expect(locked.json.error.code).toBe('locked');
    expect(await messagesTo('dee2@guess-corp.test')).toEqual([]);
    expect((await messagesTo('dee@guess-corp.test')).length).toBe(before);
    expect(await emailOf(id)).toBe('dee@guess-corp.test');
  });

  it('gives an address that has an account the same answer; its owner, not the requester, is told', async () => {
    const eve = await registerSuperAdmin(app, lastMessage, 'eve@taken-corp.test', 'Taken Corp');
    const id = await accountId(eve);
    await invitedUser(app, lastMessage, eve, 'frank@taken-corp.test', ['support-cases']);
    const taken = await eve.post('/email-change', {
      newEmail: 'frank@taken-corp.test',
      currentPassword: TEST_PASSWORD,
    });
    const free = await eve.post('/email-change', {
      newEmail: 'eve.new@taken-corp.test',
      currentPassword: TEST_PASSWORD,
    });
    expect(taken.status).toBe(free.status);
    expect(Object.keys(taken.json)).toEqual(Object.keys(free.json));
    // The requester's own mailbox reads the same for both.
    const notices = (await messagesTo('eve@taken-corp.test')).slice(-2);
    expect(notices.map((m) => m.subject)).toEqual([
      'A change of your e-mail address was requested',
      'A change of your e-mail address was requested',
    ]);
    const owner = await lastMessage('frank@taken-corp.test');
    expect(owner?.subject).toBe('Someone tried to move a portal account to your address');
    expect(owner?.body).not.toMatch(/token=/);
    // The newer request replaced the older one; neither moved the account onto Frank's address.
    expect(await emailOf(id)).toBe('eve@taken-corp.test');
    const rows = await db.query<{ token_hash: string | null }>(
      'SELECT token_hash FROM email_changes WHERE account_id = $1 ORDER BY created_at, id',
      [id],
    );
    expect(rows.filter((r) => r.token_hash !== null)).toHaveLength(1);
  });

  it('refuses an expired, a used, a replaced link and one cancelled by a password change', async () => {
    const gus = await registerSuperAdmin(app, lastMessage, 'gus@links-corp.test', 'Links Corp');
    const id = await accountId(gus);
    const ask = async (newEmail: string) => {
      expect((await gus.post('/email-change', { newEmail, currentPassword: TEST_PASSWORD })).status).toBe(
        202,
      );
      return linkToken(lastMessage, newEmail);
    };
    const expired = await ask('gus.one@links-corp.test');
    clock.advance(24 * 3600_000 + 1);
    // The day also ended the session: sign in again.
    expect(
      (await gus.post('/session', { email: 'gus@links-corp.test', password: TEST_PASSWORD })).status,
    ).toBe(200);
    const late = await gus.post('/email-change/confirm', { token: expired });
    expect(late.status).toBe(410);
    expect(late.json.error.code).toBe('expired-token');

    const first = await ask('gus.two@links-corp.test');
    const second = await ask('gus.three@links-corp.test');
    expect((await gus.post('/email-change/confirm', { token: first })).json.error.code).toBe('invalid-token');

    // The owner's answer to a notice they did not expect: a new password cancels the open change.
    expect(
      (
        await gus.post('/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'another long passphrase 77',
        })
      ).status,
    ).toBe(204);
    expect((await gus.post('/email-change/confirm', { token: second })).json.error.code).toBe(
      'invalid-token',
    );
    expect(await emailOf(id)).toBe('gus@links-corp.test');
  });

  it('refuses the link when another account took the address in the meantime', async () => {
    const hal = await registerSuperAdmin(app, lastMessage, 'hal@race-corp.test', 'Race Corp');
    const id = await accountId(hal);
    expect(
      (await hal.post('/email-change', { newEmail: 'ivy@race-corp.test', currentPassword: TEST_PASSWORD }))
        .status,
    ).toBe(202);
    const token = await linkToken(lastMessage, 'ivy@race-corp.test');
    await invitedUser(app, lastMessage, hal, 'ivy@race-corp.test', ['support-cases']);
    const answer = await hal.post('/email-change/confirm', { token });
    expect(answer.status).toBe(409);
    expect(answer.json.error.code).toBe('email-taken');
    expect(await emailOf(id)).toBe('hal@race-corp.test');
  });

  it('deleting the account later leaves nothing under the address it had before', async () => {
    const kim = await registerSuperAdmin(app, lastMessage, 'kim@former-corp.test', 'Former Corp');
    expect(
      (
        await kim.post('/email-change', {
          newEmail: 'kim.new@former-corp.test',
          currentPassword: TEST_PASSWORD,
        })
      ).status,
    ).toBe(202);
    const token = await linkToken(lastMessage, 'kim.new@former-corp.test');
    expect((await kim.post('/email-change/confirm', { token })).status).toBe(200);
    expect((await kim.post('/account/deletion', { password: TEST_PASSWORD, understood: true })).status).toBe(
      200,
    );
    await app.idle();
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const left: string[] = [];
    for (const { table_name } of tables) {
      for (const row of await db.query<Record<string, unknown>>(`SELECT * FROM "${table_name}"`)) {
        // The deletion's own confirmation goes to the address the account had last.
        if (JSON.stringify(row).includes('kim@former-corp.test')) left.push(table_name);
      }
    }
    expect(left).toEqual([]);
  });

  /** The token of the "this was not me" link in the last notice to `to`. */
  const cancelToken = async (to: string) => {
    const body = (await messagesTo(to)).filter((m) => /email-change-cancel\.html/.test(m.body)).at(-1)?.body;
    const token = /email-change-cancel\.html\?token=([\w%-]+)/.exec(body ?? '')?.[1];
    if (!token) throw new Error(`no cancel link in the mail to ${to}`);
    return decodeURIComponent(token);
  };

  it('"this was not me": the notice’s single-use link cancels the change, ends the other sessions and is audited; the confirmation link then says so', async () => {
    const lou = await registerSuperAdmin(app, lastMessage, 'lou@stop-corp.test', 'Stop Corp');
    const id = await accountId(lou);
    // The intruder's browser, signed in with the stolen password, asks for the change.
    const intruder = new TestClient(app);
    expect(
      (await intruder.post('/session', { email: 'lou@stop-corp.test', password: TEST_PASSWORD })).status,
    ).toBe(200);
    expect(
      (
        await intruder.post('/email-change', {
          newEmail: 'mallory@stop-corp.test',
          currentPassword: TEST_PASSWORD,
        })
      ).status,
    ).toBe(202);
    const confirmToken = await linkToken(lastMessage, 'mallory@stop-corp.test');
    const notice = (await messagesTo('lou@stop-corp.test')).at(-1);
    expect(notice?.subject).toBe('A change of your e-mail address was requested');
    expect(notice?.body).toContain('If this was not you, cancel the change with this link');
    expect(notice?.body).toMatch(/http:\/\/localhost:3000\/email-change-cancel\.html\?token=/);
    const token = await cancelToken('lou@stop-corp.test');
    // The notice never carries the confirmation link, and the cancel token is stored hashed only.
    expect(notice?.body).not.toContain(encodeURIComponent(confirmToken));
    const stored = await db.query<{ cancel_token_hash: string }>(
      'SELECT cancel_token_hash FROM email_changes WHERE account_id = $1',
      [id],
    );
    expect(stored[0]?.cancel_token_hash).toMatch(/\S/);
    expect(JSON.stringify(stored)).not.toContain(token);

    // The owner opens it in their own browser: it stays signed in, the intruder's ends.
    const cancelled = await lou.post('/email-change/cancel', { token });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toEqual({ endedSessions: 1 });
    expect((await intruder.get('/session')).json.session).toBeNull();
    expect((await lou.get('/session')).json.session.user.email).toBe('lou@stop-corp.test');
    expect(await emailOf(id)).toBe('lou@stop-corp.test');

    // The link to the new address now fails, saying why.
    const late = await new TestClient(app).post('/email-change/confirm', { token: confirmToken });
    expect(late.status).toBe(410);
    expect(late.json.error.code).toBe('email-change-cancelled');
    expect(await emailOf(id)).toBe('lou@stop-corp.test');

    // Single use.
    expect((await lou.post('/email-change/cancel', { token })).json.error.code).toBe('invalid-token');
    const events = await db.query<{ event: string }>(
      "SELECT event FROM audit_events WHERE subject = $1 AND event LIKE 'email-change%' ORDER BY id",
      [id],
    );
    expect(events.map((e) => e.event)).toEqual(['email-change-requested', 'email-change-cancelled']);
  });

  it('"this was not me" works the same when the new address has an account, in German, and not after the link expired or the change was confirmed', async () => {
    const max = await registerSuperAdmin(app, lastMessage, 'max@halt-gmbh.test', 'Halt GmbH');
    expect((await max.request('PUT', '/preferences', { locale: 'de' })).status).toBe(200);
    const id = await accountId(max);
    await invitedUser(app, lastMessage, max, 'nora@halt-gmbh.test', ['support-cases']);
    // Taken address: the same notice with a working cancel link (the requester learns nothing from it).
    expect(
      (await max.post('/email-change', { newEmail: 'nora@halt-gmbh.test', currentPassword: TEST_PASSWORD }))
        .status,
    ).toBe(202);
    const notice = (await messagesTo('max@halt-gmbh.test')).at(-1);
    expect(notice?.body).toContain('Wenn Sie das nicht waren, verwerfen Sie die Änderung mit diesem Link');
    const taken = await new TestClient(app).post('/email-change/cancel', {
      token: await cancelToken('max@halt-gmbh.test'),
    });
    expect(taken.status).toBe(200);
    expect(taken.json).toEqual({ endedSessions: 1 });

    // Expired with the change's link.
    await max.post('/session', { email: 'max@halt-gmbh.test', password: TEST_PASSWORD });
    expect(
      (
        await max.post('/email-change', {
          newEmail: 'max.neu@halt-gmbh.test',
          currentPassword: TEST_PASSWORD,
        })
      ).status,
    ).toBe(202);
    const old = await cancelToken('max@halt-gmbh.test');
    clock.advance(24 * 3600_000 + 1);
    const expired = await new TestClient(app).post('/email-change/cancel', { token: old });
    expect(expired.status).toBe(410);
    expect(expired.json.error.code).toBe('expired-token');

    // Confirmed first: the cancel link cannot undo it, and says so.
    await max.post('/session', { email: 'max@halt-gmbh.test', password: TEST_PASSWORD });
    expect(
      (
        await max.post('/email-change', {
          newEmail: 'max.neu@halt-gmbh.test',
          currentPassword: TEST_PASSWORD,
        })
      ).status,
    ).toBe(202);
    const afterwards = await cancelToken('max@halt-gmbh.test');
    const confirm = await linkToken(lastMessage, 'max.neu@halt-gmbh.test');
    expect((await max.post('/email-change/confirm', { token: confirm })).status).toBe(200);
    const tooLate = await new TestClient(app).post('/email-change/cancel', { token: afterwards });
    expect(tooLate.status).toBe(409);
    expect(tooLate.json.error.code).toBe('email-change-confirmed');
    expect(await emailOf(id)).toBe('max.neu@halt-gmbh.test');
  });

  it('"this was not me" refuses garbage naming the field', async () => {
    const client = new TestClient(app);
    for (const [body, code] of [
      [{}, 'required'],
      [{ token: 7 }, 'type'],
      [{ token: 'x'.repeat(201) }, 'maxLength'],
    ] as const) {
      const answer = await client.post('/email-change/cancel', body);
      expect(answer.status).toBe(422);
      expect(answer.json.error.issues[0]).toMatchObject({ path: '/token', code });
    }
    expect((await client.post('/email-change/cancel', { token: 'unknown' })).json.error.code).toBe(
      'invalid-token',
    );
  });

  it('is rate limited per account', async () => {
    const { app: tight, lastMessage: mail } = await testServer(db, {
      policies: { accountLimit: { max: 2, windowMs: 60_000 } },
    });
    try {
      const jo = await registerSuperAdmin(tight, mail, 'jo@limit-corp.test', 'Limit Corp');
      const body = { newEmail: 'jo2@limit-corp.test', currentPassword: TEST_PASSWORD };
      expect((await jo.post('/email-change', body)).status).toBe(202);
      expect((await jo.post('/email-change', body)).status).toBe(202);
      const third = await jo.post('/email-change', body);
      expect(third.status).toBe(429);
      expect(third.json.error.code).toBe('rate-limited');
    } finally {
      tight.stop();
      await tight.idle();
    }
  });
});
