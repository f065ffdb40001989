/**
 * Manual sections "First login", "Password", "MFA" and "Profile", as a new Northwind user meets them: the password
 * checklist states the real policy and every password form refuses her own words and keyboard walks; the welcome
 * e-mail's link opens the login page; the e-mail MFA step sends its code on entry and offers only her method (and her recovery codes);
 * the profile takes her phone number as she types it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('account');

const jane = {
  givenName: 'Jane',
  familyName: 'Doe',
  email: 'jane.doe@northwind-logistics.com',
  company: 'Northwind Logistics',
};
const PASSWORD = 'tea kettle over the harbour';

/** The checklist under the new-password field, as text lines. */
const checklist = (page: Page, host: string) =>
  page.locator(`${host} gate-form[slot="form"] .gate-hints li`).allInnerTexts();

/** Types a new password (and its repeat) and submits; returns the field's error text. */
async function tryPassword(page: Page, host: string, password: string, submit: string) {
  const form = page.locator(`${host} gate-form[slot="form"]`);
  await form.locator('input[name=newPassword]').fill(password);
  await form.locator('input[name=confirmPassword]').fill(password);
  await page.locator(host).getByRole('button', { name: submit }).click();
  const error = form.locator(
    '[data-pointer="/newPassword"] ~ .gate-error, .gate-field:has([name=newPassword]) .gate-error',
  );
  await expect
    .poll(() =>
      error
        .first()
        .innerText()
        .catch(() => ''),
    )
    .not.toBe('');
  return error.first().innerText();
}

describe.skipIf(!hasChromium)('first login, password, MFA and profile', () => {
  it('the forced change: the real policy, her words and keyboard walks refused; the welcome link opens the login page', async () => {
    const page = await j.page();
    await j.visit(page, '/register.html');
    const form = page.locator('gate-registration');
    await form.locator('input[name=givenName]').fill(jane.givenName);
    await form.locator('input[name=familyName]').fill(jane.familyName);
    await form.locator('input[name=email]').fill(jane.email);
    await form.locator('input[name=company]').fill(jane.company);
    await form.locator('input[name=country]').fill('DE');
    await form.locator('input[name=termsAccepted]').check();
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();
    await page.goto(j.local((await j.mail(jane.email, /https?:\/\/\S+token=\S+/))[0]));
    await page.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
    const reviewer = await j.page();
    await j.loginAsReviewer(reviewer);
    await reviewer.locator(`#queue .queue-row[data-email="${jane.email}"]`).click();
    await reviewer.locator(`#detail[data-email="${jane.email}"] button[data-action=approve]`).click();
    await expect.poll(() => reviewer.locator('#status').innerText()).toMatch(/approved/);

    // The welcome e-mail: its link is the login page, not Home.
    const welcome = await j.mail(jane.email, /One-time password: (\S+)[\s\S]*?(https?:\/\/\S+)/);
    expect(welcome[2]).toMatch(/\/login\.html$/);
    await page.goto(j.local(welcome[2] as string));
    const login = page.locator('gate-login');
    await login.locator('input[name=email]').fill(jane.email);
    await login.locator('input[name=password]').fill(welcome[1] as string);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await checklist(page, 'gate-login')).toEqual([
      expect.stringMatching(/^At least 15 characters \(8 once two-step verification is on\)/),
      expect.stringMatching(/^At most 64 characters/),
      expect.stringMatching(/^Not your name, company or e-mail address/),
      expect.stringMatching(/^Not a common password, keyboard walk or repetition/),
    ]);
    // One sentence about the one-time password, not two.
    const said = await login.evaluate(
      (el) =>
        `${el.shadowRoot?.textContent ?? ''} ${el.textContent ?? ''}`.match(/one-time password/gi)?.length,
    );
    expect(said).toBe(1);
    await j.check(page, 'forced-change');
    for (const refused of ['NorthwindJane2026', 'NorthwindLogistics2026!', 'qwertyuiopasdfghjkl']) {
      const message = await tryPassword(page, 'gate-login', refused, 'Save password');
      expect(message, refused).toMatch(/must not contain|too common/i);
    }
    await j.check(page, 'forced-change-refused');
    await tryPassword(page, 'gate-login', PASSWORD, 'Save password').catch(() => undefined);
    // The login lands on the portal home; the password change is on the profile page.
    await page.waitForURL((u) => u.pathname === '/');
    await j.visit(page, '/profile.html');

    // The change form on the profile page refuses them too, and comes back after a change.
    const change = page.locator('gate-password-change');
    await change.locator('input[name=currentPassword]').fill(PASSWORD);
    const message = await tryPassword(
      page,
      'gate-password-change',
      'NorthwindLogistics2026!',
      'Change password',
    );
    expect(message).toMatch(/must not contain/i);
    const next = 'a lighthouse keeper sings';
    await change.locator('input[name=currentPassword]').fill(PASSWORD);
    await tryPassword(page, 'gate-password-change', next, 'Change password').catch(() => undefined);
    await page.getByRole('heading', { name: 'Password changed' }).waitFor();
    await change.getByRole('button', { name: 'Change it again' }).click();
    await change.locator('input[name=currentPassword]').waitFor();
    await j.check(page, 'password-change-again');

    // Profile: the placeholder's own format is accepted and stored as E.164 after the SMS code.
    const profile = page.locator('gate-profile');
    await profile.locator('input[name=phone]').fill('+49 30 1234567');
    await profile.getByRole('button', { name: 'Save' }).click();
    const sms = await j.mail('+49301234567', /(\d{6})/);
    await profile.locator('input[name=code]').fill(sms[1] as string);
    await profile.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Profile saved' }).waitFor();
    const [row] = await j.db.query<{ phone: string }>('SELECT phone FROM accounts WHERE email = $1', [
      jane.email,
    ]);
    expect(row?.phone).toBe('+49301234567');
    await profile.getByRole('button', { name: 'Close' }).click();
    await profile.getByRole('button', { name: 'Show profile details' }).click();
    await profile.locator('input[name=givenName]').waitFor();
    await j.check(page, 'profile-phone');

    // E-mail codes as the second factor: the next login sends the code on entry and offers only e-mail.
    const mfa = page.locator('gate-mfa-enrollment');
    await mfa.getByRole('button', { name: 'Use e-mail codes' }).click();
    // The password is asked again only when the last sign-in is not recent.
    const reauth = mfa.locator('input[name=password]');
    if (await reauth.isVisible().catch(() => false)) {
      await reauth.fill(next);
      await mfa.getByRole('button', { name: 'Confirm' }).click();
    }
    const enrol = await j.mail(jane.email, /code is (\d{6})/);
    await mfa.locator('input[name=code]').fill(enrol[1] as string);
    await mfa.getByRole('button', { name: 'Confirm' }).click();
    // The first factor brings the recovery codes, shown once until she says she saved them.
    await mfa.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    await mfa.getByRole('button', { name: 'I have saved my codes' }).click();
    await mfa.getByRole('heading', { name: 'Two-step verification is on' }).waitFor();
    j.advance(120_000);
    const before = (await j.mails(jane.email)).length;
    const again = await j.page();
    await again.goto(`${j.url}/login.html`);
    const second = again.locator('gate-login');
    await second.locator('input[name=email]').fill(jane.email);
    await second.locator('input[name=password]').fill(next);
    await second.getByRole('button', { name: 'Sign in', exact: true }).click();
    await again.getByRole('heading', { name: 'Verify it is you' }).waitFor();
    await expect.poll(async () => (await j.mails(jane.email)).length, { timeout: 20_000 }).toBe(before + 1);
    // Her one factor, and the recovery code she saved: no authenticator app offered.
    expect(await second.locator('gate-form[slot="form"] label.gate-choice').allInnerTexts()).toEqual([
      'Code by e-mail',
      'Recovery code',
    ]);
    expect(
      await second.evaluate(
        (el) =>
          `${el.shadowRoot?.textContent ?? ''} ${el.querySelector('gate-form[slot="form"]')?.textContent ?? ''}`,
      ),
    ).not.toMatch(/authenticator/i);
    await j.check(again, 'mfa-email-on-entry');
    const code = (await j.mail(jane.email, /code is (\d{6})/))[1] as string;
    await second.locator('input[name=code]').fill(code);
    await second.getByRole('button', { name: 'Verify' }).click();
    await again.waitForURL((u) => u.pathname === '/');
  }, 480_000);
});
