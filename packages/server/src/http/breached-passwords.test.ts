import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGatehouseServer, type GatehouseApp } from '../create-server.js';
import { createRangeBreachedPasswordCheck } from '../security/breached-passwords.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { linkToken, registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { type RangeApiStub, startRangeApiStub } from '../testing/range-api-stub.js';
import { REVIEWER, TEST_SCRYPT, TestClient, testServer } from '../testing/test-server.js';

// Long enough and uncommon enough for the local policy: only the breach service knows them.
const BREACHED = 'staple horse correct battery 99';
const CLEAN = 'a passphrase nobody ever listed 31';
const CLEAN_TOO = 'another passphrase never listed 58';

let db: Database;
let app: GatehouseApp;
let stub: RangeApiStub;
let lastMessage: (to: string) => Promise<{ subject: string; body: string } | undefined>;
beforeAll(async () => {
  stub = await startRangeApiStub({ [BREACHED]: 12 });
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db, {
    breachedPasswords: { check: createRangeBreachedPasswordCheck({ baseUrl: stub.url, timeoutMs: 300 }) },
  }));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
  await stub?.close();
});

const breachIssue = { path: '/newPassword', code: 'breached-password', params: { count: 12 } };

describe('breached passwords on the server', () => {
  it('the first password after approval (forced change) is refused when breached, naming the field', async () => {
    const email = 'ada@breach-first.example.com';
    const user = new TestClient(app);
    await user.post('/registrations', {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email,
      company: 'Breach Ltd',
      termsAccepted: true,
    });
    const { json } = await user.post('/registrations/confirm', {
      token: await linkToken(lastMessage, email),
    });
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' });
    const otp = /One-time password: (\S+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    expect((await user.post('/session', { email, password: otp })).json.status).toBe(
      'password-change-required',
    );
    const refused = await user.post('/session/password', { newPassword: BREACHED });
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues).toEqual([breachIssue]);
    // Nothing changed: the same pending step takes a clean password.
    expect((await user.post('/session/password', { newPassword: CLEAN })).json.status).toBe('ok');
  });

  it('a password change and a reset refuse a breached password and keep the old one', async () => {
    const email = 'bea@breach-change.example.com';
    const user = await registerSuperAdmin(app, lastMessage, email, 'Breach Change Ltd');
    const refused = await user.post('/password', { currentPassword: TEST_PASSWORD, newPassword: BREACHED });
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues).toEqual([breachIssue]);
    expect((await new TestClient(app).post('/session', { email, password: TEST_PASSWORD })).json.status).toBe(
      'ok',
    );

    const anonymous = new TestClient(app);
    await anonymous.post('/password-reset', { email });
    const code = /code is (\d{6})/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    const reset = await anonymous.post('/password-reset/confirm', { email, code, newPassword: BREACHED });
    expect(reset.status).toBe(422);
    expect(reset.json.error.issues).toEqual([breachIssue]);
    // The refusal rolled the code check back: the same code sets a clean password.
    expect(
      (await anonymous.post('/password-reset/confirm', { email, code, newPassword: CLEAN })).status,
    ).toBe(204);
  });

  it('an invitation cannot be accepted with a breached password', async () => {
    const admin = await registerSuperAdmin(
      app,
      lastMessage,
      'cy@breach-invite.example.com',
      'Breach Invite Ltd',
    );
    const email = 'dee@breach-invite.example.com';
    await admin.post('/invitations', {
      email,
      givenName: 'Dee',
      familyName: 'Doe',
      roles: ['support-cases'],
    });
    const token = await linkToken(lastMessage, email);
    const invitee = new TestClient(app);
    const refused = await invitee.post('/invitations/accept', { token, newPassword: BREACHED });
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues).toEqual([breachIssue]);
    expect((await invitee.post('/invitations/accept', { token, newPassword: CLEAN })).status).toBe(200);
  });

  it('an unreachable service lets the change through (fail open) and logs no password or hash', async () => {
    const email = 'eve@breach-open.example.com';
    const user = await registerSuperAdmin(app, lastMessage, email, 'Breach Open Ltd');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    stub.mode = 'slow';
    let logged = '';
    try {
      const changed = await user.post('/password', { currentPassword: TEST_PASSWORD, newPassword: BREACHED });
      expect(changed.status).toBe(204);
      logged = JSON.stringify(warn.mock.calls);
    } finally {
      stub.mode = 'normal';
      warn.mockRestore();
    }
    expect(logged).toContain('timeout');
    expect(logged).not.toContain(BREACHED);
    expect(logged).not.toMatch(/[0-9A-F]{5,}/);
  });

  it('fail closed: an unanswered check refuses with breach-check-unavailable', async () => {
    // A second server on the same database, configured to refuse what it could not check.
    const closed = await createGatehouseServer({
      db,
      scrypt: TEST_SCRYPT,
      breachedPasswords: {
        check: createRangeBreachedPasswordCheck({ baseUrl: stub.url, timeoutMs: 300 }),
        onUnknown: 'refuse',
      },
    });
    const email = 'fay@breach-closed.example.com';
    const signedIn = await registerSuperAdmin(app, lastMessage, email, 'Breach Closed Ltd');
    const user = new TestClient(closed);
    for (const [name, value] of signedIn.cookies) user.cookies.set(name, value);
    stub.mode = 'garbage';
    try {
      const refused = await user.post('/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: CLEAN_TOO,
      });
      expect(refused.status).toBe(422);
      expect(refused.json.error.issues).toEqual([
        { path: '/newPassword', code: 'breach-check-unavailable', params: {} },
      ]);
    } finally {
      stub.mode = 'normal';
      closed.stop();
      await closed.idle();
    }
  });

  it('signing in with a breached password works and carries a warning until the password changes', async () => {
    const email = 'gil@breach-login.example.com';
    await registerSuperAdmin(app, lastMessage, email, 'Breach Login Ltd');
    stub.breach(TEST_PASSWORD, 3);
    const user = new TestClient(app);
    const login = await user.post('/session', { email, password: TEST_PASSWORD });
    expect(login.json).toMatchObject({ status: 'ok' });
    expect(login.json.session.warnings).toEqual(['breached-password']);
    expect((await user.get('/session')).json.session.warnings).toEqual(['breached-password']);
    expect(
      (await user.post('/password', { currentPassword: TEST_PASSWORD, newPassword: CLEAN_TOO })).status,
    ).toBe(204);
    expect((await user.get('/session')).json.session.warnings).toEqual([]);
  });
});
