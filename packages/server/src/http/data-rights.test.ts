import { base32Decode, generateTotp } from '@gatehouse/rules/otp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase, testBackends } from '../storage/test-database.js';
import { invitedUser, linkToken, registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { REVIEWER, TestClient, type TestClock, testServer } from '../testing/test-server.js';

/** Every text and JSON value of every table, as `table: row-json` lines (the whole database, new tables included). */
async function everyRow(db: Database): Promise<string[]> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const lines: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.query<Record<string, unknown>>(`SELECT * FROM "${table_name}"`);
    for (const row of rows) lines.push(`${table_name}: ${JSON.stringify(row)}`);
  }
  return lines;
}

describe.each(testBackends)('data rights on %s', (backend) => {
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

  const totp = (secret: string) => {
    const bytes = base32Decode(secret);
    if (!bytes.ok) throw new Error('bad secret');
    return generateTotp({ secret: bytes.value, time: clock.now().getTime() });
  };

  /** A Super Admin with a name of their own, the authenticator app, a verified phone, a support case and an RMA. */
  async function richPerson(
    email: string,
    domain: string,
    company: string,
    name: [string, string],
    phone: string,
  ) {
    const user = await registerSuperAdmin(app, lastMessage, email, company);
    const id = (await user.get('/session')).json.session.user.id as string;
    await user.request('PATCH', '/profile', {
      givenName: name[0],
      familyName: name[1],
      jobTitle: 'Buyer',
    });
    const phoneStart = await user.post('/profile/phone', { phone });
    const sms = /(\d{6})/.exec((await lastMessage(phone.replaceAll(' ', '')))?.body ?? '')?.[1];
    expect(
      (await user.post(`/profile/phone/${phoneStart.json.verificationId}/confirm`, { code: sms })).status,
    ).toBe(200);
    const started = await user.post('/mfa/totp');
    const confirmed = await user.post(`/mfa/totp/${started.json.enrollmentId}/confirm`, {
      code: await totp(started.json.secret),
    });
    expect(confirmed.status).toBe(200);
    const created = await user.post('/support/cases', {
      environment: 'production',
      subject: 'Cluster node reboots',
      description: 'Node 3 reboots every night.',
    });
    expect(created.status).toBe(201);
    await user.post(`/support/cases/${created.json.caseId}/comments`, { body: 'Also node 4.' });
    const importer = new TestClient(app);
    await importer.post('/session', REVIEWER);
    await importer.post('/devices', {
      devices: [{ serial: `SN-${domain.length}0000`, companyDomain: domain, purchaseDate: '2024-05-01' }],
    });
    const rma = await user.post('/rma', {
      serialNumber: `SN-${domain.length}0000`,
      description: 'Fans fail after a firmware update.',
      deliveryAddress: {
        company,
        street: '1 Engine Way',
        postalCode: '10115',
        city: 'Berlin',
        country: 'DE',
      },
      addressConfirmed: true,
    });
    expect(rma.status).toBe(201);
    return {
      user,
      id,
      secret: started.json.secret as string,
      recoveryCodes: confirmed.json.recoveryCodes as string[],
    };
  }

  it('exports everything held about the person as a JSON download, and not one secret', async () => {
    const email = 'zelda@export-corp.com';
    const { user, id, secret, recoveryCodes } = await richPerson(
      email,
      'export-corp.com',
      'Export Corp',
      ['Yara', 'Pemberton'],
      '+49 30 901820',
    );
    const answer = await user.get('/account/export');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = answer.json;
    expect(data.account).toMatchObject({
      id,
      email,
      givenName: 'Yara',
      familyName: 'Pemberton',
      phone: '+4930901820',
      roles: ['super-admin'],
    });
    expect(data.account.profile).toMatchObject({ jobTitle: 'Buyer' });
    expect(data.company).toMatchObject({ name: 'Export Corp', domain: 'export-corp.com' });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.devices.length).toBeGreaterThan(0);
    expect(data.mfa).toEqual({ passkeys: [], factors: ['totp'], recoveryCodesRemaining: 10 });
    expect(data.supportCases[0]).toMatchObject({ status: 'open', data: { subject: 'Cluster node reboots' } });
    expect(data.supportCases[0].comments[0]).toMatchObject({ body: 'Also node 4.' });
    expect(data.rmaRequests).toHaveLength(1);
    expect(data.registrations[0]).toMatchObject({ status: 'approved' });
    expect(data.auditEvents.map((e: { event: string }) => e.event)).toEqual(
      expect.arrayContaining(['registration-submitted', 'mfa-enrolled', 'phone-verified']),
    );

    // No secret, by value: the stored hashes and sealed seeds, the clear TOTP seed and recovery codes, the cookie.
    const text = answer.text;
    const [stored] = await db.query<{ password_hash: string; totp_secret: string; pin_secret: string }>(
      'SELECT password_hash, totp_secret, pin_secret FROM accounts WHERE id = $1',
      [id],
    );
    const hashes = await db.query<{ value: string }>(
      `SELECT code_hash AS value FROM recovery_codes WHERE account_id = $1
       UNION ALL SELECT token_hash FROM sessions WHERE account_id = $1
       UNION ALL SELECT code_hash FROM codes WHERE account_id = $1`,
      [id],
    );
    const secrets = [
      stored?.password_hash,
      stored?.totp_secret,
      stored?.pin_secret,
      secret,
      ...recoveryCodes,
      ...hashes.map((h) => h.value),
      ...[...user.cookies.values()],
      TEST_PASSWORD,
    ];
    expect(secrets.length).toBeGreaterThan(15);
    for (const value of secrets) expect(text).not.toContain(String(value));
    // …and by name: no member that would carry one.
    expect(text).not.toMatch(/"[^"]*(hash|secret|token|password|pin)[^"]*":/i);
  });

  it('lists the e-mail address changes: old and new address, when asked, when changed or cancelled; no token', async () => {
    const user = await registerSuperAdmin(app, lastMessage, 'otto@moving-corp.com', 'Moving Corp');
    const ask = async (newEmail: string) =>
      expect((await user.post('/email-change', { newEmail, currentPassword: TEST_PASSWORD })).status).toBe(
        202,
      );
    await ask('otto.new@moving-corp.com');
    const asked = clock.now().toISOString();
    clock.advance(60_000);
    const token = await linkToken(lastMessage, 'otto.new@moving-corp.com');
    expect((await user.post('/email-change/confirm', { token })).status).toBe(200);
    const changed = clock.now().toISOString();
    clock.advance(60_000);
    // A second one, stopped from the (now current) address's notice.
    await ask('otto.third@moving-corp.com');
    const cancel = /email-change-cancel\.html\?token=([\w%-]+)/.exec(
      (await lastMessage('otto.new@moving-corp.com'))?.body ?? '',
    )?.[1] as string;
    expect((await user.post('/email-change/cancel', { token: decodeURIComponent(cancel) })).status).toBe(200);
    const cancelled = clock.now().toISOString();

    const answer = await user.get('/account/export');
    expect(answer.status).toBe(200);
    expect(answer.json.account.email).toBe('otto.new@moving-corp.com');
    expect(answer.json.emailChanges).toEqual([
      {
        oldEmail: 'otto@moving-corp.com',
        newEmail: 'otto.new@moving-corp.com',
        requestedAt: asked,
        changedAt: changed,
        cancelledAt: null,
        linkExpiresAt: new Date(Date.parse(asked) + 24 * 3600_000).toISOString(),
      },
      {
        oldEmail: 'otto.new@moving-corp.com',
        newEmail: 'otto.third@moving-corp.com',
        requestedAt: cancelled,
        changedAt: null,
        cancelledAt: cancelled,
        linkExpiresAt: new Date(Date.parse(cancelled) + 24 * 3600_000).toISOString(),
      },
    ]);
    expect(answer.text).not.toContain(token);
    expect(answer.text).not.toContain(decodeURIComponent(cancel));
  });

  it('needs a session and is rate limited per account', async () => {
    expect((await new TestClient(app).get('/account/export')).status).toBe(401);
    expect((await new TestClient(app).get('/account/deletion')).status).toBe(401);
    expect(
      (await new TestClient(app).post('/account/deletion', { password: 'x', understood: true })).status,
    ).toBe(401);
    const strict = await testServer(db, { policies: { accountLimit: { max: 2, windowMs: 60_000 } } });
    const user = await registerSuperAdmin(app, lastMessage, 'zelda@limit-corp.com', 'Limit Corp');
    const same = new TestClient(strict.app);
    for (const [k, v] of user.cookies) same.cookies.set(k, v);
    expect((await same.get('/account/export')).status).toBe(200);
    expect((await same.get('/account/export')).status).toBe(200);
    const third = await same.get('/account/export');
    expect(third.status).toBe(429);
    expect(third.json.error.code).toBe('rate-limited');
    strict.app.stop();
    await strict.app.idle();
  });

  it('deletes only with the password of this request; a wrong one changes nothing and counts towards the lockout', async () => {
    const email = 'zelda@wrong-corp.com';
    const user = await registerSuperAdmin(app, lastMessage, email, 'Wrong Corp');
    const missing = await user.post('/account/deletion', { password: TEST_PASSWORD });
    expect(missing.status).toBe(422);
    expect(missing.json.error.issues).toEqual([expect.objectContaining({ path: '/understood' })]);
    const wrong = await user.post('/account/deletion', { password: 'not my password', understood: true });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error.code).toBe('invalid-current-password');
    expect((await user.get('/session')).json.session.user.email).toBe(email);
    const [counter] = await db.query<{ failures: number }>(
      'SELECT failures FROM attempt_counters WHERE key = $1',
      [`login:${email}`],
    );
    expect(counter?.failures).toBe(1);
    const badSuccessor = await user.post('/account/deletion', {
      password: TEST_PASSWORD,
      understood: true,
      successor: 42,
    });
    expect(badSuccessor.status).toBe(422);
    expect(badSuccessor.json.error.issues).toEqual([expect.objectContaining({ path: '/successor' })]);
  });

  it('the last Super Admin hands the role over to a colleague first; then nothing of the person is left but the pseudonymised audit trail', async () => {
    const email = 'zelda@erase-corp.com';
    const { user, id } = await richPerson(
      email,
      'erase-corp.com',
      'Erase Corp',
      ['Zelda', 'Quimbyfield'],
      '+49 30 901821',
    );
    await user.request('PUT', '/preferences', { locale: 'de' });
    const colleague = await invitedUser(app, lastMessage, user, 'bea@erase-corp.com', ['support-cases']);
    const colleagueId = (await colleague.get('/session')).json.session.user.id as string;
    // Invitations the person sent stay valid for the company after they leave.
    const pending = await user.post('/invitations', {
      email: 'carl@erase-corp.com',
      givenName: 'Carl',
      familyName: 'Pending',
      roles: ['rma'],
    });
    expect(pending.status).toBe(202);
    const other = new TestClient(app);
    expect((await other.post('/session', { email, password: TEST_PASSWORD })).json.status).toBe(
      'mfa-required',
    );

    const needs = await user.get('/account/deletion');
    expect(needs.json).toEqual({
      handOver: 'required',
      successors: [{ id: colleagueId, name: 'Test User' }],
    });
    const without = await user.post('/account/deletion', { password: TEST_PASSWORD, understood: true });
    expect(without.status).toBe(409);
    expect(without.json.error.code).toBe('hand-over-required');
    // An id that is not a colleague (another company's account) answers the same as none.
    const stranger = await registerSuperAdmin(app, lastMessage, 'zelda@stranger-corp.com', 'Stranger Corp');
    const strangerId = (await stranger.get('/session')).json.session.user.id as string;
    const foreign = await user.post('/account/deletion', {
      password: TEST_PASSWORD,
      understood: true,
      successor: strangerId,
    });
    expect(foreign.status).toBe(409);
    expect((await user.get('/session')).json.session.user.email).toBe(email);

    const deleted = await user.post('/account/deletion', {
      password: TEST_PASSWORD,
      understood: true,
      successor: colleagueId,
    });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ deleted: true });
    expect((await user.get('/session')).json).toEqual({ session: null });
    expect((await colleague.get('/session')).json.session.user.roles).toEqual([
      'support-cases',
      'super-admin',
    ]);
    expect((await colleague.get('/users')).json.users.map((u: { email: string }) => u.email)).toContain(
      'carl@erase-corp.com',
    );

    // The confirmation, in the person's language, is the one thing addressed to them.
    const mail = await lastMessage(email);
    expect(mail?.subject).toBe('Ihr Portal-Konto wurde gelöscht');
    expect(mail?.body).not.toMatch(/Zelda|Quimbyfield/);

    const personal = [id, email, 'Zelda', 'Quimbyfield', '+4930901821'];
    const left = (await everyRow(db)).filter((line) => personal.some((p) => line.includes(p)));
    const confirmation = (line: string) =>
      /^(outbox|mail_queue): /.test(line) &&
      line.includes('Ihr Portal-Konto wurde gelöscht') &&
      !/Zelda|Quimbyfield/.test(line);
    expect(left.filter((line) => !confirmation(line))).toEqual([]);
    expect(left.length).toBeGreaterThan(0);
    // Signing in again finds no account (only now: the attempt itself writes a lockout counter and an audit entry).
    expect((await new TestClient(app).post('/session', { email, password: TEST_PASSWORD })).status).toBe(401);

    // The audit trail: the person's entries remain under one pseudonym, without the addresses they acted from.
    const trail = await db.query<{
      event: string;
      actor: string | null;
      subject: string | null;
      ip: string | null;
    }>(
      "SELECT event, actor, subject, ip FROM audit_events WHERE actor LIKE 'pseudonym:%' OR subject LIKE 'pseudonym:%' ORDER BY id",
    );
    const pseudonyms = new Set(
      trail.flatMap((e) => [e.actor, e.subject]).filter((n) => n?.startsWith('pseudonym:')),
    );
    expect(pseudonyms.size).toBe(1);
    expect(trail.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        'registration-submitted',
        'mfa-enrolled',
        'super-admin-handed-over',
        'account-deleted',
      ]),
    );
    expect(trail.filter((e) => e.actor?.startsWith('pseudonym:')).every((e) => e.ip === null)).toBe(true);
    const handOver = trail.find((e) => e.event === 'super-admin-handed-over');
    expect(handOver?.subject).toBe(colleagueId);
  });

  it('no hand-over with another Super Admin, nor for a user who is not one, nor for the only member', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'zelda@pair-corp.com', 'Pair Corp');
    const second = await invitedUser(app, lastMessage, admin, 'bea@pair-corp.com', ['super-admin']);
    const plain = await invitedUser(app, lastMessage, admin, 'carl@pair-corp.com', ['rma']);
    expect((await admin.get('/account/deletion')).json).toEqual({ handOver: 'none', successors: [] });
    expect((await plain.get('/account/deletion')).json).toEqual({ handOver: 'none', successors: [] });
    expect(
      (await plain.post('/account/deletion', { password: TEST_PASSWORD, understood: true })).status,
    ).toBe(200);
    expect(
      (await admin.post('/account/deletion', { password: TEST_PASSWORD, understood: true })).status,
    ).toBe(200);
    // Now the last Super Admin, and the only member: deleting needs nobody.
    expect((await second.get('/account/deletion')).json).toEqual({ handOver: 'none', successors: [] });
    expect(
      (await second.post('/account/deletion', { password: TEST_PASSWORD, understood: true })).status,
    ).toBe(200);
    const mail = await lastMessage('bea@pair-corp.com');
    expect(mail?.subject).toBe('Your portal account was deleted');
  });
});
