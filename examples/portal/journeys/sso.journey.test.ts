/**
 * Single sign-on across the three portals, in Chromium: the Customer Portal (the OpenID provider's origin), the
 * App Portal and the App Creator Portal (relying parties on their own origins, each with its own session cookie).
 * One login anywhere opens all three; a logout anywhere ends all three.
 */
import { DEFAULT_SCRYPT, seedAccount } from '@gatehouse/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('sso', { siblings: true });

/** The harness's cheap scrypt is private to it; accounts seeded here only need to log in, so the cost is moot. */
const SEED_SCRYPT = { ...DEFAULT_SCRYPT, N: 2 ** 12, p: 1 };

const portal = (index: 0 | 1) => {
  const sibling = j.siblings[index];
  if (!sibling) throw new Error('sibling portals are not running');
  return sibling;
};

/** Every URL the page's main frame visits, to prove which pages a login did (not) pass through. */
function visited(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

/** Clicks "Log in" at sibling `index` and returns the ms until its page shows who is logged in. */
async function ssoHop(page: Page, index: 0 | 1): Promise<number> {
  await page.goto(`${portal(index).origin}/`);
  const started = performance.now();
  await page.getByRole('link', { name: 'Log in' }).click();
  await page.locator('#who').waitFor();
  return performance.now() - started;
}

async function whoIsLoggedIn(page: Page) {
  return {
    email: await page.locator('[data-field=email]').textContent(),
    mfa: await page.locator('[data-field=mfa]').textContent(),
  };
}

/** The portal's login page inside an OpenID login: e-mail and password into `<gate-login>`. */
async function signIn(page: Page, email: string, password: string) {
  await page.waitForURL((u) => u.pathname === '/login.html');
  const login = page.locator('gate-login');
  await login.locator('input[name=email]').fill(email);
  await login.locator('input[name=password]').fill(password);
  await login.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe.skipIf(!hasChromium)('single sign-on across the sibling portals', () => {
  it('logged in at the Customer Portal: both siblings log in without a prompt; logout at one ends all', async () => {
    const page = await j.page();
    const urls = visited(page);
    await j.loginAsReviewer(page, '/');
    const hops = [await ssoHop(page, 0)];
    expect(await whoIsLoggedIn(page)).toEqual({ email: j.reviewer.email, mfa: 'no (pwd)' });
    await j.check(page, 'app-portal-logged-in');
    hops.push(await ssoHop(page, 1));
    expect((await whoIsLoggedIn(page)).email).toBe(j.reviewer.email);
    await j.check(page, 'creator-portal-logged-in');
    // No login page was shown after the Customer Portal's own.
    expect(urls.filter((u) => u.includes('/login.html'))).toHaveLength(1);
    console.log(`SSO hop (click Log in → logged in), ms: ${hops.map((ms) => ms.toFixed(0)).join(', ')}`);

    // Log out at the App Creator Portal: the provider asks once, then every portal is logged out.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log out of all portals?' }).waitFor();
    await j.check(page, 'provider-logout');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${portal(1).origin}/`);
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await page.goto(`${portal(0).origin}/`);
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await j.check(page, 'app-portal-logged-out');
    // The Customer Portal's session ended as well (asked from its own origin).
    await page.goto(`${j.url}/`);
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session).toEqual({ session: null });
  });

  it('an MFA user: one password, one e-mail code at the first portal, none at the second', async () => {
    const email = 'mfa.sso@northwind-logistics.com';
    const password = 'sibling portals share one login';
    await seedAccount(j.db, {
      email,
      password,
      roles: [],
      scrypt: SEED_SCRYPT,
      givenName: 'Mia',
      familyName: 'Factor',
    });
    await j.db.query('UPDATE accounts SET mfa_email = true WHERE email = $1', [email]);
    const page = await j.page();
    await page.goto(`${portal(0).origin}/`);
    await page.getByRole('link', { name: 'Log in' }).click();
    await signIn(page, email, password);
    await page.getByRole('heading', { name: 'Verify it is you' }).waitFor();
    const code = (await j.mail(email, /code is (\d{6})/))[1] as string;
    await page.locator('gate-login input[name=code]').fill(code);
    await page.locator('gate-login').getByRole('button', { name: 'Verify' }).click();
    await page.locator('#who').waitFor();
    expect(page.url()).toBe(`${portal(0).origin}/`);
    expect(await whoIsLoggedIn(page)).toEqual({ email, mfa: 'yes (pwd, otp, mfa)' });
    await ssoHop(page, 1);
    expect(await whoIsLoggedIn(page)).toEqual({ email, mfa: 'yes (pwd, otp, mfa)' });
    expect(await j.mails(email)).toHaveLength(1);
  });

  it('a one-time password is changed once, at the provider; the other sibling then asks nothing', async () => {
    const email = 'first.sso@northwind-logistics.com';
    const oneTime = 'Temporary-Pass-4821';
    await seedAccount(j.db, {
      email,
      password: oneTime,
      roles: [],
      scrypt: SEED_SCRYPT,
      givenName: 'Otto',
      familyName: 'Once',
    });
    await j.db.query(
      "UPDATE accounts SET password_one_time = true, password_expires_at = now() + interval '7 days' WHERE email = $1",
      [email],
    );
    const page = await j.page();
    const urls = visited(page);
    await page.goto(`${portal(1).origin}/`);
    await page.getByRole('link', { name: 'Log in' }).click();
    await signIn(page, email, oneTime);
    const form = page.locator('gate-login gate-form[slot="form"]');
    const chosen = 'a quiet harbour full of sailing boats';
    await form.locator('input[name=newPassword]').fill(chosen);
    await form.locator('input[name=confirmPassword]').fill(chosen);
    await page.locator('gate-login').getByRole('button', { name: 'Save password' }).click();
    await page.locator('#who').waitFor();
    expect((await whoIsLoggedIn(page)).email).toBe(email);
    await ssoHop(page, 0);
    expect((await whoIsLoggedIn(page)).email).toBe(email);
    expect(urls.filter((u) => u.includes('/login.html'))).toHaveLength(1);
    const [row] = await j.db.query<{ password_one_time: boolean }>(
      'SELECT password_one_time FROM accounts WHERE email = $1',
      [email],
    );
    expect(row?.password_one_time).toBe(false);
  });

  it('logout at the Customer Portal ends the sibling sessions (back-channel)', async () => {
    const page = await j.page();
    await j.loginAsReviewer(page, '/');
    await ssoHop(page, 0);
    await page.goto(`${j.url}/`);
    await page.locator('.user-menu summary').click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Register your company' }).waitFor();
    await page.goto(`${portal(0).origin}/`);
    await page.getByRole('link', { name: 'Log in' }).waitFor();
  });
});
