/**
 * Changing the e-mail address as a person does it on the profile page, in Chromium: the new address and the password,
 * "check your new inbox" while the account keeps its address, the confirmation link read in the development outbox,
 * the link's page confirming it (another browser signed out), then a login with the new address while the old one is
 * refused. English and German.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('email-change');

const words = {
  en: {
    heading: 'Change your e-mail address',
    newEmail: 'New e-mail address',
    password: 'Current password',
    submit: 'Send confirmation link',
    wrongPassword: 'Your current password is not correct.',
    sent: 'Check your new inbox',
    linkSubject: 'Confirm your new e-mail address',
    noticeSubject: 'A change of your e-mail address was requested',
    changedSubject: 'Your e-mail address was changed',
    changed: 'E-mail address changed',
    signedOut: '1 other browser was signed out.',
    signIn: 'Sign in',
    refused: 'The e-mail address or the password is not correct.',
  },
  de: {
    heading: 'E-Mail-Adresse ändern',
    newEmail: 'Neue E-Mail-Adresse',
    password: 'Aktuelles Passwort',
    submit: 'Bestätigungslink senden',
    wrongPassword: 'Ihr aktuelles Passwort ist nicht korrekt.',
    sent: 'Sehen Sie in Ihr neues Postfach',
    linkSubject: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
    noticeSubject: 'Eine Änderung Ihrer E-Mail-Adresse wurde angefordert',
    changedSubject: 'Ihre E-Mail-Adresse wurde geändert',
    changed: 'E-Mail-Adresse geändert',
    signedOut: '1 anderer Browser wurde abgemeldet.',
    signIn: 'Anmelden',
    refused: 'E-Mail-Adresse oder Passwort sind nicht korrekt.',
  },
};
type Lang = keyof typeof words;

/**
 * The element alone at 1280 px and at 390 px, for docs/flows/email-change.md (only with `GATEHOUSE_JOURNEY_SHOTS`;
 * the harness's own shots are whole pages).
 */
async function elementShots(page: Page, element: Locator, name: string) {
  const dir = process.env.GATEHOUSE_JOURNEY_SHOTS;
  if (!dir) return;
  const size = page.viewportSize();
  for (const [width, kind] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await element.screenshot({ path: join(dir, `email-change-element-${name}-${kind}.png`) });
  }
  if (size) await page.setViewportSize(size);
}

/** The stored address of account `id`. */
async function storedEmail(id: string): Promise<string | undefined> {
  return (await j.db.query<{ email: string }>('SELECT email FROM accounts WHERE id = $1', [id]))[0]?.email;
}

/** Signs in through the login page; `ok`: expects the portal home, else the refusal. */
async function login(page: Page, lang: Lang, email: string, password: string, ok: boolean, shot: string) {
  const w = words[lang];
  await page.goto(`${j.url}/login.html`);
  const form = page.locator('gate-login');
  await form.locator('input[name=email]').fill(email);
  await form.locator('input[name=password]').fill(password);
  await form.getByRole('button', { name: w.signIn, exact: true }).click();
  if (ok) await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });
  else await form.getByText(w.refused).waitFor({ timeout: 20_000 });
  await j.check(page, `${lang}-${shot}`);
}

/** The whole change for one person in one language. */
async function changeAddress(
  lang: Lang,
  person: { givenName: string; familyName: string; email: string; company: string; country?: string },
  newEmail: string,
) {
  const w = words[lang];
  const user = await j.activeUser(person, lang === 'de' ? { locale: 'de-DE' } : {});
  const page = user.page;
  const [account] = await j.db.query<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [
    user.email,
  ]);
  const id = account?.id as string;
  // Another browser signed in to the same account: the confirmation signs it out.
  const other = await j.page(lang === 'de' ? { locale: 'de-DE' } : {});
  const signedIn = await other.context().request.post(`${j.url}/api/session`, {
    data: { email: user.email, password: user.password },
  });
  expect(signedIn.status()).toBe(200);

  await j.visit(page, '/profile.html#email', `${lang}-profile`);
  const change = page.locator('gate-email-change');
  await change.getByRole('heading', { name: w.heading }).waitFor({ timeout: 20_000 });
  await change.scrollIntoViewIfNeeded();
  await change.getByText(user.email).waitFor();
  await change.getByLabel(w.newEmail).fill(newEmail);
  await change.getByLabel(w.password).fill('not my password');
  await change.getByRole('button', { name: w.submit }).click();
  await change.getByText(w.wrongPassword).first().waitFor({ timeout: 20_000 });
  await j.check(page, `${lang}-wrong-password`);
  await elementShots(page, change, `${lang}-wrong-password`);

  await change.getByLabel(w.password).fill(user.password);
  await change.getByRole('button', { name: w.submit }).click();
  await change.getByRole('heading', { name: w.sent }).waitFor({ timeout: 20_000 });
  await change.getByText(newEmail).waitFor();
  await j.check(page, `${lang}-sent`);
  await elementShots(page, change, `${lang}-sent`);
  // Nothing changed yet.
  expect(await storedEmail(id)).toBe(user.email);
  const notice = await j.mail(user.email, new RegExp(w.noticeSubject));
  expect(notice.message.body).not.toMatch(/token=/);

  // The person reads the link in the development outbox and follows it.
  await page.goto(`${j.url}/api/dev/outbox`);
  const mail = page.locator(`article[data-to="${newEmail}"]`, { hasText: w.linkSubject }).first();
  await mail.waitFor({ timeout: 20_000 });
  await j.check(page, `${lang}-outbox`);
  const href = await mail.locator('a[href*="token="]').getAttribute('href');
  expect(href).toMatch(/\/email-change\.html\?token=/);
  await page.goto(j.local(href as string));
  const confirmed = page.locator('gate-email-change');
  await confirmed.getByRole('heading', { name: w.changed }).waitFor({ timeout: 20_000 });
  await confirmed.getByText(w.signedOut).waitFor();
  // The token does not stay in the address bar.
  expect(new URL(page.url()).search).toBe('');
  await j.check(page, `${lang}-changed`);
  await elementShots(page, page.locator('main'), `${lang}-changed`);
  expect(await storedEmail(id)).toBe(newEmail);
  expect(await (await other.context().request.get(`${j.url}/api/session`)).json()).toEqual({ session: null });
  const security = await j.mail(user.email, new RegExp(w.changedSubject));
  expect(security.message.body).toContain(`${newEmail.slice(0, 1)}…@`);

  // A fresh browser: the new address signs in, the old one is refused.
  const fresh = await j.page(lang === 'de' ? { locale: 'de-DE' } : {});
  await login(fresh, lang, user.email, user.password, false, 'old-address-refused');
  await login(fresh, lang, newEmail, user.password, true, 'new-address-signed-in');
}

describe.skipIf(!hasChromium)('e-mail change', () => {
  it('changes the address only once the new one is confirmed; the new address signs in, the old one not', async () => {
    await changeAddress(
      'en',
      {
        givenName: 'Ada',
        familyName: 'Lovelace',
        email: 'ada@difference-engines.com',
        company: 'Difference Engines',
      },
      'ada.lovelace@difference-engines.com',
    );
  }, 480_000);

  it('in German', async () => {
    await changeAddress(
      'de',
      {
        givenName: 'Lena',
        familyName: 'Schmidt',
        email: 'lena@mosel-anlagen.de',
        company: 'Mosel Anlagen GmbH',
        country: 'DE',
      },
      'lena.schmidt@mosel-anlagen.de',
    );
  }, 480_000);
});
