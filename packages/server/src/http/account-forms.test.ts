/**
 * Password forms refuse the person's own words (names, company, e-mail) on the server, whatever the browser
 * sent; the e-mail MFA challenge sends its code when the step starts; the profile takes phone numbers as people
 * type them and stores E.164.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
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

const PASSWORD = 'tea kettle over the harbour';
const REFUSED = ['NorthwindJane2026', 'NorthwindLogistics2026!', 'qwertyuiopasdfghjkl'];

/** Registers Jane of Northwind Logistics and gets her approved; returns her client and one-time password. */
async function approvedJane(email: string, extra: Record<string, unknown> = {}) {
  const user = new TestClient(app);
  await user.post('/registrations', {
    givenName: 'Jane',
    familyName: 'Doe',
    email,
    company: 'Northwind Logistics',
    termsAccepted: true,
    ...extra,
  });
  const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  const { json } = await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' });
  const otp = /One-time password: (\S+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  return { user, otp };
}

const codesOf = (json: Record<string, any>) =>
  (json.error?.issues ?? []).map((i: { path: string; code: string }) => `${i.path} ${i.code}`);

describe('context words on every password form of the server', { timeout: 30_000 }, () => {
  it('the forced change refuses her names, company and a keyboard walk', async () => {
    const email = 'jane.doe@northwind-logistics.com';
    const { user, otp } = await approvedJane(email);
    expect((await user.post('/session', { email, password: otp })).json.status).toBe(
      'password-change-required',
    );
    for (const newPassword of REFUSED) {
      const answer = await user.post('/session/password', { newPassword });
      expect(answer.status, newPassword).toBe(422);
      expect(codesOf(answer.json)[0]).toMatch(/^\/newPassword (contains-context|common-password)$/);
    }
    expect((await user.post('/session/password', { newPassword: PASSWORD })).json.status).toBe('ok');

    // The change form, logged in.
    for (const newPassword of REFUSED) {
      const answer = await user.post('/password', { currentPassword: PASSWORD, newPassword });
      expect(answer.status, newPassword).toBe(422);
    }

    // The reset: a right code with a refused password keeps the code usable for a better password.
    const anonymous = new TestClient(app);
    await anonymous.post('/password-reset', { email });
    const code = /code is (\d+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    const refused = await anonymous.post('/password-reset/confirm', {
      email,
      code,
      newPassword: 'NorthwindJane2026',
    });
    expect(refused.status).toBe(422);
    expect(codesOf(refused.json)).toEqual(['/newPassword contains-context']);
    const done = await anonymous.post('/password-reset/confirm', {
      email,
      code,
      newPassword: 'a different harbour kettle',
    });
    expect(done.status).toBe(204);
  });
});

describe('the e-mail MFA challenge', { timeout: 30_000 }, () => {
  it('sends the code when the step starts, and not again within the cooldown', async () => {
    const email = 'jane.roe@northwind-logistics.com';
    const { user, otp } = await approvedJane(email);
    await user.post('/session', { email, password: otp });
    await user.post('/session/password', { newPassword: PASSWORD });
    // Enrol e-mail codes.
    await user.post('/session/reauthenticate', { password: PASSWORD });
    const enrolment = await user.post('/mfa/email', {});
    const enrolCode = /code is (\d+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    await user.post(`/mfa/email/${enrolment.json.enrollmentId}/confirm`, { code: enrolCode });
    await user.request('DELETE', '/session');
    clock.advance(120_000);

    const login = await user.post('/session', { email, password: PASSWORD });
    expect(login.json).toMatchObject({ status: 'mfa-required', methods: ['email', 'recovery'] });
    expect(typeof login.json.resendAvailableAt).toBe('string');
    const code = /code is (\d+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    expect(code).toMatch(/^\d{6}$/);

    // A second sign-in within the cooldown sends nothing new; the code already sent still works.
    const again = new TestClient(app);
    const second = await again.post('/session', { email, password: PASSWORD });
    expect(second.json.status).toBe('mfa-required');
    expect(/code is (\d+)/.exec((await lastMessage(email))?.body ?? '')?.[1]).toBe(code);
    expect((await again.post('/session/mfa', { method: 'email', code })).json.status).toBe('ok');
  });
});

let phoneUsers = 0;

describe('the profile phone number', { timeout: 30_000 }, () => {
  it.each([
    ['+49 30 1234567', '+49301234567'],
    ['030 1234567', '+49301234567'],
    ['(030) 123-4567', '+49301234567'],
    ['+49-30-123 45 67', '+49301234567'],
    ['0044 20 7946 0018', '+442079460018'],
  ])('%s (registered in Germany) is texted and stored as %s', async (typed, e164) => {
    const email = `jane.phone${++phoneUsers}@northwind-logistics.com`;
    const { user, otp } = await approvedJane(email, { country: 'DE' });
    await user.post('/session', { email, password: otp });
    await user.post('/session/password', { newPassword: PASSWORD });
    expect((await user.get('/profile')).json.profile.country).toBe('DE');
    const requested = await user.post('/profile/phone', { phone: typed });
    expect(requested.status, JSON.stringify(requested.json)).toBe(202);
    await app.idle();
    const sms = await db.query<{ recipient: string; body: string }>(
      "SELECT recipient, body FROM outbox WHERE channel = 'sms' ORDER BY id DESC LIMIT 1",
    );
    expect(sms[0]?.recipient).toBe(e164);
    const code = /(\d{6})/.exec(sms[0]?.body ?? '')?.[1] as string;
    const confirmed = await user.post(`/profile/phone/${requested.json.verificationId}/confirm`, { code });
    expect(confirmed.json.profile.phone).toBe(e164);
  });

  it('without a registered country a national number asks for the country code; garbage is refused', async () => {
    const email = 'jane.nocountry@northwind-logistics.com';
    const { user, otp } = await approvedJane(email);
    await user.post('/session', { email, password: otp });
    await user.post('/session/password', { newPassword: PASSWORD });
    expect((await user.post('/profile/phone', { phone: '+49 30 1234567' })).status).toBe(202);
    clock.advance(120_000);
    const national = await user.post('/profile/phone', { phone: '030 1234567' });
    expect(national.status).toBe(422);
    expect(national.json.error.issues[0]).toMatchObject({
      path: '/phone',
      code: 'invalid-phone',
      params: { reason: 'missing-country' },
    });
    expect((await user.post('/profile/phone', { phone: 'call me maybe' })).status).toBe(422);
  });
});
