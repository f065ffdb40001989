/**
 * The smaller defects a person met on the first walk of the portal, each walked again as they met it: closing
 * the support card on the home page, a used confirmation link, the forced change's text, the authenticator
 * set-up's hint and a look-alike domain on a German page.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('defects');

/** The element's text as a person reads it: its shadow root and its light DOM (the form). */
const text = (el: Locator) =>
  el.evaluate((node) =>
    `${node.shadowRoot?.textContent ?? ''} ${node.textContent ?? ''}`.replace(/\s+/g, ' ').trim(),
  );

/** The sentences of a text that stand in it more than once. */
function repeated(all: string): string[] {
  const sentences = all.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);
  return sentences.filter((s, i) => sentences.indexOf(s) !== i);
}

/** Registers and confirms through the API; returns the registration id and the used confirmation token. */
async function confirmed(email: string, company: string) {
  const post = async (path: string, body: unknown) =>
    fetch(`${j.url}/api${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(path === '/registrations' ? await j.proof() : {}),
      },
      body: JSON.stringify(body),
    });
  const answer = await post('/registrations', {
    givenName: 'Grace',
    familyName: 'Hopper',
    email,
    company,
    termsAccepted: true,
  });
  const { id } = (await answer.json()) as { id: string };
  const token = decodeURIComponent((await j.mail(email, /token=([\w%-]+)/))[1] as string);
  expect((await post('/registrations/confirm', { token })).status).toBeLessThan(300);
  return { id, token };
}

describe.skipIf(!hasChromium)('smaller defects', () => {
  it('Close on the support card folds it and brings it back; the authenticator set-up speaks of the app only', async () => {
    const user = await j.activeUser({
      givenName: 'Jane',
      familyName: 'Doe',
      email: 'jane.doe@northwind-logistics.com',
      company: 'Northwind Logistics',
    });
    const page = user.page;
    await j.visit(page, '/', 'home');
    const info = page.locator('gate-support-info');
    await info.getByText('Support PIN').waitFor();
    await info.getByRole('button', { name: 'Close' }).click();
    // Folded, not empty: the heading stays with a way back, and focus follows the person to it.
    await info.getByRole('button', { name: 'Show support information' }).waitFor();
    await expect(text(info)).resolves.toMatch(/^Support/);
    await j.check(page, 'support-closed');
    await info.getByRole('button', { name: 'Show support information' }).click();
    await info.getByText('Support PIN').waitFor();

    await j.visit(page, '/profile.html', 'profile');
    const mfa = page.locator('gate-mfa-enrollment');
    await mfa.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await mfa.getByText(/scan this code/).waitFor();
    const setup = await text(mfa);
    expect(setup).not.toMatch(/e-mail|email/i);
    expect(repeated(setup)).toEqual([]);
    await j.check(page, 'authenticator-setup');
  });

  it('a used confirmation link says so, without an empty registration form under it', async () => {
    const { token } = await confirmed('grace.hopper@cobol-works.com', 'Cobol Works');
    const page = await j.page();
    await j.visit(page, `/confirm.html?token=${encodeURIComponent(token)}`, 'confirm-used');
    const registration = page.locator('gate-registration');
    await registration.getByRole('heading', { name: 'This link cannot be used' }).waitFor();
    expect(await registration.locator('input[name=email]').isVisible()).toBe(false);
    await j.check(page, 'confirm-used');
  });

  it('the forced change says each thing once', async () => {
    const { id } = await confirmed('ada.king@analytical-engines.com', 'Analytical Engines');
    const reviewer = await j.page();
    await reviewer.context().request.post(`${j.url}/api/session`, { data: j.reviewer });
    await reviewer.context().request.post(`${j.url}/api/approvals/${id}/decisions`, {
      data: { action: 'approve' },
    });
    const otp = (await j.mail('ada.king@analytical-engines.com', /One-time password: (\S+)/))[1] as string;
    const page = await j.page();
    await j.visit(page, '/login.html', 'login');
    const login = page.locator('gate-login');
    await login.locator('input[name=email]').fill('ada.king@analytical-engines.com');
    await login.locator('input[name=password]').fill(otp);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await login.locator('input[name=newPassword]').waitFor();
    expect(repeated(await text(login))).toEqual([]);
    await j.check(page, 'forced-change');
  });

  it('a look-alike domain is named as people read it on a German page, never as xn--', async () => {
    const page = await j.page({ locale: 'de-DE' });
    await j.visit(page, '/register.html', 'register-de');
    const form = page.locator('gate-registration');
    const email = form.locator('input[name=email]');
    await email.fill('marie@gmаil.com');
    await email.blur();
    await expect.poll(() => form.innerText()).toMatch(/gmаil\.com/);
    expect(await form.innerText()).not.toMatch(/xn--/);
    await j.check(page, 'lookalike-de');
  });
});
