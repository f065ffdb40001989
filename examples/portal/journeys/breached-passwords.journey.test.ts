/**
 * Breached passwords, as a person meets them: her password turns up in a data breach after she chose it; she still
 * signs in, and every page tells her (in her language) that the password is known from breaches and links to the
 * password change; there a new password that is itself in a breach is refused at the field; once she changed it, the
 * warning is gone. The breach service is a local stand-in of its range API: it only ever sees 5-character prefixes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('breached-passwords', { breaches: true });

const TEXTS = {
  en: {
    signIn: 'Sign in',
    banner: /Your password appears in known data breaches/,
    link: 'Change your password now',
    change: 'Change password',
    refused: /This new password appeared in a known data breach/,
    changed: 'Password changed',
  },
  de: {
    signIn: 'Anmelden',
    banner: /Ihr Passwort ist aus bekannten Datenlecks bekannt/,
    link: 'Passwort jetzt ändern',
    change: 'Passwort ändern',
    refused: /Dieses neue Passwort ist aus einem bekannten Datenleck bekannt/,
    changed: 'Passwort geändert',
  },
} as const;

const banner = (page: Page) => page.locator('gate-session-warnings [part="banner"]');

/** The error text shown at the password change's new-password field ('' while there is none). */
const newPasswordError = (page: Page) =>
  page
    .locator(
      'gate-password-change gate-form :is([data-pointer="/newPassword"] ~ .gate-error, .gate-field:has([name=newPassword]) .gate-error)',
    )
    .first()
    .innerText()
    .catch(() => '');

async function walk(
  lang: 'en' | 'de',
  who: { givenName: string; familyName: string; email: string; company: string },
) {
  const t = TEXTS[lang];
  const locale = lang === 'de' ? 'de-DE' : 'en-US';
  const user = await j.activeUser(who, { locale });
  // The password she chose leaks somewhere else afterwards.
  j.breach(user.password);
  const asked = j.breachRequests.length;

  const page = await j.page({ locale });
  await page.goto(`${j.url}/login.html`);
  const login = page.locator('gate-login');
  await login.locator('input[name=email]').fill(user.email);
  await login.locator('input[name=password]').fill(user.password);
  await login.getByRole('button', { name: t.signIn, exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/');
  // Signed in all the same, and told on the landing page.
  await banner(page).waitFor();
  await expect(banner(page).innerText()).resolves.toMatch(t.banner);
  await expect(banner(page).getAttribute('role')).resolves.toBe('alert');
  await page.waitForLoadState('networkidle');
  await j.check(page, `warning-${lang}`);
  // All the breach service learnt from that sign-in: one 5-character prefix of the SHA-1.
  expect(j.breachRequests.slice(asked)).toEqual([expect.stringMatching(/^\/range\/[0-9A-F]{5}$/)]);

  // The banner's link opens the password change.
  await banner(page).getByRole('link', { name: t.link }).click();
  await page.waitForURL((u) => u.pathname === '/profile.html' && u.hash === '#password');
  const change = page.locator('gate-password-change');
  await change.locator('input[name=currentPassword]').waitFor();
  await expect(banner(page).isVisible()).resolves.toBe(true);

  // A new password that is itself in a breach is refused at its field.
  const leaked = `${lang} the orchard gate swings at noon`;
  j.breach(leaked);
  await change.locator('input[name=currentPassword]').fill(user.password);
  await change.locator('input[name=newPassword]').fill(leaked);
  await change.locator('input[name=confirmPassword]').fill(leaked);
  await change.getByRole('button', { name: t.change, exact: true }).click();
  await expect.poll(() => newPasswordError(page)).toMatch(t.refused);
  await expect(change.locator('input[name=newPassword]').getAttribute('aria-invalid')).resolves.toBe('true');
  await change.locator('input[name=newPassword]').scrollIntoViewIfNeeded();
  await j.check(page, `refused-${lang}`);

  // A password nobody has leaked: changed, and the warning goes away on the spot.
  const fresh = `${lang} a heron waits by the cold canal`;
  await change.locator('input[name=currentPassword]').fill(user.password);
  await change.locator('input[name=newPassword]').fill(fresh);
  await change.locator('input[name=confirmPassword]').fill(fresh);
  await change.getByRole('button', { name: t.change, exact: true }).click();
  await change.getByRole('heading', { name: t.changed }).waitFor();
  await expect.poll(() => banner(page).count()).toBe(0);
  await expect(page.locator('gate-session-warnings').isHidden()).resolves.toBe(true);
  await j.check(page, `changed-${lang}`);

  // And it stays gone: the landing page shows no warning either.
  await page.goto(`${j.url}/`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1').innerText()).resolves.toMatch(who.givenName);
  expect(await banner(page).count()).toBe(0);
}

describe.skipIf(!hasChromium)('breached passwords', () => {
  it('in English: warned after signing in, a breached new password refused at the field, the warning gone after the change', async () => {
    await walk('en', {
      givenName: 'Mara',
      familyName: 'Lind',
      email: 'mara.lind@northwind-logistics.com',
      company: 'Northwind Logistics',
    });
  });

  it('in German: the same walk, every text in German', async () => {
    await walk('de', {
      givenName: 'Lotte',
      familyName: 'Brandt',
      email: 'lotte.brandt@radium-labs.com',
      company: 'Radium Labs',
    });
  });
});
