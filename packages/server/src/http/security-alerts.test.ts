import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { TestClient, type TestClock, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let clock: TestClock;
let lastMessage: (to: string) => Promise<{ subject: string; body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, clock, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

const FIREFOX_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** Every message to `to` whose subject matches, oldest first. */
async function alerts(to: string, subject: RegExp) {
  await app.idle();
  const rows = await db.query<{ subject: string; body: string }>(
    'SELECT subject, body FROM outbox WHERE recipient = $1 ORDER BY id',
    [to],
  );
  return rows.filter((r) => subject.test(r.subject));
}

/** Signs in with the password from a browser that sends `userAgent`, keeping its cookies in `client`. */
async function signIn(client: TestClient, email: string, userAgent: string) {
  return client.request('POST', '/session', { email, password: TEST_PASSWORD }, { 'user-agent': userAgent });
}

describe('security e-mails', () => {
  it('a sign-in from a new device is reported with its browser and system; a known device and the first one are not', async () => {
    const email = 'ada@alerts-device.example.com';
    await registerSuperAdmin(app, lastMessage, email);
    // The first device of an account is not news: nothing was sent.
    expect(await alerts(email, /new sign-in/i)).toEqual([]);

    const laptop = new TestClient(app);
    expect((await signIn(laptop, email, FIREFOX_ON_LINUX)).json.status).toBe('ok');
    const [alert] = await alerts(email, /new sign-in/i);
    expect(alert?.subject).toBe('New sign-in to your portal account');
    expect(alert?.body).toContain('Firefox on Linux');
    expect(alert?.body).toContain('If this was not you');
    expect(alert?.body).not.toContain(TEST_PASSWORD);

    // The same browser again (its device cookie): no second alert.
    clock.advance(60_000);
    await laptop.request('DELETE', '/session');
    expect((await signIn(laptop, email, FIREFOX_ON_LINUX)).json.status).toBe('ok');
    expect(await alerts(email, /new sign-in/i)).toHaveLength(1);

    // Another browser: another alert. A forged device cookie counts as a new device.
    const forged = new TestClient(app);
    forged.cookies.set('gatehouse_device', 'made-up-value');
    expect((await signIn(forged, email, CHROME_ON_WINDOWS)).json.status).toBe('ok');
    const all = await alerts(email, /new sign-in/i);
    expect(all).toHaveLength(2);
    expect(all[1]?.body).toContain('Chrome on Windows');
  });

  it('a wrong password sends nothing, and the device cookie is HttpOnly', async () => {
    const email = 'bea@alerts-wrong.example.com';
    await registerSuperAdmin(app, lastMessage, email);
    const stranger = new TestClient(app);
    const refused = await stranger.request(
      'POST',
      '/session',
      { email, password: 'not the password at all' },
      { 'user-agent': CHROME_ON_WINDOWS },
    );
    expect(refused.status).toBe(401);
    expect(stranger.cookies.has('gatehouse_device')).toBe(false);
    expect(await alerts(email, /new sign-in/i)).toEqual([]);
    const ok = await signIn(stranger, email, CHROME_ON_WINDOWS);
    const line = ok.headers.getSetCookie().find((l) => l.startsWith('gatehouse_device='));
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
  });

  it('adding and removing a second factor, changing and resetting the password: each tells the owner, in their language', async () => {
    const email = 'cy@alerts-changes.example.com';
    const user = await registerSuperAdmin(app, lastMessage, email);
    await user.request('PUT', '/preferences', { locale: 'de' });
    const started = await user.post('/mfa/email', {});
    const code = /lautet (\d{6})/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    await user.post(`/mfa/email/${started.json.enrollmentId}/confirm`, { code });
    const [added] = await alerts(email, /hinzugefügt/);
    expect(added?.subject).toBe('Ein Anmeldefaktor wurde hinzugefügt');
    expect(added?.body).toContain('Code per E-Mail');
    expect(added?.body).toContain('Wenn Sie das nicht waren');

    expect((await user.request('DELETE', '/mfa/factors/email')).status).toBe(204);
    const [removed] = await alerts(email, /entfernt/);
    expect(removed?.subject).toBe('Ein Anmeldefaktor wurde entfernt');

    const changed = await user.post('/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a completely different passphrase 77',
    });
    expect(changed.status).toBe(204);
    const [passwordMail] = await alerts(email, /Passwort wurde geändert/);
    expect(passwordMail?.body).toContain('Wenn Sie das nicht waren');

    clock.advance(120_000);
    await new TestClient(app).post('/password-reset', { email });
    const resetCode = /lautet (\d{6})/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    const reset = await new TestClient(app).post('/password-reset/confirm', {
      email,
      code: resetCode,
      newPassword: 'yet another passphrase for the portal',
    });
    expect(reset.status).toBe(204);
    expect(await alerts(email, /Passwort wurde geändert/)).toHaveLength(2);
  });
});
