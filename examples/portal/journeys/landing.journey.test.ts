/**
 * Manual sections "Support information" and "Where things are in the portal": after login the portal home shows
 * the support level, the regional number and the support PIN (Priority and Plus; other levels see their level and
 * how to upgrade); the menu bar follows the login state and the roles; the user menu holds profile, MFA settings,
 * passkeys, password, e-mail address, "Your data" and "Log out", in English and German, and each of its links lands
 * with its card in view once the profile page's elements have drawn themselves.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('landing');

/** The visible texts of the menu bar. */
const menu = (page: Page) => page.locator('header nav.main-nav li:not([hidden]) a').allInnerTexts();

/** Until every flow element of the page has left its loading step (their content is what moves the page). */
async function elementsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement & { step?: string | null }>('main [endpoint]')].every(
      (el) => el.hidden || (typeof el.step === 'string' && !el.step.startsWith('loading')),
    ),
  );
}

/**
 * Whether `#id` is where a link to it should leave it: starting at the top of the viewport, or — for a card near
 * the end, which cannot scroll that far — wholly on screen with the page scrolled to its end.
 */
const placement = (page: Page, id: string) =>
  page.evaluate((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    const top = Math.round(box.top);
    const bottom = Math.round(box.bottom);
    const atEnd = Math.abs(scrollY - (document.documentElement.scrollHeight - innerHeight)) <= 2;
    return { top, bottom, atEnd, ok: top >= -2 && (top <= 40 || (atEnd && bottom <= innerHeight + 2)) };
  }, id);

describe.skipIf(!hasChromium)('landing page and navigation', () => {
  it('logged out: Register and Log in, no "Log out", no Approvals or Users', async () => {
    const page = await j.page();
    await j.visit(page, '/', 'logged-out');
    expect(await menu(page)).toEqual(['Home', 'Register', 'Log in']);
    await expect(page.getByRole('button', { name: 'Log out' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.user-menu').isVisible()).resolves.toBe(false);
  });

  it('login lands on the portal home with the support level, regional number and PIN (Priority)', async () => {
    const user = await j.activeUser({
      givenName: 'Lise',
      familyName: 'Meitner',
      email: 'lise.meitner@fission-works.com',
      company: 'Fission Works',
    });
    // Log in through the form (a fresh context): the login page sends the user home.
    const page = await j.page();
    await page.goto(`${j.url}/login.html`);
    const login = page.locator('gate-login');
    await login.locator('input[name=email]').fill(user.email);
    await login.locator('input[name=password]').fill(user.password);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');
    const info = page.locator('gate-support-info');
    await info.getByText('Regional support number').waitFor();
    await expect
      .poll(async () => (await info.evaluate((el) => el.shadowRoot?.textContent ?? '')).replace(/\s+/g, ' '))
      .toMatch(/Support level ?Priority.*Support PIN ?\d{8}/);
    await expect(page.locator('#upgrade').isVisible()).resolves.toBe(false);
    await j.check(page, 'priority');
    // A Super Admin's menu: everything of the company, but not the reviewers' approvals.
    expect(await menu(page)).toEqual(['Home', 'Support cases', 'RMA', 'Users']);
    await page.locator('.user-menu summary').click();
    const items = await page.locator('.user-menu li').allInnerTexts();
    expect(items.map((t) => t.trim())).toEqual([
      'My profile',
      'MFA settings',
      'Passkeys',
      'Change password',
      'Change e-mail address',
      'Your data',
      'Log out',
    ]);
    await j.check(page, 'user-menu');
    await page.getByRole('link', { name: 'MFA settings' }).click();
    await page.waitForURL(/profile\.html#mfa/);
    await page.locator('.user-menu summary').click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByRole('link', { name: 'Register your company' }).waitFor();
    expect(await menu(page)).toEqual(['Home', 'Register', 'Log in']);
  });

  /** The profile page's anchors, in the order of the menu's links to them. */
  const ANCHORS = ['details', 'mfa', 'passkeys', 'password', 'email', 'data'];
  for (const [lang, labels] of [
    [
      'en',
      ['My profile', 'MFA settings', 'Passkeys', 'Change password', 'Change e-mail address', 'Your data'],
    ],
    [
      'de',
      [
        'Mein Profil',
        'MFA-Einstellungen',
        'Passkeys',
        'Passwort ändern',
        'E-Mail-Adresse ändern',
        'Ihre Daten',
      ],
    ],
  ] as const) {
    it(`the user menu's links land on their card, which stays in view after the elements load (${lang})`, async () => {
      const user = await j.activeUser(
        {
          givenName: 'Emmy',
          familyName: 'Noether',
          email: `emmy.noether.${lang}@ring-theory.com`,
          company: 'Ring Theory',
        },
        { locale: lang },
      );
      const page = user.page;
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 844 });
        for (const [label, id] of labels.map((l, i) => [l, ANCHORS[i]!] as const)) {
          await page.goto(`${j.url}/?lang=${lang}`);
          await page.locator('.user-menu summary').click();
          await page.locator('.user-menu').getByRole('link', { name: label, exact: true }).click();
          await page.waitForURL((u) => u.pathname === '/profile.html' && u.hash === `#${id}`);
          await elementsDrawn(page);
          // Give late growth (a form mounting, fonts) its moment, then the card must start at the top.
          await page.waitForTimeout(400);
          const where = await placement(page, id);
          expect(where.ok, `${label} at ${width} px: #${id} at ${JSON.stringify(where)}`).toBe(true);
        }
      }
      // The MFA settings' "Passkey" card links to the passkeys on the same page.
      await page.goto(`${j.url}/profile.html?lang=${lang}#mfa`);
      await elementsDrawn(page);
      const manage = lang === 'en' ? 'Add or manage passkeys' : 'Passkeys hinzufügen oder verwalten';
      await page.locator('gate-mfa-enrollment').getByRole('link', { name: manage }).click();
      await page.waitForURL((u) => u.hash === '#passkeys');
      await page.waitForTimeout(400);
      const where = await placement(page, 'passkeys');
      expect(where.ok, `the Passkey card's link: #passkeys at ${JSON.stringify(where)}`).toBe(true);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${j.url}/?lang=${lang}`);
      await page.locator('.user-menu summary').click();
      await j.check(page, `user-menu-${lang}`);
    });
  }

  it('a Standard company sees its level and how to upgrade, and no PIN', async () => {
    const user = await j.activeUser({
      givenName: 'Otto',
      familyName: 'Hahn',
      email: 'otto.hahn@standard-chem.com',
      company: 'Standard Chem',
    });
    await j.db.query(
      "UPDATE companies SET support_level = 'standard' WHERE id = (SELECT company_id FROM accounts WHERE email = $1)",
      [user.email],
    );
    await j.visit(user.page, '/', 'standard');
    await expect.poll(() => user.page.locator('#upgrade').isVisible()).toBe(true);
    const text = await user.page
      .locator('gate-support-info')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toContain('Your support level is Standard');
    expect(text).not.toMatch(/\d{8}/);
    await expect(user.page.locator('#upgrade').innerText()).resolves.toMatch(/upgrade to Priority or Plus/);
    await j.check(user.page, 'standard-upgrade');
  });

  it('the reviewer sees Approvals, no company pages and no support card', async () => {
    const page = await j.page();
    await j.loginAsReviewer(page, '/');
    await page.getByText('Welcome,').waitFor();
    expect(await menu(page)).toEqual(['Home', 'Approvals', 'Devices']);
    await expect(page.locator('#support-card').isVisible()).resolves.toBe(false);
    await j.check(page, 'reviewer');
  });

  // A name of middling length once put the user menu beside the menu bar, which then scrolled RMA and Users
  // out of sight; a very long name takes a row of its own.
  for (const [givenName, familyName, slug] of [
    ['Grace', 'Hopper', 'grace.hopper'],
    ['Maximiliane', 'Mustermann-Schönberger', 'maximiliane.mustermann'],
  ] as const) {
    it(`on a phone, ${givenName} ${familyName} sees every menu link and the open user menu on screen`, async () => {
      const user = await j.activeUser({
        givenName,
        familyName,
        email: `${slug}@menu-widths.com`,
        company: 'Menu Widths',
      });
      const page = user.page;
      await page.setViewportSize({ width: 390, height: 844 });
      await j.visit(page, '/', `phone-${slug}`);
      expect(await menu(page)).toEqual(['Home', 'Support cases', 'RMA', 'Users']);
      const offScreen = (selector: string) =>
        page.locator(selector).evaluateAll((links) =>
          links
            .filter((link) => link.checkVisibility())
            .map((link) => ({ text: link.textContent?.trim(), box: link.getBoundingClientRect() }))
            .filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth)
            .map(({ text, box }) => `${text}: ${Math.round(box.left)}..${Math.round(box.right)}`),
        );
      expect(await offScreen('header nav.main-nav a')).toEqual([]);
      await page.locator('.user-menu summary').click();
      expect(await offScreen('.user-menu summary, .user-menu li a, .user-menu li button')).toEqual([]);
      await j.check(page, `phone-${slug}-user-menu`);
    });
  }
});
