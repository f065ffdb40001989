/**
 * The Express + React host, built and walked as its visitors use it: Vite builds the app, the Express site starts
 * on a free port with Gatehouse mounted under /api/gatehouse, and Chromium registers a company, logs in, sees
 * the site's own account page (the host backend read the Gatehouse session) and logs out. Under the site's strict
 * CSP, with no violation; the brand theme reaches the elements; a route loads only its own element.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { demoAccount, type RunningHost, startHost } from '../server.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const shots = process.env.GATEHOUSE_SCREENSHOTS;

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  await build({ configFile: here('../vite.config.ts'), logLevel: 'warn' });
  host = await startHost({ port: 0, dist: here('../dist') });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs] });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** A page that records CSP violations and the script files it loads. */
async function open(path: string, width = 1280, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const violations: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${host.url}${path}`);
  return { page, violations, scripts };
}

async function shot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png` });
}

describe.skipIf(!existsSync(chromiumPath()))('Express + React host', () => {
  it('registers a company through the lazy /register route, themed, under the strict CSP', async () => {
    const { page, violations, scripts } = await open('/register');
    const form = page.locator('gate-registration gate-form');
    await form.locator('input[name=givenName]').fill('Grace');
    await form.locator('input[name=familyName]').fill('Hopper');
    await form.locator('input[name=email]').fill('grace.hopper@harbour-systems.com');
    await form.locator('input[name=company]').fill('Harbour Systems');
    await form.locator('input[name=termsAccepted]').check();
    // The brand reaches inside: serif headings (a part), the purple accent on the submit button (a token).
    const heading = page.locator('gate-registration').locator('[part="heading"]');
    expect(await heading.getAttribute('aria-level')).toBe('2');
    expect(await heading.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Georgia/);
    const submit = form.locator('button[type=submit]');
    expect(await submit.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(109, 40, 217)');
    await shot(page, 'express-react-register-desktop');
    await submit.click();
    await page.locator('.status[data-view="awaitingConfirmation"]').waitFor();
    await expect(heading.textContent()).resolves.toMatch(/Check your mailbox/);
    // The /register route loaded registration and nothing of the login element.
    const loaded = await Promise.all(
      scripts.map((path) => page.evaluate((p) => fetch(p).then((r) => r.text()), path)),
    );
    expect(loaded.some((text) => text.includes('gate-registration'))).toBe(true);
    expect(loaded.some((text) => text.includes('"gate-login"'))).toBe(false);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('logs in on /login (a level-1 heading), the site reads the session for /account, and logs out', async () => {
    const { page, violations } = await open('/login');
    const heading = page.locator('gate-login').locator('[part="heading"]');
    await heading.waitFor();
    expect(await heading.getAttribute('aria-level')).toBe('1');
    const form = page.locator('gate-login gate-form');
    await form.locator('input[name=email]').fill(demoAccount.email);
    await form.locator('input[name=password]').fill(demoAccount.password);
    await shot(page, 'express-react-login-desktop');
    await form.locator('button[type=submit]').click();
    await page.waitForURL(`${host.url}/account`);
    await expect(page.locator('.account-name').textContent()).resolves.toBe('Ada Lovelace');
    await shot(page, 'express-react-account-desktop');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${host.url}/login`);
    const me = await page.evaluate(() => fetch('/api/me').then((r) => r.status));
    expect(me).toBe(401);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('dark mode and a phone width: the theme follows the system', async () => {
    const { page, violations } = await open('/login', 390, 'dark');
    const form = page.locator('gate-login gate-form');
    await form.locator('input[name=email]').waitFor();
    const submit = form.locator('button[type=submit]');
    expect(await submit.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(196, 181, 253)');
    await shot(page, 'express-react-login-dark-phone');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
