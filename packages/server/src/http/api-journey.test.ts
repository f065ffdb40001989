import { base32Decode, generateTotp } from '@gatehouse/rules/otp';
import { deriveSupportPin, verifySupportPin } from '@gatehouse/rules/pin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import { resolveSecretBox } from '../security/encryption-key.js';
import { openPinSecret, sealClearPinSecrets } from '../security/pin-secrets.js';
import { totpContext } from '../security/totp-secrets.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin } from '../testing/company.js';
import { REVIEWER, TestClient, type TestClock, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let clock: TestClock;
let lastMessage: (to: string) => Promise<{ subject: string; body: string; channel: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, clock, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

const PASSWORD = 'correct horse battery staple 42';
const NEW_PASSWORD = 'a brand new passphrase for the portal';
const registration = (email: string) => ({
  givenName: 'Ada',
  familyName: 'Lovelace',
  email,
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
});

async function totp(secret: string, time: number) {
  const bytes = base32Decode(secret);
  if (!bytes.ok) throw new Error('bad secret');
  return generateTotp({ secret: bytes.value, time });
}

/** Registers, confirms and approves `email`, then logs in with a chosen password; returns the client. */
const superAdmin = (email: string) => registerSuperAdmin(app, lastMessage, email);

describe('the whole journey through the API', () => {
  it('register → confirm → approve → forced change → TOTP → replay rejected → reset → RMA', async () => {
    const user = new TestClient(app);
    const email = 'ada.lovelace@analytical-engines.com';

    // A free-mail address is rejected with its reason, exactly as the browser form says.
    const free = await user.post('/registrations', registration('ada@gmail.com'));
    expect(free.status).toBe(422);
    expect(free.json.error.code).toBe('invalid-request');
    expect(free.json.error.issues).toContainEqual(
      expect.objectContaining({ path: '/email', code: 'free-provider' }),
    );

    const submitted = await user.post('/registrations', registration(email));
    expect(submitted.status).toBe(202);
    const id = submitted.json.id as string;
    expect((await user.get(`/registrations/${id}`)).json).toEqual({ status: 'pending-confirmation' });

    const mail = await lastMessage(email);
    const token = /token=([\w%-]+)/.exec(mail?.body ?? '')?.[1];
    expect(token).toBeTruthy();
    const confirmed = await user.post('/registrations/confirm', {
      token: decodeURIComponent(token as string),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toEqual({ id, status: 'pending-approval' });
    // Single use.
    expect(
      (await user.post('/registrations/confirm', { token: decodeURIComponent(token as string) })).status,
    ).toBe(400);

    // The reviewer sees it in the queue, within the SLA, and approves.
    const reviewer = new TestClient(app);
    expect((await reviewer.post('/session', REVIEWER)).json.status).toBe('ok');
    const queue = await reviewer.get('/approvals');
    const item = queue.json.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ email, overdue: false, state: 'pending', emailCheck: { ok: true } });
    expect((await user.get('/approvals')).status).toBe(401);
    const decision = await reviewer.post(`/approvals/${id}/decisions`, { action: 'approve' });
    expect(decision.status).toBe(200);
    expect(decision.json.state).toBe('approved');
    expect(decision.json.decision).toMatchObject({ action: 'approve', by: REVIEWER.email });
    expect(
      (await reviewer.post(`/approvals/${id}/decisions`, { action: 'reject', reason: 'x' })).status,
    ).toBe(409);
    expect((await user.get(`/registrations/${id}`)).json).toEqual({ status: 'approved' });

    // The welcome e-mail carries the one-time password; it leads only to the forced change.
    const welcome = await lastMessage(email);
    const otp = /One-time password: (\S+)/.exec(welcome?.body ?? '')?.[1] as string;
    expect(otp).toMatch(/^[A-Z2-7]{16}$/);
    const first = await user.post('/session', { email, password: otp });
    expect(first.json).toMatchObject({ status: 'password-change-required' });
    // The forced-change form gets the words the new password must not contain.
    expect(first.json.subject.contextWords).toContain('Lovelace');
    expect(user.cookies.has('gatehouse_session')).toBe(false);
    expect((await user.get('/session')).json).toEqual({ session: null });
    const weak = await user.post('/session/password', { newPassword: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.json.error.issues[0]).toMatchObject({ path: '/newPassword', code: 'too-short' });
    const changed = await user.post('/session/password', { newPassword: PASSWORD });
    expect(changed.json.status).toBe('ok');
    expect(user.cookies.has('gatehouse_session')).toBe(true);

    // Enroll TOTP: re-authentication is recent (just logged in); compute the code from the shown secret.
    const started = await user.post('/mfa/totp');
    expect(started.status).toBe(201);
    expect(started.json.otpauthUri).toContain('otpauth://totp/');
    const enrollCode = await totp(started.json.secret, clock.now().getTime());
    const enrolled = await user.post(`/mfa/totp/${started.json.enrollmentId}/confirm`, { code: enrollCode });
    expect(enrolled.json).toEqual({ method: 'totp', recoveryCodes: expect.any(Array) });

    expect((await user.request('DELETE', '/session')).status).toBe(204);
    expect((await user.get('/session')).json).toEqual({ session: null });

    clock.advance(30_000);
    const again = await user.post('/session', { email, password: PASSWORD });
    expect(again.json).toEqual({ status: 'mfa-required', methods: ['totp', 'recovery'] });
    expect(user.cookies.has('gatehouse_session')).toBe(false);
    const code = await totp(started.json.secret, clock.now().getTime());
    const passed = await user.post('/session/mfa', { method: 'totp', code });
    expect(passed.json.status).toBe('ok');
    expect((await user.get('/session')).json.session.user.email).toBe(email);

    // The same code again is rejected (RFC 6238 §5.2), even within its 30 seconds.
    await user.request('DELETE', '/session');
    await user.post('/session', { email, password: PASSWORD });
    const replay = await user.post('/session/mfa', { method: 'totp', code });
    // Not "wrong code": the code was right but its 30-second step is used up, so the user waits for the next one.
    expect(replay.status).toBe(422);
    expect(replay.json.error).toMatchObject({
      code: 'invalid-request',
      issues: [{ path: '/code', code: 'code-already-used' }],
    });
    expect(user.cookies.has('gatehouse_session')).toBe(false);
    const mistyped = await user.post('/session/mfa', {
      method: 'totp',
      code: code === '000000' ? '111111' : '000000',
    });
    expect(mistyped.status).toBe(400);
    expect(mistyped.json.error.code).toBe('invalid-code');

    // Reset the password via a code (no phone: it goes by e-mail).
    const anonymous = new TestClient(app);
    expect((await anonymous.post('/password-reset', { email })).status).toBe(202);
    const resetMail = await lastMessage(email);
    const resetCode = /code is (\d{6})/.exec(resetMail?.body ?? '')?.[1] as string;
    const wrong = await anonymous.post('/password-reset/confirm', {
      email,
      code: resetCode === '000000' ? '111111' : '000000',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.json.error.code).toBe('invalid-code');
    const reset = await anonymous.post('/password-reset/confirm', {
      email,
      code: resetCode,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    expect((await anonymous.post('/session', { email, password: PASSWORD })).status).toBe(401);
    clock.advance(30_000);
    expect((await anonymous.post('/session', { email, password: NEW_PASSWORD })).json.status).toBe(
      'mfa-required',
    );
    const fresh = await totp(started.json.secret, clock.now().getTime());
    expect((await anonymous.post('/session/mfa', { method: 'totp', code: fresh })).json.status).toBe('ok');

    // RMA with two extra serials (registered to the company by a reviewer); the delivery address comes
    // pre-filled and must be confirmed.
    const importer = new TestClient(app);
    await importer.post('/session', REVIEWER);
    const devices = ['SN-100200', 'SN-100201', 'SN-100202'].map((serial) => ({
      serial,
      companyDomain: 'analytical-engines.com',
      purchaseDate: '2024-05-01',
    }));
    expect((await importer.post('/devices', { devices })).json).toEqual({ imported: 3 });
    const defaults = await anonymous.get('/rma/defaults');
    expect(defaults.json.deliveryAddress.company).toBe('Analytical Engines Ltd');
    const rma = {
      serialNumber: 'SN-100200',
      description: 'Fans fail after a firmware update.',
      deliveryAddress: {
        company: 'Analytical Engines Ltd',
        street: '1 Engine Way',
        postalCode: '10115',
        city: 'Berlin',
        country: 'DE',
      },
      addressConfirmed: true,
      moreThanOneDevice: true,
      additionalSerialNumbers: ['SN-100201', 'SN-100202'],
    };
    const unconfirmed = await anonymous.post('/rma', { ...rma, addressConfirmed: false });
    expect(unconfirmed.status).toBe(422);
    const submittedRma = await anonymous.post('/rma', rma);
    expect(submittedRma.status).toBe(201);
    expect(submittedRma.json.number).toMatch(/^RMA-\d{4}-/);
    const stored = await db.query<{ data: { additionalSerialNumbers: string[] } }>(
      'SELECT data FROM rma_requests WHERE id = $1',
      [submittedRma.json.rmaId],
    );
    expect(stored[0]?.data.additionalSerialNumbers).toEqual(['SN-100201', 'SN-100202']);
    const partner = await anonymous.post('/rma/hardware-check', { serialNumber: 'PX-123456' });
    expect(partner.json).toMatchObject({ owner: 'partner' });

    // Support information with the PIN for a Priority company; the audit trail recorded the security events.
    const support = await anonymous.get('/support');
    expect(support.json).toMatchObject({ level: 'priority' });
    expect(support.json.pin).toMatch(/^\d{8}$/);
    const events = await db.query<{ event: string }>('SELECT DISTINCT event FROM audit_events');
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        'registration-confirmed',
        'registration-approve',
        'password-changed',
        'mfa-enrolled',
        'password-reset',
      ]),
    );
  }, 30_000);

  it('a parallel burst of wrong passwords cannot run more than 5 checks: the account locks', async () => {
    const client = new TestClient(app);
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        client.post('/session', { email: REVIEWER.email, password: `wrong ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 423)).toHaveLength(20);
    // Even the right password waits for the cooldown.
    const right = await client.post('/session', REVIEWER);
    expect(right.status).toBe(423);
    expect(Date.parse(right.json.error.until)).toBeGreaterThan(clock.now().getTime());
    clock.advance(15 * 60_000);
    expect((await client.post('/session', REVIEWER)).json.status).toBe('ok');
  });

  it('a restart loses no pending registration: the approval resumes from the stored snapshot', async () => {
    const user = new TestClient(app);
    const email = 'grace.hopper@compilers-inc.com';
    const { json } = await user.post('/registrations', registration(email));
    const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
    // A second app on the same database stands in for the restarted process.
    const restartedServer = await testServer(db);
    const restarted = restartedServer.app;
    const reviewer = new TestClient(restarted);
    await reviewer.post('/session', REVIEWER);
    const before = await reviewer.get('/approvals?status=overdue');
    expect(before.json.items.map((i: { id: string }) => i.id)).not.toContain(json.id);

    // 25 hours later the SLA flag comes from the stored confirmation time, and reminders go out.
    restartedServer.clock.advance(25 * 3600_000);
    await reviewer.post('/session', REVIEWER); // the 8-hour session ended meanwhile
    const overdue = await reviewer.get('/approvals?status=overdue');
    expect(overdue.json.items.find((i: { id: string }) => i.id === json.id)).toMatchObject({ overdue: true });
    await restarted.maintain();
    expect((await restartedServer.lastMessage(REVIEWER.email))?.subject).toBe(
      'Overdue registration (reminder 1)',
    );
    await restarted.maintain();
    const reminders = await db.query(
      "SELECT 1 FROM audit_events WHERE event = 'approval-reminder' AND subject = $1",
      [json.id],
    );
    expect(reminders).toHaveLength(1);
    restartedServer.clock.advance(4 * 3600_000);
    await restarted.maintain();
    expect((await restartedServer.lastMessage(REVIEWER.email))?.subject).toBe(
      'Overdue registration (reminder 2)',
    );

    const rejected = await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'reject' });
    expect(rejected.json.error.issues).toContainEqual(
      expect.objectContaining({ path: '/reason', code: 'required' }),
    );
    const decided = await reviewer.post(`/approvals/${json.id}/decisions`, {
      action: 'reject',
      reason: 'Not a customer',
    });
    expect(decided.json.state).toBe('rejected');
    expect((await user.get(`/registrations/${json.id}`)).json).toEqual({
      status: 'rejected',
      reason: 'Not a customer',
    });
    await restarted.idle();
  });
});

describe('profile, e-mail MFA, invitations and roles', () => {
  it('a new phone is stored only after its SMS code; the reset code then goes by SMS', async () => {
    const email = 'emmy.noether@invariants-ag.com';
    const user = await superAdmin(email);
    const saved = await user.request('PATCH', '/profile', {
      givenName: 'Emmy',
      familyName: 'Noether',
      jobTitle: 'Algebraist',
      phone: '+4915100000000',
    });
    expect(saved.json.profile).toMatchObject({ givenName: 'Emmy', jobTitle: 'Algebraist' });
    expect(saved.json.profile.phone).toBeUndefined();
    const bad = await user.post('/profile/phone', { phone: '0151 not a number' });
    expect(bad.json.error.issues[0].path).toBe('/phone');
    const sms = await user.post('/profile/phone', { phone: '+4915112345678' });
    expect(sms.status).toBe(202);
    const text = await lastMessage('+4915112345678');
    expect(text?.channel).toBe('sms');
    const code = /(\d{6})/.exec(text?.body ?? '')?.[1] as string;
    expect((await user.get('/profile')).json.profile.phone).toBeUndefined();
    const confirmed = await user.post(`/profile/phone/${sms.json.verificationId}/confirm`, { code });
    expect(confirmed.json.profile.phone).toBe('+4915112345678');
    await new TestClient(app).post('/password-reset', { email });
    expect((await lastMessage('+4915112345678'))?.body).toMatch(/password reset code: \d{6}/);
  });

  it('e-mail codes as a second factor: enrollment after re-authentication, then every login asks for one', async () => {
    const email = 'sophie.germain@primes-sarl.com';
    const user = await superAdmin(email);
    clock.advance(6 * 60_000); // past the 5-minute re-authentication window
    expect((await user.post('/mfa/email')).json.error.code).toBe('reauthentication-required');
    expect((await user.post('/session/reauthenticate', { password: 'wrong password here' })).status).toBe(
      401,
    );
    expect((await user.post('/session/reauthenticate', { password: PASSWORD })).status).toBe(200);
    const started = await user.post('/mfa/email');
    expect(started.status).toBe(202);
    const enrollCode = /code is (\d{6})/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    expect(
      (await user.post(`/mfa/email/${started.json.enrollmentId}/confirm`, { code: enrollCode })).json,
    ).toEqual({ method: 'email', recoveryCodes: expect.any(Array) });
    expect((await user.get('/mfa/factors')).json.factors).toEqual([{ method: 'email' }]);

    await user.request('DELETE', '/session');
    // Entering the challenge sends the code (no click on "send"); a send within the cooldown is refused.
    expect((await user.post('/session', { email, password: PASSWORD })).json).toMatchObject({
      status: 'mfa-required',
      methods: ['email', 'recovery'],
      resendAvailableAt: expect.any(String),
    });
    // Within the resend cooldown another send is refused.
    const again = await user.post('/session/mfa/code', { method: 'email' });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    const loginCode = /code is (\d{6})/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    expect((await user.post('/session/mfa', { method: 'email', code: loginCode })).json.status).toBe('ok');
    // Single use.
    await user.request('DELETE', '/session');
    await user.post('/session', { email, password: PASSWORD });
    expect((await user.post('/session/mfa', { method: 'email', code: loginCode })).status).toBe(400);
  });

  it('a Super Admin invites a user with roles; the invited user sets a password and is logged in', async () => {
    const admin = await superAdmin('ada.admin@invite-corp.com');
    const roles = await admin.get('/roles');
    expect(roles.json.roles.map((r: { id: string }) => r.id)).toContain('rma');
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    expect((await reviewer.get('/roles')).status).toBe(403);
    const unknownRole = await admin.post('/invitations', {
      email: 'bob.builder@invite-corp.com',
      givenName: 'Bob',
      familyName: 'Builder',
      roles: ['root'],
    });
    expect(unknownRole.json.error.issues[0].path).toBe('/roles/0');
    const invited = await admin.post('/invitations', {
      email: 'bob.builder@invite-corp.com',
      givenName: 'Bob',
      familyName: 'Builder',
      roles: ['rma'],
    });
    expect(invited.status).toBe(202);
    const token = /token=([\w%-]+)/.exec(
      (await lastMessage('bob.builder@invite-corp.com'))?.body ?? '',
    )?.[1] as string;
    const bob = new TestClient(app);
    expect(
      (await bob.post('/invitations/accept', { token: decodeURIComponent(token), newPassword: 'short' })).json
        .error.issues[0].code,
    ).toBe('too-short');
    const accepted = await bob.post('/invitations/accept', {
      token: decodeURIComponent(token),
      newPassword: 'bob builds bridges every day',
    });
    expect(accepted.json).toMatchObject({
      status: 'ok',
      session: { user: { email: 'bob.builder@invite-corp.com', roles: ['rma'] } },
    });
    expect(
      (
        await bob.post('/invitations/accept', {
          token: decodeURIComponent(token),
          newPassword: 'bob builds bridges every day',
        })
      ).json.error.code,
    ).toBe('invalid-token');
    expect(
      (
        await admin.post('/invitations', {
          email: 'bob.builder@invite-corp.com',
          givenName: 'Bob',
          familyName: 'Builder',
          roles: ['rma'],
        })
      ).status,
    ).toBe(202);
  });
});

describe('session cookie attributes', () => {
  const login = (url: string, headers: Record<string, string> = {}) =>
    app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(REVIEWER),
    });

  it('HttpOnly, SameSite=Lax, Path=/; Secure except over plain http on loopback (development)', async () => {
    const local = (await login('http://localhost/session')).headers.get('set-cookie') ?? '';
    expect(local).toMatch(/^gatehouse_session=[\w-]{43};/);
    expect(local).toMatch(/HttpOnly/);
    expect(local).toMatch(/SameSite=Lax/);
    expect(local).toMatch(/Path=\//);
    expect(local).not.toMatch(/Secure/);
    const tls = (await login('https://portal.test/session')).headers.get('set-cookie') ?? '';
    expect(tls).toMatch(/Secure/);
    // A real host over plain http sits behind a TLS-ending proxy, trusted or not: Secure all the same.
    const proxied = (await login('http://portal.test/session')).headers.get('set-cookie') ?? '';
    expect(proxied).toMatch(/Secure/);
  });

  it('a one-time password gets only the pending cookie, SameSite=Strict and scoped to /session', async () => {
    const email = 'pending.cookie@cookie-works.com';
    const user = new TestClient(app);
    await user.post('/registrations', registration(email));
    const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    const { json } = await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' });
    const otp = /One-time password: (\S+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    const response = await app.request('https://portal.test/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: otp }),
    });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^gatehouse_pending=.*HttpOnly.*/);
    expect(cookies[0]).toMatch(/SameSite=Strict/);
    expect(cookies[0]).toMatch(/Path=\/session/);
    expect(cookies[0]).toMatch(/Secure/);
  });
});

describe('approval conflicts', () => {
  it('approving a second registration of an address that has an account writes nothing and says why', async () => {
    const email = 'twice.registered@double-co.com';
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const user = new TestClient(app);
      clock.advance(61_000);
      const { json } = await user.post('/registrations', registration(email));
      const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
      await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
      ids.push(json.id);
    }
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    expect((await reviewer.post(`/approvals/${ids[0]}/decisions`, { action: 'approve' })).status).toBe(200);
    const companies = await db.query('SELECT id FROM companies');
    const second = await reviewer.post(`/approvals/${ids[1]}/decisions`, { action: 'approve' });
    expect(second.status).toBe(422);
    expect(second.json.error.issues[0].code).toBe('account-exists');
    expect(await db.query('SELECT id FROM companies')).toHaveLength(companies.length);
    // The reviewer can still reject it.
    expect(
      (await reviewer.post(`/approvals/${ids[1]}/decisions`, { action: 'reject', reason: 'Duplicate' })).json
        .state,
    ).toBe('rejected');
  });
});

describe('TOTP seeds at rest', () => {
  const BASE32_RUN = /[A-Z2-7]{16,}/;

  it('neither the pending enrollment nor the account column holds the base32 seed', async () => {
    const email = 'hedy.lamarr@frequency-hopping.com';
    const user = await superAdmin(email);
    const started = await user.post('/mfa/totp');
    const seed = started.json.secret as string;
    expect(seed).toMatch(BASE32_RUN);
    const [pending] = await db.query<{ payload: { secret: string } }>(
      'SELECT payload FROM codes WHERE id = $1',
      [started.json.enrollmentId],
    );
    expect(pending?.payload.secret).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]+$/);
    expect(JSON.stringify(pending)).not.toContain(seed);
    await user.post(`/mfa/totp/${started.json.enrollmentId}/confirm`, {
      code: await totp(seed, clock.now().getTime()),
    });
    const [row] = await db.query<{ id: string; totp_secret: string }>(
      'SELECT id, totp_secret FROM accounts WHERE email = $1',
      [email],
    );
    expect(row?.totp_secret).toMatch(/^v1\./);
    expect(row?.totp_secret).not.toContain(seed);
    expect(row?.totp_secret).not.toMatch(BASE32_RUN);
    // Each seal has its own nonce: the account's value is not the enrollment's value.
    expect(row?.totp_secret).not.toBe(pending?.payload.secret);
    // And it still works for a login.
    clock.advance(30_000);
    await user.request('DELETE', '/session');
    await user.post('/session', { email, password: PASSWORD });
    const code = await totp(seed, clock.now().getTime());
    expect((await user.post('/session/mfa', { method: 'totp', code })).json.status).toBe('ok');
  });

  it('clear-text seeds of older versions are encrypted at start; a moved or foreign-key seed fails closed', async () => {
    const email = 'alan.turing@bletchley-park.com';
    const other = 'joan.clarke@bletchley-park.com';
    await superAdmin(email);
    await superAdmin(other);
    const seed = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await db.query('UPDATE accounts SET totp_secret = $2, totp_last_step = NULL WHERE email = $1', [
      email,
      seed,
    ]);

    const restarted = await testServer(db); // the migration runs when the server starts
    const [row] = await db.query<{ totp_secret: string }>(
      'SELECT totp_secret FROM accounts WHERE email = $1',
      [email],
    );
    expect(row?.totp_secret).toMatch(/^v1\./);
    expect(row?.totp_secret).not.toMatch(BASE32_RUN);
    const user = new TestClient(restarted.app);
    await user.post('/session', { email, password: PASSWORD });
    const code = await totp(seed, restarted.clock.now().getTime());
    expect((await user.post('/session/mfa', { method: 'totp', code })).json.status).toBe('ok');

    // Copied to another account, the sealed value does not open there (its context names the account).
    await db.query('UPDATE accounts SET totp_secret = $2 WHERE email = $1', [other, row?.totp_secret]);
    const thief = new TestClient(restarted.app);
    await thief.post('/session', { email: other, password: PASSWORD });
    restarted.clock.advance(30_000);
    const stolen = await totp(seed, restarted.clock.now().getTime());
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const answer = await thief.post('/session/mfa', { method: 'totp', code: stolen });
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe('invalid-code');
      // Under another key the seed does not open either: refused, logged, never a crash.
      const rekeyed = await testServer(db, { encryptionKey: new Uint8Array(32).fill(7) });
      const again = new TestClient(rekeyed.app);
      await again.post('/session', { email, password: PASSWORD });
      expect((await again.post('/session/mfa', { method: 'totp', code: stolen })).status).toBe(400);
    } finally {
      console.error = original;
    }
    expect(String(errors.at(-1))).toMatch(/does not open \(wrong-key\)/);
    await db.query('UPDATE accounts SET totp_secret = NULL WHERE email = $1', [other]);
  });
});

describe('support-PIN seeds at rest', () => {
  const BASE32_RUN = /[A-Z2-7]{16,}/;
  const pinSecretOf = async (email: string) =>
    (
      await db.query<{ id: string; pin_secret: string }>(
        'SELECT id, pin_secret FROM accounts WHERE email = $1',
        [email],
      )
    )[0] as { id: string; pin_secret: string };
  const pinFrom = async (seed: string, time: number) => {
    const bytes = base32Decode(seed);
    if (!bytes.ok) throw new Error('bad seed');
    return deriveSupportPin({ secret: bytes.value, time });
  };
  /** Runs `work` with console.error captured; returns what was logged. */
  const capturingErrors = async (work: () => Promise<void>) => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await work();
    } finally {
      console.error = original;
    }
    return errors.map(String);
  };

  it('a new account stores only the sealed seed, and the PIN shown is the one derived from it', async () => {
    const email = 'grace.hopper@cobol-compilers.com';
    const user = await superAdmin(email);
    const row = await pinSecretOf(email);
    expect(row.pin_secret).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]+$/);
    expect(row.pin_secret).not.toMatch(BASE32_RUN);
    // The test server uses the generated key in server_secrets; resolved the same way, the seed opens.
    const box = await resolveSecretBox(db);
    const opened = openPinSecret(box, row.id, row.pin_secret);
    if (!opened.ok) throw new Error(`seed does not open: ${opened.code}`);
    expect(opened.value).toMatch(/^[A-Z2-7]{32}$/);
    expect(row.pin_secret).not.toContain(opened.value);
    // Sealed under the PIN context only: the same value does not open as a TOTP seed.
    expect(box.open(row.pin_secret, totpContext(row.id)).ok).toBe(false);
    const support = await user.get('/support');
    expect(support.json.pin).toBe(await pinFrom(opened.value, clock.now().getTime()));
    const seed = base32Decode(opened.value);
    if (!seed.ok) throw new Error('bad seed');
    expect(
      await verifySupportPin({ secret: seed.value, time: clock.now().getTime(), pin: support.json.pin }),
    ).toMatchObject({ ok: true });
  });

  it('clear-text seeds of older versions are sealed at start, once, and the PIN still verifies', async () => {
    const email = 'katherine.johnson@orbital-mechanics.com';
    const user = await superAdmin(email);
    const shown = (await user.get('/support')).json.pin as string;
    const seed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const row = await pinSecretOf(email);
    await db.query('UPDATE accounts SET pin_secret = $2 WHERE id = $1', [row.id, seed]);

    const restarted = await testServer(db); // the migration runs when the server starts
    const sealed = (await pinSecretOf(email)).pin_secret;
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(seed);
    expect(sealed).not.toMatch(BASE32_RUN);
    const again = new TestClient(restarted.app);
    await again.post('/session', { email, password: PASSWORD });
    const time = restarted.clock.now().getTime();
    const pin = (await again.get('/support')).json.pin as string;
    // The PIN now comes from the migrated seed (not the one the account had before the row was replaced).
    expect(pin).toBe(await pinFrom(seed, time));
    expect(pin).not.toBe(shown);
    const bytes = base32Decode(seed);
    if (!bytes.ok) throw new Error('bad seed');
    expect(await verifySupportPin({ secret: bytes.value, time, pin })).toMatchObject({ ok: true });

    // Idempotent: a second run changes nothing, and sealed values are never sealed twice.
    const box = await resolveSecretBox(db);
    expect(await sealClearPinSecrets(db, box)).toBe(0);
    expect((await pinSecretOf(email)).pin_secret).toBe(sealed);

    // Several processes starting at once: each clear row is sealed exactly once, and it opens.
    await db.query('UPDATE accounts SET pin_secret = $2 WHERE id = $1', [row.id, seed]);
    const counts = await Promise.all([sealClearPinSecrets(db, box), sealClearPinSecrets(db, box)]);
    expect(counts[0] + counts[1]).toBe(1);
    const raced = await pinSecretOf(email);
    expect(openPinSecret(box, raced.id, raced.pin_secret)).toEqual({ ok: true, value: seed });
  });

  it('a sealed seed copied to another account, or opened under another key, is refused: no PIN, logged', async () => {
    const email = 'mary.jackson@wind-tunnel.com';
    const other = 'dorothy.vaughan@fortran-team.com';
    await superAdmin(email);
    const thief = await superAdmin(other);
    const source = await pinSecretOf(email);
    const target = await pinSecretOf(other);
    expect((await thief.get('/support')).json.pin).toMatch(/^\d{8}$/);
    await db.query('UPDATE accounts SET pin_secret = $2 WHERE id = $1', [target.id, source.pin_secret]);
    const errors = await capturingErrors(async () => {
      const answer = await thief.get('/support');
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ level: 'priority' });
    });
    expect(errors.at(-1)).toContain(`support-PIN seed of account ${target.id} does not open (tampered)`);

    // A TOTP-sealed value of the same account in the PIN column does not open either (distinct context).
    const box = await resolveSecretBox(db);
    await db.query('UPDATE accounts SET pin_secret = $2 WHERE id = $1', [
      target.id,
      box.seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpContext(target.id)),
    ]);
    const contextErrors = await capturingErrors(async () => {
      expect((await thief.get('/support')).json.pin).toBeUndefined();
    });
    expect(contextErrors.at(-1)).toMatch(/does not open \(tampered\)/);

    // Under another key the original account's seed does not open: refused, logged, never a crash.
    const rekeyed = await testServer(db, { encryptionKey: new Uint8Array(32).fill(9) });
    const user = new TestClient(rekeyed.app);
    await user.post('/session', { email, password: PASSWORD });
    const keyErrors = await capturingErrors(async () => {
      expect((await user.get('/support')).json).toEqual({ level: 'priority' });
    });
    expect(keyErrors.at(-1)).toMatch(/does not open \(wrong-key\)/);
    await db.query('UPDATE accounts SET pin_secret = $2 WHERE id = $1', [target.id, target.pin_secret]);
  });
});
