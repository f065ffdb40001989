/**
 * Changing the e-mail address as a person does it on the profile page, in Chromium: the new address and the password,
 * "check your new inbox" while the account keeps its address, the confirmation link read in the development outbox,
 * the link's page confirming it (another browser signed out), then a login with the new address while the old one is
 * refused. English and German. And "this was not me": someone else signed in with the password asks for a change,
 * the owner follows the cancel link in the notice to the old address, the change stops, the intruder's browser is
 * signed out, the link to the new address says it was cancelled, and the page leads to the password change.
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
    revoked: 'E-mail change cancelled',
    stays: 'Your e-mail address stays as it was',
    advice: 'Whoever asked for the change knew your password: change it now.',
    changePassword: 'Change your password',
    passwordHeading: 'Change your password',
    linkRefused: 'This link cannot be used',
    cancelledByOwner: "The change was cancelled from the account's current address.",
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
    revoked: 'E-Mail-Änderung verworfen',
    stays: 'Ihre E-Mail-Adresse bleibt, wie sie war',
    advice: 'Wer die Änderung angefordert hat, kannte Ihr Passwort: Ändern Sie es jetzt.',
    changePassword: 'Passwort ändern',
    passwordHeading: 'Passwort ändern',
    linkRefused: 'Dieser Link kann nicht verwendet werden',
    cancelledByOwner: 'Die Änderung wurde über die bisherige Adresse des Kontos verworfen.',
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
  // The notice carries only its own "this was not me" link, never the confirmation link.
  expect(notice.message.body).not.toMatch(/email-change\.html\?token=/);
  expect(notice.message.body).toMatch(/email-change-cancel\.html\?token=/);

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

/**
 * "This was not me": an intruder signed in with the person's password asks for a change on the profile page; the
 * owner, in their own browser, follows the cancel link of the notice read in the development outbox.
 */
async function notMe(
  lang: Lang,
  person: { givenName: string; familyName: string; email: string; company: string; country?: string },
  intruderEmail: string,
) {
  const w = words[lang];
  const locale = lang === 'de' ? { locale: 'de-DE' } : {};
  const owner = await j.activeUser(person, locale);
  const [account] = await j.db.query<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [
    owner.email,
  ]);
  const id = account?.id as string;
  const intruder = await j.page(locale);
  expect(
    (
      await intruder.context().request.post(`${j.url}/api/session`, {
        data: { email: owner.email, password: owner.password },
      })
    ).status(),
  ).toBe(200);
  await intruder.goto(`${j.url}/profile.html#email`);
  const change = intruder.locator('gate-email-change');
  await change.getByLabel(w.newEmail).fill(intruderEmail);
  await change.getByLabel(w.password).fill(owner.password);
  await change.getByRole('button', { name: w.submit }).click();
  await change.getByRole('heading', { name: w.sent }).waitFor({ timeout: 20_000 });

  // The owner reads the notice in the development outbox and follows its cancel link.
  const page = owner.page;
  await page.goto(`${j.url}/api/dev/outbox`);
  const mail = page.locator(`article[data-to="${owner.email}"]`, { hasText: w.noticeSubject }).first();
  await mail.waitFor({ timeout: 20_000 });
  const href = await mail.locator('a[href*="email-change-cancel.html"]').getAttribute('href');
  expect(href).toMatch(/\/email-change-cancel\.html\?token=/);
  await page.goto(j.local(href as string));
  const cancelled = page.locator('gate-email-change');
  await cancelled.getByRole('heading', { name: w.revoked }).waitFor({ timeout: 20_000 });
  await cancelled.getByText(w.stays).waitFor();
  await cancelled.getByText(words[lang].advice).waitFor();
  // A page that holds one flow shows it as the portal's centred card, like the link's own page.
  expect(await cancelled.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('4px');
  expect(new URL(page.url()).search).toBe('');
  await j.check(page, `${lang}-not-me-cancelled`);
  await elementShots(page, page.locator('main'), `${lang}-revoked`);
  expect(await storedEmail(id)).toBe(owner.email);
  // The intruder's browser is signed out; the owner's own stays signed in.
  expect(await (await intruder.context().request.get(`${j.url}/api/session`)).json()).toEqual({
    session: null,
  });
  const audited = await j.db.query<{ event: string }>(
    "SELECT event FROM audit_events WHERE subject = $1 AND event = 'email-change-cancelled'",
    [id],
  );
  expect(audited).toHaveLength(1);

  // The link that went to the new address no longer works, and says why.
  const link = await j.mail(intruderEmail, /token=([\w%-]+)/);
  const confirmUrl = /https?:\/\/\S+email-change\.html\?token=[\w%-]+/.exec(link.message.body)?.[0] as string;
  await intruder.goto(j.local(confirmUrl));
  const refused = intruder.locator('gate-email-change');
  await refused.getByRole('heading', { name: w.linkRefused }).waitFor({ timeout: 20_000 });
  await refused.getByText(w.cancelledByOwner).waitFor();
  await j.check(intruder, `${lang}-not-me-link-refused`);
  await elementShots(intruder, intruder.locator('main'), `${lang}-link-cancelled`);
  expect(await storedEmail(id)).toBe(owner.email);

  // On to the password change, still signed in.
  await cancelled.getByRole('link', { name: w.changePassword }).click();
  await page.waitForURL((u) => u.pathname === '/profile.html' && u.hash === '#password', { timeout: 20_000 });
  await page
    .locator('gate-password-change')
    .getByRole('heading', { name: w.passwordHeading })
    .waitFor({ timeout: 20_000 });
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

  it('"this was not me": the cancel link in the notice stops the change and signs the intruder out', async () => {
    await notMe(
      'en',
      {
        givenName: 'Grace',
        familyName: 'Hopper',
        email: 'grace@cobol-systems.com',
        company: 'Cobol Systems',
      },
      'grace.h@cobol-systems.com',
    );
  }, 480_000);

  it('"this was not me" in German', async () => {
    await notMe(
      'de',
      {
        givenName: 'Jonas',
        familyName: 'Weber',
        email: 'jonas@rhein-technik.de',
        company: 'Rhein Technik GmbH',
        country: 'DE',
      },
      'j.weber@rhein-technik.de',
    );
  }, 480_000);
});
