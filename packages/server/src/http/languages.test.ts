import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import { mailText } from '../mail/mail-texts.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { type LastMessage, linkToken, registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { REVIEWER, registrationBody, TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: LastMessage;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

const GERMAN = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' };

describe('messages in the recipient language', () => {
  it('a registration from a German browser gets German mail from confirmation to welcome, and a German account', async () => {
    const user = new TestClient(app);
    const email = 'lise.meitner@kernphysik.test';
    const answer = await user.request('POST', '/registrations', registrationBody(email), GERMAN);
    expect(answer.status).toBe(202);
    expect((await lastMessage(email))?.subject).toBe('Bestätigen Sie Ihre Portal-Registrierung');
    const confirmed = await user.post('/registrations/confirm', {
      token: await linkToken(lastMessage, email),
    });
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    await reviewer.post(`/approvals/${confirmed.json.id}/decisions`, { action: 'approve' });
    const welcome = await lastMessage(email);
    expect(welcome?.subject).toBe('Ihr Portalkonto ist bereit');
    const [account] = await db.query<{ locale: string }>('SELECT locale FROM accounts WHERE email = $1', [
      email,
    ]);
    expect(account?.locale).toBe('de');
    // Her reset code comes in German whatever the requesting browser says.
    await new TestClient(app).post('/password-reset', { email });
    expect((await lastMessage(email))?.subject).toBe('Ihr Code zum Zurücksetzen des Passworts');
  });

  it('the language cookie of the switch wins over Accept-Language', async () => {
    const email = 'otto.hahn@kernphysik.test';
    const answer = await new TestClient(app).request('POST', '/registrations', registrationBody(email), {
      ...GERMAN,
      cookie: 'gatehouse-lang=en',
    });
    expect(answer.status).toBe(202);
    expect((await lastMessage(email))?.subject).toBe('Confirm your portal registration');
  });

  it('every message kind exists in both languages with the values it names', () => {
    const de = mailText('de', 'invitation', { inviter: 'Ada Lovelace', link: 'https://x.test/i', days: 7 });
    expect(de.text).toContain('Ada Lovelace hat Sie eingeladen');
    expect(de.text).toContain('7 Tage');
    expect(mailText('fr', 'email-code', { code: '123456', minutes: 10 }).subject).toBe(
      'Your verification code',
    );
    expect(mailText('de', 'email-code', { code: '123456', minutes: 10 }).text).toContain('123456');
  });
});

describe('PUT /preferences', () => {
  it('stores the language, sets the cookie, shows it in the session; e-mails follow it', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada@preferences.test', 'Preferences Ltd');
    const refused = await admin.request('PUT', '/preferences', { locale: 'fr' });
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues[0]).toMatchObject({ path: '/locale', code: 'enum' });
    const saved = await admin.request('PUT', '/preferences', { locale: 'de' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('set-cookie')).toMatch(/^gatehouse-lang=de;/);
    expect((await admin.get('/session')).json.session.user.locale).toBe('de');
    // An invitation goes out in the inviting user's language.
    await admin.post('/invitations', {
      email: 'grace@preferences.test',
      givenName: 'Grace',
      familyName: 'Hopper',
      roles: ['support-cases'],
    });
    expect((await lastMessage('grace@preferences.test'))?.subject).toBe('Einladung zum Kundenportal');
  });

  it('needs a session', async () => {
    expect((await new TestClient(app).request('PUT', '/preferences', { locale: 'de' })).status).toBe(401);
  });
});

describe('POST /invitations/preview', () => {
  it('tells the link holder their names and company (the password context words), and nothing for a bad link', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada@preview.test', 'Preview Works');
    await admin.post('/invitations', {
      email: 'tom.preview@preview.test',
      givenName: 'Tom',
      familyName: 'Kilburn',
      roles: ['rma'],
    });
    const token = await linkToken(lastMessage, 'tom.preview@preview.test');
    const guest = new TestClient(app);
    const preview = await guest.post('/invitations/preview', { token });
    expect(preview.status).toBe(200);
    expect(preview.json).toEqual({
      email: 'tom.preview@preview.test',
      givenName: 'Tom',
      familyName: 'Kilburn',
      company: 'Preview Works',
    });
    expect((await guest.post('/invitations/preview', { token: 'nope' })).status).toBe(400);
    expect((await guest.post('/invitations/preview', {})).status).toBe(422);
    // The words it names are refused at acceptance.
    const weak = await guest.post('/invitations/accept', { token, newPassword: 'PreviewWorksKilburn1' });
    expect(weak.status).toBe(422);
    const ok = await guest.post('/invitations/accept', { token, newPassword: TEST_PASSWORD });
    expect(ok.status).toBe(200);
    expect((await guest.post('/invitations/preview', { token })).status).toBe(400);
  });
});
