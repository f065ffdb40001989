/**
 * The end-to-end journey from registration to an RMA request in real Chromium through the demo portal
 * (examples/portal), under its strict CSP: a `securitypolicyviolation` anywhere fails the test. The pages are the flow elements of
 * `@gatehouse/elements` talking to the server through `endpoint` (the flows' fetch adapter), so this is also
 * the proof that the elements and the server agree on the REST contract.
 */
import { existsSync } from 'node:fs';
import { base32Decode, generateTotp } from '@gatehouse/rules/otp';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../../../../examples/portal/server.js';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { openTestDatabase } from '../../src/storage/test-database.js';

const CHROME = chromiumPath();

let offset = 0;
let portal: Awaited<ReturnType<typeof startPortal>>;
let browser: Browser;
const violations: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  // The portal build and Chromium's start are independent: run them side by side.
  [portal, browser] = await Promise.all([
    openTestDatabase().then((db) =>
      startPortal({
        port: 0,
        // PGlite from the worker's shared instance (or the CI Postgres), instead of a fresh initdb.
        db,
        scrypt: { N: 2 ** 12, r: 8, p: 1, keyLength: 32 },
        quiet: true,
        devOutbox: true,
        // This walk registers through the API without proofs; the portal's own journeys cover the bot defence.
        proofOfWork: 0,
        now: () => new Date(Date.now() + offset),
      }),
    ),
    chromium.launch({ executablePath: CHROME, args: [...chromiumArgs] }),
  ]);
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

    // Register with a free-mail address: rejected with its reason, by <gate-registration>.
    await page.goto(`${portal.url}/register.html`);
    const form = page.locator('gate-registration');
    await form.locator('input[name=givenName]').fill('Marie');
    await form.locator('input[name=familyName]').fill('Curie');
    await form.locator('input[name=email]').fill('marie@gmail.com');
    await form.locator('input[name=company]').fill('Radium Labs');
    await form.locator('input[name=termsAccepted]').check();
    await form.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => form.innerText()).toMatch(/free e-mail provider/i);

    // With the business address: the confirmation e-mail.
    await form.locator('input[name=email]').fill(email);
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();
    await collectViolations(page);
    const link = (await outbox(page, email, /https?:\/\/\S+token=\S+/))[0];
    await page.goto(link.replace(/^https?:\/\/[^/]+/, portal.url));
    await page.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
    await expect.poll(() => status.innerText()).toMatch(/waits for approval/);

    // The reviewer approves.
    const reviewer = await newPage();
    await reviewer.page.goto(`${portal.url}/login.html?next=/reviewer.html`);
    const reviewerLogin = reviewer.page.locator('gate-login');
    await reviewerLogin.locator('input[name=email]').fill(portal.reviewer.email);
    await reviewerLogin.locator('input[name=password]').fill(portal.reviewer.password);
    await reviewerLogin.getByRole('button', { name: 'Sign in', exact: true }).click();
    await reviewer.page.waitForURL(/reviewer\.html/);
    await reviewer.page.locator(`#queue .queue-row[data-email="${email}"]`).click();
    const row = reviewer.page.locator(`#detail[data-email="${email}"]`);
    await row.locator('button[data-action=approve]').click();
    await expect.poll(() => reviewer.page.locator('#status').innerText()).toMatch(/approved/);
    await collectViolations(reviewer.page);

    // Log in with the one-time password: the forced change comes first.
    const otp = (await outbox(page, email, /One-time password: (\S+)/))[1] as string;
    await page.goto(`${portal.url}/login.html`);
    const login = page.locator('gate-login');
    await login.locator('input[name=email]').fill(email);
    await login.locator('input[name=password]').fill(otp);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    const password = 'radioactive decay is my favourite';
    await login.locator('input[name=newPassword]').fill(password);
    await login.locator('input[name=confirmPassword]').fill(password);
    await login.getByRole('button', { name: 'Save password' }).click();
    // Login lands on the portal home; MFA settings are in the user menu.
    await page.waitForURL(`${portal.url}/`);
    await page.locator('.user-menu summary').click();
    await page.getByRole('link', { name: 'MFA settings' }).click();
    await page.waitForURL(/profile\.html#mfa/);

    // Enroll TOTP in <gate-mfa-enrollment>, computing the code from the key shown (in groups of four).
    const mfa = page.locator('gate-mfa-enrollment');
    await mfa.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const shownKey = mfa.locator('[part=secret]');
    await shownKey.waitFor();
    const secret = ((await shownKey.textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await mfa.locator('input[name=code]').fill(await totp(secret, Date.now() + offset));
    await mfa.getByRole('button', { name: 'Confirm' }).click();
    // The first factor brings the recovery codes: shown once, until the user says they saved them.
    await mfa.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    expect(await mfa.locator('ol[part="codes"] li').count()).toBe(10);
    await mfa.getByRole('button', { name: 'I have saved my codes' }).click();
    await expect.poll(() => status.innerText()).toMatch(/Authenticator app activated/);
    await collectViolations(page);

    // Logging out from the landing page reloads the same URL: wait for the new page's load, not for the URL.
    const logOut = async () => {
      await page.locator('.user-menu summary').click();
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Log out' }).click();
      await reloaded;
      await page.waitForURL(`${portal.url}/`);
    };
    // Log out, log in with TOTP (the server clock moves on one step).
    const signIn = async (pass: string) => {
      await page.goto(`${portal.url}/login.html`);
      await login.locator('input[name=email]').fill(email);
      await login.locator('input[name=password]').fill(pass);
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'Verify it is you' }).waitFor();
    };
    await logOut();
    offset += 30_000;
    await signIn(password);
    const code = await totp(secret, Date.now() + offset);
    await login.locator('input[name=code]').fill(code);
    await login.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${portal.url}/`);

    // The same code again is rejected.
    await logOut();
    await signIn(password);
    await login.locator('input[name=code]').fill(code);
    await login.getByRole('button', { name: 'Verify' }).click();
    // The code's 30-second step is used up: <gate-login> says to wait for the next code, on the code field.
    await login
      .getByText('This code was just used. Wait for the next code in your authenticator app.')
      .waitFor();

    // Reset the password via a code (read in another tab, so the reset page keeps its state).
    await page.goto(`${portal.url}/reset.html`);
    const reset = page.locator('gate-password-reset');
    await reset.locator('input[name=email]').fill(email);
    await reset.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Enter the code and a new password' }).waitFor();
    const mailbox = await newPage();
    const resetCode = (await outbox(mailbox.page, email, /password reset code is (\d{6})/))[1] as string;
    const newPassword = 'polonium was named after poland';
    await reset.locator('input[name=code]').fill(resetCode);
    await reset.locator('input[name=newPassword]').fill(newPassword);
    await reset.locator('input[name=confirmPassword]').fill(newPassword);
    await reset.getByRole('button', { name: 'Reset password' }).click();
    await page.getByRole('heading', { name: 'Password reset' }).waitFor();
    await collectViolations(page);

    // Log in with the new password and a fresh TOTP step, then submit an RMA with two extra serials.
    offset += 30_000;
    await signIn(newPassword);
    await login.locator('input[name=code]').fill(await totp(secret, Date.now() + offset));
    await login.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${portal.url}/`);
    // The company's devices, as a reviewer's import would register them.
    for (const serial of ['SN-778899', 'SN-778900', 'SN-778901']) {
      await portal.db.query(
        `INSERT INTO devices (serial, company_domain, purchase_date, imported_at) VALUES ($1, 'radium-labs.com', '2024-01-01', now())`,
        [serial],
      );
    }
    await page.goto(`${portal.url}/rma.html`);
    const rma = page.locator('gate-rma-request');
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
    await rma.locator('select[name=moreThanOneDevice]').selectOption({ label: 'Yes' });
    const add = rma.getByRole('button', { name: 'Add' });
    await add.click();
    await rma.locator('input[name="additionalSerialNumbers/0"]').fill('SN-778900');
    await add.click();
    await rma.locator('input[name="additionalSerialNumbers/1"]').fill('SN-778901');
    await rma.getByRole('button', { name: 'Request RMA' }).click();
    await page.getByRole('heading', { name: 'RMA requested' }).waitFor();
    await expect.poll(() => status.innerText()).toMatch(/RMA request RMA-\d{4}-\S+ submitted/);
    const stored = await portal.db.query<{ data: { additionalSerialNumbers: string[] } }>(
      'SELECT data FROM rma_requests',
    );
    expect(stored[0]?.data.additionalSerialNumbers).toEqual(['SN-778900', 'SN-778901']);
    await collectViolations(page);

    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('the other pages: profile, password change, support, support case, invitation and its acceptance', async () => {
    const { context, page } = await newPage();
    const status = page.locator('#status');
    // Set-up through the API in the page's cookie jar (the journey above covers these steps in the UI).
    const admin = 'lise.meitner@fission-works.com';
    const call = async (method: string, path: string, data?: unknown) => {
      const answer = await context.request.fetch(`${portal.url}/api${path}`, {
        method,
        ...(data === undefined ? {} : { data, headers: { 'content-type': 'application/json' } }),
      });
      return answer.status() === 204 ? null : answer.json();
    };
    const mail = async (to: string, pattern: RegExp) => {
      for (let i = 0; i < 40; i++) {
        const rows = await portal.db.query<{ body: string }>(
          'SELECT body FROM outbox WHERE recipient = $1 ORDER BY id DESC',
          [to],
        );
        const match = rows.map((r) => pattern.exec(r.body)).find(Boolean);
        if (match) return match;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no message to ${to} matching ${pattern}`);
    };
    const { id } = await call('POST', '/registrations', {
      givenName: 'Lise',
      familyName: 'Meitner',
      email: admin,
      company: 'Fission Works',
      termsAccepted: true,
    });
    const token = decodeURIComponent((await mail(admin, /token=([\w%-]+)/))[1] as string);
    await call('POST', '/registrations/confirm', { token });
    const reviewer = await browser.newContext();
    await reviewer.request.post(`${portal.url}/api/session`, { data: portal.reviewer });
    await reviewer.request.post(`${portal.url}/api/approvals/${id}/decisions`, {
      data: { action: 'approve' },
    });
    await reviewer.close();
    const otp = (await mail(admin, /One-time password: (\S+)/))[1] as string;
    await call('POST', '/session', { email: admin, password: otp });
    // Not "fission": her company's name is refused in her password.
    const password = 'radium glows softly in the dark';
    expect((await call('POST', '/session/password', { newPassword: password })).status).toBe('ok');

    // <gate-profile>: loads the registered details, saves a job title.
    await page.goto(`${portal.url}/profile.html`);
    const profile = page.locator('gate-profile');
    await expect.poll(() => profile.locator('input[name=givenName]').inputValue()).toBe('Lise');
    await profile.locator('input[name=jobTitle]').fill('Physicist');
    await profile.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Profile saved' }).waitFor();
    const [row] = await portal.db.query<{ profile: { jobTitle?: string } }>(
      'SELECT profile FROM accounts WHERE email = $1',
      [admin],
    );
    expect(row?.profile.jobTitle).toBe('Physicist');

    // <gate-password-change>: the current password is checked by the server.
    const change = page.locator('gate-password-change');
    const next = 'chain reactions need critical mass';
    await change.locator('input[name=currentPassword]').fill(password);
    await change.locator('input[name=newPassword]').fill(next);
    await change.locator('input[name=confirmPassword]').fill(next);
    await change.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Password changed' }).waitFor();

    // <gate-support-info> on the portal home, <gate-support-case> on the support-cases page.
    await page.goto(`${portal.url}/`);
    // A new company gets Priority support: the regional number and the rotating 8-digit PIN.
    const info = page.locator('gate-support-info');
    await info.getByText('Regional support number').waitFor();
    await expect
      .poll(async () => (await info.evaluate((el) => el.shadowRoot?.textContent ?? '')).replace(/\s+/g, ' '))
      .toMatch(/Support PIN ?\d{8}/);
    await page.goto(`${portal.url}/support.html`);
    const supportCase = page.locator('gate-support-case');
    await supportCase.getByLabel('Does this concern a production environment?').selectOption('production');
    await supportCase.getByRole('button', { name: 'Continue' }).click();
    await supportCase.locator('input[name=subject]').fill('Cluster does not start');
    await supportCase
      .locator('textarea[name=description], input[name=description]')
      .fill('After the update the cluster stays in recovery mode.');
    await supportCase.getByRole('button', { name: 'Open case' }).click();
    await expect.poll(() => status.innerText()).toMatch(/Case \S+ created/);
    expect(await portal.db.query('SELECT 1 FROM support_cases')).toHaveLength(1);

    // <gate-invite-user> (roles from the server) and, in another browser, <gate-invitation-accept>.
    await page.goto(`${portal.url}/users.html`);
    const invite = page.locator('gate-invite-user');
    const invitee = 'otto.frisch@fission-works.com';
    await invite.locator('input[name=email]').fill(invitee);
    await invite.locator('input[name=givenName]').fill('Otto');
    await invite.locator('input[name=familyName]').fill('Frisch');
    await invite.getByRole('checkbox', { name: 'RMA requests' }).check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    const link = (await mail(invitee, /https?:\/\/\S+token=\S+/))[0];
    const guest = await newPage();
    await guest.page.goto(link.replace(/^https?:\/\/[^/]+/, portal.url));
    const accept = guest.page.locator('gate-invitation-accept');
    await accept.locator('input[name=newPassword]').fill('splitting atoms since 1938');
    await accept.locator('input[name=confirmPassword]').fill('splitting atoms since 1938');
    await accept.getByRole('button', { name: 'Set password' }).click();
    await guest.page.waitForURL((u) => u.pathname === '/');
    const [member] = await portal.db.query<{ roles: string[] }>(
      'SELECT roles FROM accounts WHERE email = $1',
      [invitee],
    );
    expect(member?.roles).toEqual(['rma']);
    await collectViolations(page);
    await collectViolations(guest.page);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('reviewer page: asking for information, recording that it arrived, and an explicit override of a flagged e-mail', async () => {
    const { context, page } = await newPage();
    const status = page.locator('#status');
    /** Registers and confirms `email` through the API; returns the registration id. */
    const confirmed = async (email: string, company: string) => {
      const answer = await context.request.post(`${portal.url}/api/registrations`, {
        data: { givenName: 'Chien-Shiung', familyName: 'Wu', email, company, termsAccepted: true },
      });
      const { id } = (await answer.json()) as { id: string };
      let token = '';
      for (let i = 0; i < 40 && !token; i++) {
        const rows = await portal.db.query<{ body: string }>('SELECT body FROM outbox WHERE recipient = $1', [
          email,
        ]);
        token = /token=([\w%-]+)/.exec(rows[0]?.body ?? '')?.[1] ?? '';
        if (!token) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await context.request.post(`${portal.url}/api/registrations/confirm`, {
        data: { token: decodeURIComponent(token) },
      });
      return id;
    };
    const plain = 'wu@parity-labs.com';
    const plainId = await confirmed(plain, 'Parity Labs');
    // A registration the e-mail check flags today (e.g. its provider joined the free-mail list after it was
    // submitted): the stored address and the machine's flag say so.
    const flaggedId = await confirmed('c.s.wu@beta-decay.com', 'Beta Decay');
    const flagged = 'c.s.wu@gmail.com';
    await portal.db.query(
      `UPDATE registrations SET email = $2, snapshot = jsonb_set(snapshot, '{context,emailFlag}', '"free-provider"')
       WHERE id = $1`,
      [flaggedId, flagged],
    );
    const decisions = async (id: string) =>
      (
        await portal.db.query<{ snapshot: { context: { decisions: { action: string; by: string }[] } } }>(
          'SELECT snapshot FROM registrations WHERE id = $1',
          [id],
        )
      )[0]?.snapshot.context.decisions ?? [];

    await context.request.post(`${portal.url}/api/session`, { data: portal.reviewer });
    await page.goto(`${portal.url}/reviewer.html`);

    // Ask for information (a reason is needed), then record that it arrived. The queue lists, the detail decides.
    const open = async (address: string) => {
      await page.locator(`#queue .queue-row[data-email="${address}"]`).click();
      await page.locator(`#detail[data-email="${address}"]`).waitFor();
    };
    await open(plain);
    let row = page.locator(`#detail[data-email="${plain}"]`);
    await row.locator('button[data-action=request-info]').click();
    await expect.poll(() => status.innerText()).toMatch(/Give a reason/);
    await row.getByRole('textbox').fill('Please send your VAT number.');
    await row.locator('button[data-action=request-info]').click();
    row = page.locator(`#detail[data-email="${plain}"][data-state=awaiting-information]`);
    await row.waitFor();
    expect(await row.locator('button[data-action=request-info]').count()).toBe(0);
    await row.locator('button[data-action=info-provided]').click();
    await page.locator(`#detail[data-email="${plain}"][data-state=pending]`).waitFor();
    expect((await decisions(plainId)).map((d) => [d.action, d.by])).toEqual([
      ['request-info', portal.reviewer.email],
      ['info-provided', portal.reviewer.email],
    ]);

    // A flagged e-mail: no override is sent unless the reviewer ticks it (and gives a reason).
    // The list shows what the policy found; the detail names it with its code.
    await expect
      .poll(() => page.locator(`#queue .queue-row[data-email="${flagged}"]`).innerText())
      .toMatch(/Free e-mail provider/);
    await open(flagged);
    const flaggedRow = page.locator(`#detail[data-email="${flagged}"]`);
    await expect.poll(() => flaggedRow.innerText()).toMatch(/Free e-mail provider \(free-provider/);
    await flaggedRow.locator('button[data-action=approve]').click();
    await expect.poll(() => status.innerText()).toMatch(/tick the false-positive box/);
    expect(await decisions(flaggedId)).toEqual([]);
    await flaggedRow.getByRole('checkbox', { name: /false positive/ }).check();
    await flaggedRow.locator('button[data-action=approve]').click();
    await expect.poll(() => status.innerText()).toMatch(/Give a reason/);
    await flaggedRow.getByRole('textbox').fill('Known customer; their IT uses this provider.');
    await flaggedRow.getByRole('checkbox', { name: /false positive/ }).check();
    await flaggedRow.locator('button[data-action=approve]').click();
    await expect.poll(() => status.innerText()).toMatch(/c\.s\.wu@gmail\.com: approved/);
    expect(await decisions(flaggedId)).toEqual([
      expect.objectContaining({ action: 'approve', overrideEmailCheck: true, reason: expect.any(String) }),
    ]);
    await collectViolations(page);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
