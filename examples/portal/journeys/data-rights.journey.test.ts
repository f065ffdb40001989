/**
 * Data rights as a person meets them on the profile page, in Chromium: "Download my data" saves a JSON file with
 * their e-mail address and no password hash; "Delete my account" refuses a wrong password at the field, makes the
 * company's last Super Admin choose a successor, and leaves the person signed out on the home page, where the old
 * credentials no longer sign in. English and German.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('data-rights');

const words = {
  en: {
    heading: 'Your data',
    download: 'Download my data',
    saved: /Your data was saved as my-data-\d{4}-\d{2}-\d{2}\.json/,
    delete: 'Delete my account',
    confirmHeading: 'Delete your account',
    understood: /I understand that my account/,
    successor: 'New Super Admin',
    successorMissing: 'Choose who takes over the Super Admin role.',
    wrongPassword: 'Your current password is not correct.',
    signIn: 'Sign in',
    refused: 'The e-mail address or the password is not correct.',
  },
  de: {
    heading: 'Ihre Daten',
    download: 'Meine Daten herunterladen',
    saved: /Ihre Daten wurden als my-data-\d{4}-\d{2}-\d{2}\.json gespeichert/,
    delete: 'Mein Konto löschen',
    confirmHeading: 'Konto löschen',
    understood: /Mir ist klar, dass mein Konto/,
    successor: 'Neuer Super Admin',
    successorMissing: 'Wählen Sie, wer die Rolle des Super Admins übernimmt.',
    wrongPassword: 'Ihr aktuelles Passwort ist nicht korrekt.',
    signIn: 'Anmelden',
    refused: 'E-Mail-Adresse oder Passwort sind nicht korrekt.',
  },
};
type Lang = keyof typeof words;

/** Downloads the export from the profile page and returns the file's name and text. */
async function download(page: Page, lang: Lang) {
  const w = words[lang];
  await j.visit(page, '/profile.html#data', `${lang}-profile`);
  const rights = page.locator('gate-data-rights');
  await rights.getByRole('heading', { name: w.heading, exact: true }).waitFor({ timeout: 20_000 });
  await rights.scrollIntoViewIfNeeded();
  await j.check(page, `${lang}-overview`);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    rights.getByRole('button', { name: w.download }).click(),
  ]);
  await rights.getByText(w.saved).waitFor();
  await j.check(page, `${lang}-downloaded`);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The stored password hash of `email` (which the export must never hold). */
async function passwordHash(email: string): Promise<string> {
  const rows = await j.db.query<{ password_hash: string }>(
    'SELECT password_hash FROM accounts WHERE email = $1',
    [email],
  );
  const hash = rows[0]?.password_hash;
  if (!hash) throw new Error(`no password hash stored for ${email}`);
  return hash;
}

/** Opens the deletion step; returns the element. */
async function openDeletion(page: Page, lang: Lang) {
  const w = words[lang];
  const rights = page.locator('gate-data-rights');
  await rights.getByRole('button', { name: w.delete }).click();
  await rights.getByRole('heading', { name: w.confirmHeading }).waitFor();
  return rights;
}

/** Signs in through the login page with the old credentials and expects the refusal. */
async function loginFails(page: Page, lang: Lang, email: string, password: string) {
  const w = words[lang];
  await page.goto(`${j.url}/login.html`);
  const login = page.locator('gate-login');
  await login.locator('input[name=email]').fill(email);
  await login.locator('input[name=password]').fill(password);
  await login.getByRole('button', { name: w.signIn, exact: true }).click();
  await login.getByText(w.refused).waitFor({ timeout: 20_000 });
  await j.check(page, `${lang}-old-login-refused`);
  expect(new URL(page.url()).pathname).toBe('/login.html');
}

describe.skipIf(!hasChromium)('data rights', () => {
  it('exports, and the last Super Admin hands the role over before the account is deleted', async () => {
    const ada = await j.activeUser({
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada.lovelace@analytical-engines.com',
      company: 'Analytical Engines',
    });
    const w = words.en;
    const page = ada.page;
    // A colleague who can take over: invited by Ada, invitation accepted.
    const grace = 'grace.hopper@analytical-engines.com';
    const invited = await page.context().request.post(`${j.url}/api/invitations`, {
      data: { email: grace, givenName: 'Grace', familyName: 'Hopper', roles: ['support-cases'] },
    });
    expect(invited.status()).toBe(202);
    const token = decodeURIComponent((await j.mail(grace, /token=([\w%-]+)/))[1] as string);
    const colleague = await (await j.page()).context().request;
    const accepted = await colleague.post(`${j.url}/api/invitations/accept`, {
      data: { token, newPassword: 'violet harbour lamps drift slowly' },
    });
    expect(accepted.status()).toBe(200);

    const file = await download(page, 'en');
    expect(file.name).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.text).toContain(ada.email);
    expect(file.text).not.toContain(await passwordHash(ada.email));
    expect(file.text).not.toMatch(/"[^"]*(?:hash|password)[^"]*"\s*:/i);
    expect(JSON.parse(file.text)).toBeTypeOf('object');

    const rights = await openDeletion(page, 'en');
    const successor = rights.getByLabel(w.successor);
    await j.check(page, 'en-confirm');
    // Without a successor nothing is sent: the choice is asked for at the drop-down.
    await rights.locator('input[type=password]').fill('not my password at all');
    await rights.getByRole('checkbox', { name: w.understood }).check();
    await rights.getByRole('button', { name: w.delete }).click();
    await rights.getByText(w.successorMissing).waitFor();
    await expect.poll(() => successor.getAttribute('aria-invalid')).toBe('true');
    await j.check(page, 'en-successor-missing');

    await successor.selectOption({ label: 'Grace Hopper' });
    await rights.getByRole('button', { name: w.delete }).click();
    const password = rights.locator('input[type=password]');
    await expect.poll(() => password.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    await rights.getByText(w.wrongPassword).waitFor();
    await j.check(page, 'en-wrong-password');
    // Still there: the wrong password deleted nothing.
    expect(await j.db.query('SELECT 1 FROM accounts WHERE email = $1', [ada.email])).toHaveLength(1);

    await password.fill(ada.password);
    await rights.getByRole('button', { name: w.delete }).click();
    await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });
    await page.locator('#anonymous-home').waitFor({ state: 'visible', timeout: 20_000 });
    await j.check(page, 'en-home-after-deletion');
    expect(await page.evaluate(() => fetch('/api/session').then((r) => r.json()))).toEqual({ session: null });
    expect(await j.db.query('SELECT 1 FROM accounts WHERE email = $1', [ada.email])).toHaveLength(0);
    // Grace took the role over: she manages the company's users now.
    expect((await colleague.get(`${j.url}/api/users`)).status()).toBe(200);

    await loginFails(page, 'en', ada.email, ada.password);
  }, 480_000);

  it('in German: exports, refuses a wrong password, deletes, the old login fails', async () => {
    const lena = await j.activeUser(
      {
        givenName: 'Lena',
        familyName: 'Schmidt',
        email: 'lena.schmidt@rhein-maschinen.de',
        company: 'Rhein Maschinen GmbH',
        country: 'DE',
      },
      { locale: 'de-DE' },
    );
    const w = words.de;
    const page = lena.page;
    const file = await download(page, 'de');
    expect(file.text).toContain(lena.email);
    expect(file.text).not.toContain(await passwordHash(lena.email));

    // The company's only member: nobody to hand over to, so no drop-down.
    const rights = await openDeletion(page, 'de');
    expect(await rights.getByLabel(w.successor).count()).toBe(0);
    await j.check(page, 'de-confirm');
    const password = rights.locator('input[type=password]');
    await password.fill('falsches Passwort');
    await rights.getByRole('checkbox', { name: w.understood }).check();
    await rights.getByRole('button', { name: w.delete }).click();
    await expect.poll(() => password.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    await rights.getByText(w.wrongPassword).waitFor();
    await j.check(page, 'de-wrong-password');

    await password.fill(lena.password);
    await rights.getByRole('button', { name: w.delete }).click();
    await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });
    await page.locator('#anonymous-home').waitFor({ state: 'visible', timeout: 20_000 });
    await j.check(page, 'de-home-after-deletion');
    await loginFails(page, 'de', lena.email, lena.password);
  }, 480_000);
});
