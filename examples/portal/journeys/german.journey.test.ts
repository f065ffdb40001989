/**
 * The portal in German, and the language a person chose following them: a German browser gets German pages,
 * elements and e-mails; the switch in the header changes the language (remembered without an account, stored
 * for a signed-in user) and the stored preference wins on another browser. The key sections are walked in
 * German, and the dark theme is checked (axe contrast included) on a few of them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';
import { expectOneH1 } from './headings.js';

const j = journey('german');

/** The visible texts of the main menu bar. */
const menu = (page: Page) => page.locator('header nav.main-nav li:not([hidden]) a').allInnerTexts();

describe.skipIf(!hasChromium)('the portal in German', () => {
  it('a German browser gets German pages and elements; the switch changes the language and is remembered', async () => {
    const page = await j.page({ locale: 'de-DE' });
    await j.visit(page, '/', 'home');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.locator('h1').innerText()).resolves.toBe('Willkommen');
    expect(await menu(page)).toEqual(['Start', 'Registrieren', 'Anmelden']);
    // No outbox link unless the development outbox is on (it is here): the footer names it in German.
    await expect(page.getByRole('link', { name: 'Postausgang (Entwicklung)' }).isVisible()).resolves.toBe(
      true,
    );

    // Registration: the element speaks German, its refusals too; one h1, not repeated by the element.
    await j.visit(page, '/register.html', 'register');
    const form = page.locator('gate-registration');
    await form.getByRole('heading', { name: 'Firmenkonto registrieren' }).waitFor();
    await expectOneH1(page);
    await form.locator('input[name=email]').fill('lise@gmail.com');
    await form.locator('input[name=email]').blur();
    await form.getByText(/Freemail-Anbieter/).waitFor();
    await j.check(page, 'register-refused');

    // The switch: English now, remembered for the next page (a cookie with nothing but the language).
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await j.visit(page, '/login.html', 'login-english');
    await expect(page.locator('h1').innerText()).resolves.toBe('Customer portal');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'gatehouse-lang')?.value).toBe('en');
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForLoadState('networkidle');
    await page.locator('gate-login').getByRole('heading', { name: 'Anmelden' }).waitFor();
    await expectOneH1(page);
    await j.check(page, 'login');
  });

  it('walks the key sections in German: mails, login, home, cases, RMA, users; the dark theme', async () => {
    // She registers from a German browser: every e-mail to her is German.
    const user = await j.activeUser(
      {
        givenName: 'Lise',
        familyName: 'Meitner',
        email: 'lise.meitner@kernphysik-berlin.de',
        company: 'Kernphysik Berlin',
        country: 'DE',
      },
      { locale: 'de-DE' },
    );
    const confirmation = (await j.mails(user.email)).find((m) => /Registrierung/.test(m.subject));
    expect(confirmation?.subject).toBe('Bestätigen Sie Ihre Portal-Registrierung');
    await j.mail(user.email, /Ihr Portalkonto ist bereit/);

    const page = await j.page({ locale: 'de-DE' });
    await page.goto(`${j.url}/login.html`);
    const login = page.locator('gate-login');
    await login.locator('input[name=email]').fill(user.email);
    await login.locator('input[name=password]').fill(user.password);
    await login.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');
    const info = page.locator('gate-support-info');
    await info.getByText('Regionale Support-Nummer').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('Willkommen, Lise Meitner');
    expect(await menu(page)).toEqual(['Start', 'Supportfälle', 'RMA', 'Benutzer']);
    await expectOneH1(page);
    await j.check(page, 'home-signed-in');

    await j.visit(page, '/support.html', 'support');
    await page.getByText('Sie haben noch keine Supportfälle.').waitFor();
    await page.locator('gate-support-case').getByRole('heading', { name: 'Support-Fall eröffnen' }).waitFor();
    await expectOneH1(page);

    await j.visit(page, '/rma.html', 'rma');
    await page.getByRole('heading', { name: 'Meine RMA-Anträge' }).waitFor();
    await expectOneH1(page);

    await j.visit(page, '/users.html', 'users');
    await page.locator('#users tbody tr').first().waitFor();
    await expect(page.locator('#users tbody tr').first().innerText()).resolves.toMatch(/Super Admin.*Aktiv/s);
    await expectOneH1(page);

    await j.visit(page, '/profile.html', 'profile');
    await page.locator('gate-password-change').getByRole('heading', { name: 'Passwort ändern' }).waitFor();
    await expectOneH1(page);

    // The dark theme: the same pages under prefers-color-scheme: dark, axe's contrast check included.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${j.url}/`);
    await page.locator('gate-support-info').getByText('Support-PIN').waitFor();
    await j.check(page, 'home-dark');
    await j.visit(page, '/support.html', 'support-dark');
    await page.locator('.user-menu summary').click();
    await j.check(page, 'user-menu-dark');
  });

  it('the stored preference follows the user to another browser, and her e-mails are in it', async () => {
    const user = await j.activeUser(
      {
        givenName: 'Otto',
        familyName: 'Hahn',
        email: 'otto.hahn@radiochemie-berlin.de',
        company: 'Radiochemie Berlin',
      },
      { locale: 'de-DE' },
    );
    // An English browser without a choice of its own: after login the portal turns German (her preference).
    const page = await j.page({ locale: 'en-US' });
    await page.goto(`${j.url}/login.html`);
    const login = page.locator('gate-login');
    await login.locator('input[name=email]').fill(user.email);
    await login.locator('input[name=password]').fill(user.password);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByRole('heading', { name: 'Willkommen, Otto Hahn' }).waitFor();

    // She switches to English: stored on the server, so a German browser shows her English after login.
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Welcome, Otto Hahn' }).waitFor();
    const [stored] = await j.db.query<{ locale: string }>('SELECT locale FROM accounts WHERE email = $1', [
      user.email,
    ]);
    expect(stored?.locale).toBe('en');
    const other = await j.page({ locale: 'de-DE' });
    await other.goto(`${j.url}/login.html`);
    const again = other.locator('gate-login');
    await again.locator('input[name=email]').fill(user.email);
    await again.locator('input[name=password]').fill(user.password);
    await again.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await other.getByRole('heading', { name: 'Welcome, Otto Hahn' }).waitFor();
    await j.check(other, 'preference-english');

    // Back to German; a password reset code then comes in German.
    await other.getByRole('link', { name: 'Deutsch' }).click();
    await other.getByRole('heading', { name: 'Willkommen, Otto Hahn' }).waitFor();
    const reset = await other.context().request.post(`${j.url}/api/password-reset`, {
      data: { email: user.email },
      headers: await j.proof(),
    });
    expect(reset.status()).toBeLessThan(300);
    const code = await j.mail(user.email, /Code zum Zurücksetzen des Passworts lautet (\d+)/);
    expect(code.message.subject).toBe('Ihr Code zum Zurücksetzen des Passworts');
  });
});
