/**
 * The Vue host, built by Vite and walked in Chromium: registration and login through Vue-rendered elements, with
 * the page's strict CSP and no violation; Vue sets the elements' properties and hears their `gate-*` events.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { demoAccount, startVueHost } from '../server.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const shots = process.env.GATEHOUSE_SCREENSHOTS;
let host: Awaited<ReturnType<typeof startVueHost>>;
let browser: Browser;

beforeAll(async () => {
  await build({ configFile: here('../vite.config.ts'), logLevel: 'warn' });
  host = await startVueHost({ port: 0, dist: here('../dist') });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs] });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function open(path: string, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${host.url}${path}`);
  return { page, violations };
}

async function shot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png` });
}

describe.skipIf(!existsSync(chromiumPath()))('Vue host', () => {
  it('registers a company: Vue passes endpoint and hears gate-step with the public step', async () => {
    const { page, violations } = await open('/');
    const form = page.locator('gate-registration gate-form');
    await form.locator('input[name=givenName]').fill('Mei');
    await form.locator('input[name=familyName]').fill('Tanaka');
    await form.locator('input[name=email]').fill('mei.tanaka@kestrel-robotics.com');
    await form.locator('input[name=company]').fill('Kestrel Robotics');
    await form.locator('input[name=termsAccepted]').check();
    const submit = form.locator('button[type=submit]');
    expect(await submit.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
    await shot(page, 'vue-register-desktop');
    await submit.click();
    await page.locator('.status[data-view="awaitingConfirmation"]').waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('logs in at phone width: heading-level set as a property, gate-complete typed output shown by Vue', async () => {
    const { page, violations } = await open('/#login', 390);
    const heading = page.locator('gate-login').locator('[part="heading"]');
    await heading.waitFor();
    expect(await heading.getAttribute('aria-level')).toBe('1');
    const form = page.locator('gate-login gate-form');
    await form.locator('input[name=email]').fill(demoAccount.email);
    await form.locator('input[name=password]').fill(demoAccount.password);
    await form.locator('button[type=submit]').click();
    await expect(page.locator('.signed-in').textContent()).resolves.toBe(`Signed in as ${demoAccount.email}`);
    await shot(page, 'vue-login-phone');
    expect(violations).toEqual([]);
    await page.close();
  });
});
