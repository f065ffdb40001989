/**
 * The journey suite's harness: one demo portal (fresh database) and one Debian Chromium per test file, plus the
 * checks every visited page must pass — axe finds nothing and the strict CSP reports nothing.
 *
 * A section of the manual is one file `journeys/<section>.journey.test.ts`:
 *
 * ```ts
 * const j = journey('registration');
 * it('registers', async () => {
 *   const page = await j.page();
 *   await j.visit(page, '/register.html');   // goto + check
 *   …
 *   await j.check(page, 'after-submit');     // axe, CSP, page errors; a screenshot when asked for
 * });
 * ```
 *
 * Database: a schema of its own, on PGlite or — when `GATEHOUSE_TEST_DATABASE_URL` is set (CI) — on that Postgres.
 * Screenshots: set `GATEHOUSE_JOURNEY_SHOTS=<dir>` and every `check` writes `<section>-<name>-desktop.png`
 * (1280 px) and `-phone.png` (390 px) there.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type ProofChallenge, solveChallenge } from '@gatehouse/elements/proof-of-work';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
// The server suites' test database: a schema of its own on a PGlite started from a cached, migrated data
// directory (a fresh initdb costs seconds to tens of seconds on a busy machine), or on the CI Postgres.
import { openTestDatabase } from '../../../packages/server/src/storage/test-database.js';
import { type RangeApiStub, startRangeApiStub } from '../../../packages/server/src/testing/range-api-stub.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { startPortal } from '../server.js';

/** Whether this machine has the system Chromium; sections `describe.skipIf(!hasChromium)`. */
export const hasChromium = existsSync(chromiumPath());

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Cheap scrypt for tests: the cost parameters are the server's choice and not what is under test. */
const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1, keyLength: 32 };

/** A message from the development outbox. */
export interface OutboxMessage {
  channel: string;
  recipient: string;
  subject: string;
  body: string;
}

/**
 * One section's portal, browser and checks; call at the top level of a test file. `siblings`: also start the App
 * Portal and App Creator Portal, which log in through the portal's OpenID provider. `breaches`: the portal checks
 * passwords against a local stand-in of the breach service's range API (`j.breach(password)` lists one).
 */
export function journey(section: string, options: { siblings?: boolean; breaches?: boolean } = {}) {
  let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
  let breaches: RangeApiStub | undefined;
  let browser: Browser | undefined;
  let offset = 0;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const shots = process.env.GATEHOUSE_JOURNEY_SHOTS;

  beforeAll(async () => {
    if (!hasChromium) return;
    if (options.breaches) breaches = await startRangeApiStub({});
    [portal, browser] = await Promise.all([
      openTestDatabase().then((db) =>
        startPortal({
          ...(breaches ? { breachedPasswordsUrl: breaches.url } : {}),
          port: 0,
          db,
          scrypt: TEST_SCRYPT,
          quiet: true,
          devOutbox: true,
          siblings: options.siblings === true,
          now: () => new Date(Date.now() + offset),
        }),
      ),
      chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs] }),
    ]);
  }, 180_000);

  // Pages are per test; a CSP report or script error anywhere in a test fails that test.
  afterEach(async () => {
    const found = problems.splice(0);
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    if (found.length) throw new Error(`CSP violations and page errors:\n${found.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await breaches?.close();
  });

  const started = () => {
    if (!portal || !browser) throw new Error('the portal is not running (no Chromium?)');
    return { portal, browser };
  };

  const j = {
    /** The portal's base URL, e.g. `http://localhost:43121`. */
    get url() {
      return started().portal.url;
    },
    /** The portal's database (for assertions on what was stored, and for set-up the UI cannot do). */
    get db() {
      return started().portal.db;
    },
    /** The sibling portals (with `siblings: true`): name, origin, session store. */
    get siblings() {
      return started().portal.siblings;
    },
    /** The seeded reviewer's e-mail and password. */
    get reviewer() {
      return started().portal.reviewer;
    },
    /** The seeded form editor's e-mail and password. */
    get formEditor() {
      return started().portal.formEditor;
    },

    /** Lists `password` with the breach service stand-in (`journey(…, { breaches: true })`), as seen `count` times. */
    breach(password: string, count = 42) {
      if (!breaches) throw new Error('journey(…) was started without { breaches: true }');
      breaches.breach(password, count);
    },
    /** The paths the breach service stand-in was asked for (each `/range/<5 hex characters>`). */
    get breachRequests(): string[] {
      return (breaches?.requests ?? []).map((r) => r.url);
    },

    /** Moves the server clock forward (e.g. to the next TOTP step or past a resend cooldown). */
    advance(ms: number) {
      offset += ms;
    },

    /** A new page in a new browser context (its own cookies), watched for CSP reports and errors. */
    async page(options: { viewport?: { width: number; height: number }; locale?: string } = {}) {
      const context = await started().browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        locale: options.locale ?? 'en-US',
      });
      contexts.push(context);
      // A binding survives navigations, so a report on any page visited reaches the test.
      await context.exposeBinding('__gateReport', (_source, text: string) => problems.push(text));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __gateReport(t: string): void }).__gateReport(
            `CSP ${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`,
          );
        });
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return page;
    },

    /** Takes the CSP reports and page errors seen so far (a test that provokes one on purpose). */
    takeProblems(): string[] {
      return problems.splice(0);
    },

    /** Opens `path` and checks the page as it first settles. */
    async visit(page: Page, path: string, name?: string) {
      await page.goto(`${j.url}${path}`);
      await page.waitForLoadState('networkidle');
      await j.check(page, name ?? (path.replace(/^\/|\.html.*$/g, '') || 'home'));
    },

    /**
     * The checks for the page's current state: no axe violation (open shadow roots included), no CSP report
     * so far, no page error; a desktop and a phone screenshot when `GATEHOUSE_JOURNEY_SHOTS` is set.
     */
    async check(page: Page, name: string) {
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: Document): Promise<AxeResult> } }).axe;
        const result = await axe.run(document);
        return result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      });
      if (violations.length) throw new Error(`axe on ${name} (${page.url()}):\n${violations.join('\n')}`);
      if (problems.length) throw new Error(`by ${name}:\n${problems.join('\n')}`);
      if (shots) await screenshots(page, join(shots, `${section}-${name}`));
    },

    /** The newest message to `to` whose subject or body matches `pattern` (waits for it; mail is sent late). */
    async mail(to: string, pattern: RegExp): Promise<RegExpExecArray & { message: OutboxMessage }> {
      for (let attempt = 0; attempt < 80; attempt++) {
        const answer = await fetch(`${j.url}/api/dev/outbox.json`);
        const { messages } = (await answer.json()) as { messages: OutboxMessage[] };
        for (const message of messages.filter((m) => m.recipient === to)) {
          const match = pattern.exec(`${message.subject}\n${message.body}`);
          if (match) return Object.assign(match, { message });
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no message to ${to} matching ${pattern}`);
    },

    /**
     * Headers that pass the demo's bot defence for one API request (registration, password reset): a challenge from
     * `GET /api/challenges` solved with the elements' own solver (Web Crypto in Node). Each is good for one request.
     */
    async proof(): Promise<Record<string, string>> {
      const challenge = (await (await fetch(`${j.url}/api/challenges`)).json()) as ProofChallenge;
      const solution = await solveChallenge(challenge);
      if (!solution) throw new Error('the challenge could not be solved');
      return { 'gatehouse-proof': btoa(JSON.stringify({ challenge, solution })) };
    },

    /** All messages to `to`, newest first. */
    async mails(to: string): Promise<OutboxMessage[]> {
      const answer = await fetch(`${j.url}/api/dev/outbox.json`);
      const { messages } = (await answer.json()) as { messages: OutboxMessage[] };
      return messages.filter((m) => m.recipient === to);
    },

    /** A link from a message, pointed at this portal (mails carry the configured public URL). */
    local(link: string) {
      return link.replace(/^https?:\/\/[^/]+/, j.url);
    },

    /** Logs `page` in as the seeded reviewer through the login form. */
    async loginAsReviewer(page: Page, next = '/reviewer.html') {
      await page.goto(`${j.url}/login.html?next=${encodeURIComponent(next)}`);
      const login = page.locator('gate-login');
      await login.locator('input[name=email]').fill(j.reviewer.email);
      await login.locator('input[name=password]').fill(j.reviewer.password);
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((u) => u.pathname === next);
      await page.waitForLoadState('networkidle');
    },

    /**
     * A company's first user set up through the API (registered, confirmed, approved, password chosen), for
     * sections that start after registration. Returns the e-mail, password and the logged-in browser context.
     */
    async activeUser(
      user: {
        givenName: string;
        familyName: string;
        email: string;
        company: string;
        country?: string;
      },
      options: { locale?: string } = {},
    ) {
      // The browser's language is the one the person registers in (their e-mails follow it).
      const page = await j.page(options.locale ? { locale: options.locale } : {});
      const request = page.context().request;
      const post = async (path: string, data: unknown) => {
        // The API context does not send the browser's Accept-Language on its own; registration needs a proof.
        const headers = {
          ...(options.locale ? { 'accept-language': options.locale } : {}),
          ...(path === '/registrations' ? await j.proof() : {}),
        };
        const answer = await request.post(`${j.url}/api${path}`, { data, headers });
        if (answer.status() >= 400) throw new Error(`${path}: ${answer.status()} ${await answer.text()}`);
        return answer.status() === 204 ? null : answer.json();
      };
      const { id } = await post('/registrations', { ...user, termsAccepted: true });
      const token = decodeURIComponent((await j.mail(user.email, /token=([\w%-]+)/))[1] as string);
      await post('/registrations/confirm', { token });
      const reviewer = await started().browser.newContext();
      await reviewer.request.post(`${j.url}/api/session`, { data: j.reviewer });
      await reviewer.request.post(`${j.url}/api/approvals/${id}/decisions`, { data: { action: 'approve' } });
      await reviewer.close();
      const otp = (await j.mail(user.email, /(?:One-time password|Einmalpasswort): (\S+)/))[1] as string;
      await post('/session', { email: user.email, password: otp });
      const password = `${randomBytes(9).toString('base64url')} journey pass`;
      await post('/session/password', { newPassword: password });
      return { ...user, id, password, page };
    },
  };
  return j;
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** The page at 1280 px and at 390 px (full page), then back to the size it had. */
async function screenshots(page: Page, base: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  mkdirSync(join(base, '..'), { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${base}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${base}-phone.png`, fullPage: true });
  await page.setViewportSize(size);
}
