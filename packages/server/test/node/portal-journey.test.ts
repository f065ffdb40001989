/**
 * The end-to-end journey of issue 7 in real Chromium through the demo portal (examples/portal), under its
 * strict CSP: a `securitypolicyviolation` anywhere fails the test.
 */
import { existsSync } from 'node:fs';
import { base32Decode, generateTotp } from '@gatehouse/rules/otp';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../../../../examples/portal/server.js';
import { openTestDatabase } from '../../src/storage/test-database.js';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

let offset = 0;
let portal: Awaited<ReturnType<typeof startPortal>>;
let browser: Browser;
const violations: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  portal = await startPortal({
    port: 0,
    // PGlite from the cached migrated template (or the CI Postgres), instead of a fresh initdb.
    db: await openTestDatabase(),
    scrypt: { N: 2 ** 12, r: 8, p: 1, keyLength: 32 },
    quiet: true,
    now: () => new Date(Date.now() + offset),
  });
  browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

async function collectViolations(page: Page) {
  violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
}

/**
 * The newest outbox message to `to` matching `pattern`, read from the development outbox page like a person
 * would. Mail is sent after the response, so the page is reloaded until the message is there.
 */
async function outbox(page: Page, to: string, pattern: RegExp): Promise<RegExpExecArray> {
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.goto(`${portal.url}/dev/outbox`);
    const newest = page.locator(`article.message[data-to="${to}"] pre`).first();
    const text = (await newest.count()) > 0 ? await newest.innerText() : '';
    const match = pattern.exec(text);
    if (match) return match;
    await page.waitForTimeout(250);
  }
  throw new Error(`no message to ${to} matching ${pattern}`);
}

async function totp(secret: string, at: number): Promise<string> {
  const bytes = base32Decode(secret);
  if (!bytes.ok) throw new Error('secret is not base32');
  return generateTotp({ secret: bytes.value, time: at });
}

const email = 'marie.curie@radium-labs.com';

describe.skipIf(!existsSync(CHROME))('the demo portal in Chromium', () => {
  it('walks the whole journey from registration to an RMA request', async () => {
    const { page } = await newPage();
    const status = page.locator('#status');

    // Register with a free-mail address: rejected with its reason.
    await page.goto(`${portal.url}/register.html`);
    const form = page.locator('#registration-form');
    await form.locator('input[name=givenName]').fill('Marie');
    await form.locator('input[name=familyName]').fill('Curie');
    await form.locator('input[name=email]').fill('marie@gmail.com');
    await form.locator('input[name=company]').fill('Radium Labs');
    await form.locator('input[name=termsAccepted]').check();
    await page.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => form.innerText()).toMatch(/free e-mail provider/i);

    // With the business address: the confirmation e-mail.
    await form.locator('input[name=email]').fill(email);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await collectViolations(page);
    const link = (await outbox(page, email, /https?:\/\/\S+token=\S+/))[0];
    await page.goto(link.replace(/^https?:\/\/[^/]+/, portal.url));
    await expect.poll(() => status.innerText()).toMatch(/waits for approval/);

    // The reviewer approves.
    const reviewer = await newPage();
    await reviewer.page.goto(`${portal.url}/login.html?next=/reviewer.html`);
    await reviewer.page.locator('#login-form input[name=email]').fill(portal.reviewer.email);
    await reviewer.page.locator('#login-form input[name=password]').fill(portal.reviewer.password);
    await reviewer.page.getByRole('button', { name: 'Log in' }).click();
    await reviewer.page.waitForURL(/reviewer\.html/);
    const row = reviewer.page.locator(`tr[data-email="${email}"]`);
    await row.locator('button[data-action=approve]').click();
    await expect.poll(() => reviewer.page.locator('#status').innerText()).toMatch(/approved/);
    await collectViolations(reviewer.page);

    // Log in with the one-time password: the forced change comes first.
    const otp = (await outbox(page, email, /One-time password: (\S+)/))[1] as string;
    await page.goto(`${portal.url}/login.html`);
    await page.locator('#login-form input[name=email]').fill(email);
    await page.locator('#login-form input[name=password]').fill(otp);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
    const password = 'radioactive decay is my favourite';
    await page.locator('#change-form input[name=newPassword]').fill(password);
    await page.locator('#change-form input[name=confirmPassword]').fill(password);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.waitForURL(/profile\.html/);

    // Enroll TOTP, computing the code from the secret shown on the page.
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page
      .locator('#totp-secret')
      .filter({ hasText: /^[A-Z2-7]{16,}$/ })
      .waitFor();
    const secret = (await page.locator('#totp-secret').innerText()).trim();
    await page.locator('#totp-code-form input[name=code]').fill(await totp(secret, Date.now() + offset));
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect.poll(() => status.innerText()).toMatch(/Authenticator app activated/);
    await collectViolations(page);

    // Log out, log in with TOTP (the server clock moves on one step).
    const login = async (pass: string) => {
      await page.goto(`${portal.url}/login.html`);
      await page.locator('#login-form input[name=email]').fill(email);
      await page.locator('#login-form input[name=password]').fill(pass);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { name: 'Verification' }).waitFor();
    };
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${portal.url}/`);
    offset += 30_000;
    await login(password);
    const code = await totp(secret, Date.now() + offset);
    await page.locator('#mfa-form input[name=code]').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(/profile\.html/);

    // The same code again is rejected.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${portal.url}/`);
    await login(password);
    await page.locator('#mfa-form input[name=code]').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => status.innerText()).toMatch(/not correct or was already used/);

    // Reset the password via a code (read in another tab, so the reset page keeps its state).
    await page.goto(`${portal.url}/reset.html`);
    await page.locator('#reset-request-form input[name=email]').fill(email);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Code and new password' }).waitFor();
    const mailbox = await newPage();
    const resetCode = (await outbox(mailbox.page, email, /password reset code is (\d{6})/))[1] as string;
    const newPassword = 'polonium was named after poland';
    await page.locator('#reset-code-form input[name=code]').fill(resetCode);
    await page.locator('#reset-code-form input[name=newPassword]').fill(newPassword);
    await page.locator('#reset-code-form input[name=confirmPassword]').fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { name: 'Done' }).waitFor();
    await collectViolations(page);

    // Log in with the new password and a fresh TOTP step, then submit an RMA with two extra serials.
    offset += 30_000;
    await login(newPassword);
    await page.locator('#mfa-form input[name=code]').fill(await totp(secret, Date.now() + offset));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(/profile\.html/);
    await page.goto(`${portal.url}/rma.html`);
    const rma = page.locator('#rma-form');
    await rma.locator('input[name=serialNumber]').waitFor();
    await expect
      .poll(() => rma.locator('input[name="deliveryAddress/company"]').inputValue())
      .toBe('Radium Labs');
    await rma.locator('input[name=serialNumber]').fill('SN-778899');
    await rma
      .locator('textarea[name=description], input[name=description]')
      .fill('The power supply fails after ten minutes of load.');
    await rma.locator('input[name="deliveryAddress/street"]').fill('11 Rue Pierre et Marie Curie');
    await rma.locator('input[name="deliveryAddress/postalCode"]').fill('75005');
    await rma.locator('input[name="deliveryAddress/city"]').fill('Paris');
    await rma.locator('input[name="deliveryAddress/country"]').fill('FR');
    await rma.locator('input[name=addressConfirmed]').check();
    await rma.locator('input[name=moreThanOneDevice]').check();
    const add = rma.getByRole('button', { name: 'Add' });
    await add.click();
    await rma.locator('input[name="additionalSerialNumbers/0"]').fill('SN-778900');
    await add.click();
    await rma.locator('input[name="additionalSerialNumbers/1"]').fill('SN-778901');
    await page.getByRole('button', { name: 'Submit RMA request' }).click();
    await expect.poll(() => status.innerText()).toMatch(/RMA request RMA-\d{4}-\S+ submitted/);
    const stored = await portal.db.query<{ data: { additionalSerialNumbers: string[] } }>(
      'SELECT data FROM rma_requests',
    );
    expect(stored[0]?.data.additionalSerialNumbers).toEqual(['SN-778900', 'SN-778901']);
    await collectViolations(page);

    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
