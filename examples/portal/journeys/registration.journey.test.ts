/**
 * Manual section "Registration": every reason an address is refused, the confirmation e-mail and its resend,
 * the reviewer's approval and rejection, and the first login with the forced password change.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('registration');

/** Fills the registration form (terms ticked) and submits it. */
async function register(
  page: Page,
  who: { givenName: string; familyName: string; email: string; company: string },
) {
  const form = page.locator('gate-registration');
  await form.locator('input[name=givenName]').fill(who.givenName);
  await form.locator('input[name=familyName]').fill(who.familyName);
  await form.locator('input[name=email]').fill(who.email);
  await form.locator('input[name=company]').fill(who.company);
  await form.locator('input[name=termsAccepted]').check();
  await form.getByRole('button', { name: 'Register' }).click();
}

describe.skipIf(!hasChromium)('registration', () => {
  it('refuses each kind of address with a message that says why, and stores nothing', async () => {
    const page = await j.page();
    await j.visit(page, '/register.html');
    const form = page.locator('gate-registration');
    const email = form.locator('input[name=email]');
    const refusals: [string, RegExp][] = [
      ['marie.curie', /valid e-mail address, like name@company\.com/],
      ['marie@gmail.com', /company e-mail address; gmail\.com is a free e-mail provider/],
      ['marie@mailinator.com', /mailinator\.com is a disposable e-mail service/],
      ['info@radium-labs.com', /not a shared role address like info@/],
      ['team@radium-labs.com', /not a team mailbox like team@/],
      ['marie@gmаil.com', /gmаil\.com looks like gmail\.com but is a different domain/],
    ];
    for (const [address, message] of refusals) {
      await register(page, {
        givenName: 'Marie',
        familyName: 'Curie',
        email: address,
        company: 'Radium Labs',
      });
      await expect.poll(() => form.innerText(), { message: address }).toMatch(message);
      await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    }
    await j.check(page, 'refused');

    // A required field left empty and the terms not accepted: named at the field, nothing sent.
    await page.reload();
    await form.locator('input[name=email]').fill('marie.curie@radium-labs.com');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => form.innerText()).toMatch(/required|Please fill in/i);
    expect(await form.locator('[aria-invalid=true]').count()).toBeGreaterThanOrEqual(3);
    await j.check(page, 'required');
    expect(await j.db.query('SELECT 1 FROM registrations')).toEqual([]);
  });

  it('sends the confirmation link, resends it after the cooldown, and confirms', async () => {
    const page = await j.page();
    await page.clock.install();
    await j.visit(page, '/register.html');
    const who = {
      givenName: 'Marie',
      familyName: 'Curie',
      email: 'marie.curie@radium-labs.com',
      company: 'Radium Labs',
    };
    await register(page, who);
    await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();
    const form = page.locator('gate-registration');
    await form.getByText(/sent a confirmation link to marie\.curie@radium-labs\.com/).waitFor();
    await form.getByText(/spam or junk folder/).waitFor();
    const resend = form.getByRole('button', { name: 'Send the link again' });
    await expect(resend.isDisabled()).resolves.toBe(true);
    await j.check(page, 'check-mailbox');
    const first = (await j.mail(who.email, /https?:\/\/\S+token=\S+/))[0];

    // After the cooldown (browser and server clocks moved on), a new link; the old one stops working.
    j.advance(61_000);
    await page.clock.fastForward(61_000);
    await expect.poll(() => resend.isEnabled()).toBe(true);
    await resend.click();
    // The resend first solves the bot defence's challenge: seconds on a busy two-core machine.
    await expect.poll(async () => (await j.mails(who.email)).length, { timeout: 30_000 }).toBe(2);
    const second = (await j.mail(who.email, /https?:\/\/\S+token=\S+/))[0];
    expect(second).not.toBe(first);

    const mailbox = await j.page();
    await mailbox.goto(j.local(second));
    await mailbox.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
    await expect.poll(() => mailbox.locator('#status').innerText()).toMatch(/waits for approval/);
    await j.check(mailbox, 'confirmed');
  });

  it('the reviewer approves one registration and rejects another; the approved user logs in and must change the password', async () => {
    const applicants = [
      {
        givenName: 'Lise',
        familyName: 'Meitner',
        email: 'lise.meitner@fission-works.com',
        company: 'Fission Works',
      },
      { givenName: 'Otto', familyName: 'Hahn', email: 'otto.hahn@chem-lab.com', company: 'Chem Lab' },
    ];
    for (const who of applicants) {
      const page = await j.page();
      await j.visit(page, '/register.html');
      await register(page, who);
      await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();
      await page.goto(j.local((await j.mail(who.email, /https?:\/\/\S+token=\S+/))[0]));
      await page.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
    }
    const [lise, otto] = applicants as [(typeof applicants)[0], (typeof applicants)[0]];

    const reviewer = await j.page();
    await j.loginAsReviewer(reviewer);
    await j.check(reviewer, 'queue');
    await decide(reviewer, otto.email, 'reject', 'We could not verify the company.');
    await decide(reviewer, lise.email, 'approve');
    await j.check(reviewer, 'decided');
    await j.mail(otto.email, /could not approve[\s\S]*We could not verify the company/);

    // The approved user: the one-time password by e-mail, then the forced change before anything else.
    const otp = (await j.mail(lise.email, /One-time password: (\S+)/))[1] as string;
    const page = await j.page();
    await j.visit(page, '/login.html');
    const login = page.locator('gate-login');
    await login.locator('input[name=email]').fill(lise.email);
    await login.locator('input[name=password]').fill(otp);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await j.check(page, 'forced-change');
    const password = 'half-life of a good idea is long';
    await login.locator('input[name=newPassword]').fill(password);
    await login.locator('input[name=confirmPassword]').fill(password);
    await login.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL((u) => u.pathname !== '/login.html');
    await page.waitForLoadState('networkidle');
    await j.check(page, 'first-landing');

    // The rejected applicant cannot log in with anything.
    const rejected = await j.db.query<{ status: string }>(
      'SELECT status FROM registrations WHERE email = $1',
      [otto.email],
    );
    expect(rejected[0]?.status).toMatch(/rejected/);
    expect(await j.db.query('SELECT 1 FROM accounts WHERE email = $1', [otto.email])).toEqual([]);
  });
});

/** Opens a registration in the reviewer queue and takes a decision (a reason when given). */
async function decide(page: Page, email: string, action: 'approve' | 'reject', reason?: string) {
  await page.locator(`#queue .queue-row[data-email="${email}"]`).click();
  const detail = page.locator(`#detail[data-email="${email}"]`);
  await detail.waitFor();
  if (reason) await detail.getByRole('textbox').fill(reason);
  await detail.locator(`button[data-action=${action}]`).click();
  await expect
    .poll(() => page.locator('#status').innerText())
    .toMatch(new RegExp(`${email.replace(/\./g, '\\.')}: ${action === 'approve' ? 'approved' : 'rejected'}`));
}
