/**
 * Session places, as a person meets them: signed in on two browsers, "Where you are signed in" names the place of
 * each session's address beside it — from the demo's local range table (made-up places: every demo sign-in comes
 * from this machine, "Demo Town") — with the country in the page's language, and the e-mail about the new browser
 * names the place too. Walked in English and German, at 1280 and 390 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('session-places');

const TEXTS = {
  en: {
    signIn: 'Sign in',
    heading: 'Where you are signed in',
    place: 'Demo Town, Demo Region, Germany',
    address: 'IP address',
    mail: /New sign-in to your portal account/,
  },
  de: {
    signIn: 'Anmelden',
    heading: 'Wo Sie angemeldet sind',
    place: 'Demo Town, Demo Region, Deutschland',
    address: 'IP-Adresse',
    mail: /Neue Anmeldung an Ihrem Portal-Konto/,
  },
} as const;

/** Signs `user` in on a second browser through the login page. */
async function signInElsewhere(user: { email: string; password: string }, lang: 'en' | 'de', locale: string) {
  const other = await j.page({ locale });
  await other.goto(`${j.url}/login.html`);
  const login = other.locator('gate-login');
  await login.locator('input[name=email]').fill(user.email);
  await login.locator('input[name=password]').fill(user.password);
  await login.getByRole('button', { name: TEXTS[lang].signIn, exact: true }).click();
  await other.waitForURL((u) => u.pathname === '/');
  return other;
}

/** The sessions list alone at 1280 and 390 px, for the docs (when `GATEHOUSE_JOURNEY_SHOTS` is set). */
async function listShots(page: Page, lang: 'en' | 'de') {
  const dir = process.env.GATEHOUSE_JOURNEY_SHOTS;
  if (!dir) return;
  const list = page.locator('gate-sessions');
  for (const [width, name] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await list.scrollIntoViewIfNeeded();
    await list.screenshot({ path: `${dir}/session-places-${lang}-list-${name}.png` });
  }
}

async function walk(
  lang: 'en' | 'de',
  who: { givenName: string; familyName: string; email: string; company: string },
) {
  const t = TEXTS[lang];
  const locale = lang === 'de' ? 'de-DE' : 'en-US';
  const user = await j.activeUser(who, { locale });
  await signInElsewhere(user, lang, locale);

  const page = user.page;
  await page.goto(`${j.url}/profile.html#sessions`);
  const list = page.locator('gate-sessions');
  await list.getByRole('heading', { name: t.heading }).waitFor();
  const sessions = list.locator('[part="session"]');
  await expect.poll(() => sessions.count()).toBe(2);
  // Both sessions came from this machine: the demo table names its made-up place, beside the address.
  for (const i of [0, 1]) {
    await expect(sessions.nth(i).locator('[part="place"]').innerText()).resolves.toBe(t.place);
    await expect(sessions.nth(i).locator('p').innerText()).resolves.toMatch(
      new RegExp(` · ${t.place} · ${t.address} \\S+$`),
    );
  }
  await sessions.nth(1).scrollIntoViewIfNeeded();
  await j.check(page, `${lang}-sessions`);
  // At 390 px the place wraps inside the list, nothing runs off the side.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(list.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
  await listShots(page, lang);

  // The e-mail about the second browser names the place too, in the account's language.
  const mail = await j.mail(user.email, t.mail);
  expect(mail.message.body).toMatch(new RegExp(`${t.address} \\S+ \\(${t.place}\\)\\.`));
}

describe.skipIf(!hasChromium)('session places', () => {
  it('the sessions list and the new-sign-in e-mail name the place of the address, in English', async () => {
    await walk('en', {
      givenName: 'Mary',
      familyName: 'Somerville',
      email: 'mary.somerville@orbit-instruments.com',
      company: 'Orbit Instruments',
    });
  }, 480_000);

  it('in German: the country in German', async () => {
    await walk('de', {
      givenName: 'Emmy',
      familyName: 'Noether',
      email: 'emmy.noether@erlangen-werke.de',
      company: 'Erlangen Werke GmbH',
    });
  }, 480_000);
});
