/**
 * The bot defence as a person meets it in the demo (which has it on): registering shows "Checking that you are a
 * person…" while the browser solves the server's challenge, then goes through; the server refuses the same proof a
 * second time and a request without one. Resending the confirmation e-mail passes the check the same way, and a login
 * after repeated failures does too: the element solves the challenge and the right password signs in.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('bot-defence');

describe.skipIf(!hasChromium)('bot defence', () => {
  it('registration passes with the defence on; a replayed or missing proof is refused', async () => {
    const page = await j.page();
    await j.visit(page, '/register.html');
    const proofs: string[] = [];
    const workers: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/proof-solver.worker.js')) workers.push(response.status());
    });
    page.on('request', (request) => {
      const proof = request.headers()['gatehouse-proof'];
      if (proof && request.url().endsWith('/api/registrations')) proofs.push(proof);
    });
    // The challenge is held back, so the progress line can be looked at (it is shown until the retry is sent).
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/challenges', async (route) => {
      await held;
      await route.continue();
    });
    const form = page.locator('gate-registration');
    await form.locator('input[name=givenName]').fill('Lise');
    await form.locator('input[name=familyName]').fill('Meitner');
    await form.locator('input[name=email]').fill('lise.meitner@fission-labs.com');
    await form.locator('input[name=company]').fill('Fission Labs');
    await form.locator('input[name=termsAccepted]').check();
    await form.getByRole('button', { name: 'Register' }).click();
    await form.getByRole('status').filter({ hasText: 'Checking that you are a person…' }).waitFor();
    await j.check(page, 'checking');
    release();
    await form.getByText('Check your mailbox').first().waitFor({ timeout: 20_000 });
    await j.mail('lise.meitner@fission-labs.com', /token=/);
    expect(proofs).toHaveLength(1);
    // Solved in the module worker from the portal's own origin (under its strict CSP), not on the page.
    expect(workers).toEqual([200]);

    const again = await page.context().request.post(`${j.url}/api/registrations`, {
      data: {
        givenName: 'Lise',
        familyName: 'Meitner',
        email: 'otto.frisch@fission-labs.com',
        company: 'Fission Labs',
        termsAccepted: true,
      },
      headers: { 'gatehouse-proof': proofs[0] as string },
    });
    expect(again.status()).toBe(428);
    expect(await again.json()).toEqual({ error: { code: 'proof-replayed' } });
    const without = await page.context().request.post(`${j.url}/api/registrations`, {
      data: {
        givenName: 'Otto',
        familyName: 'Frisch',
        email: 'otto.frisch@fission-labs.com',
        company: 'Fission Labs',
        termsAccepted: true,
      },
    });
    expect(without.status()).toBe(428);
    expect(await without.json()).toEqual({ error: { code: 'proof-required' } });
    const stored = await j.db.query<{ email: string }>('SELECT email FROM registrations');
    expect(stored.map((r) => r.email)).toEqual(['lise.meitner@fission-labs.com']);
  });

  it('resending the confirmation e-mail through the element passes the check', async () => {
    const page = await j.page();
    // A page clock that runs on its own but can be moved past the 60 s cooldown.
    await page.clock.install();
    await j.visit(page, '/register.html');
    const resends: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (/\/api\/registrations\/[^/]+\/resend$/.test(request.url()))
        resends.push(request.headers()['gatehouse-proof']);
    });
    const form = page.locator('gate-registration');
    await form.locator('input[name=givenName]').fill('Chien-Shiung');
    await form.locator('input[name=familyName]').fill('Wu');
    await form.locator('input[name=email]').fill('chien-shiung.wu@parity-labs.com');
    await form.locator('input[name=company]').fill('Parity Labs');
    await form.locator('input[name=termsAccepted]').check();
    await form.getByRole('button', { name: 'Register' }).click();
    await form.getByText('Check your mailbox').first().waitFor({ timeout: 20_000 });
    await j.mail('chien-shiung.wu@parity-labs.com', /token=/);
    // Past the cooldown (server clock and the element's countdown alike).
    j.advance(61_000);
    await page.clock.fastForward(61_000);
    const resend = form.getByRole('button', { name: /Send/ });
    await expect.poll(() => resend.isEnabled(), { timeout: 10_000 }).toBe(true);
    await resend.click();
    await expect
      .poll(async () => (await j.mails('chien-shiung.wu@parity-labs.com')).length, { timeout: 20_000 })
      .toBe(2);
    // The first try is refused (428) and the element sends it once more with a proof.
    expect(resends.map((proof) => proof !== undefined)).toEqual([false, true]);
  });

  it('a login after repeated failures: the element solves the challenge and the right password signs in', async () => {
    const marie = await j.activeUser({
      givenName: 'Marie',
      familyName: 'Curie',
      email: 'marie.curie@radium-institute.com',
      company: 'Radium Institute',
    });
    await marie.page.context().close();
    const page = await j.page();
    await j.visit(page, '/login.html', 'login');
    const logins: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/session') && request.method() === 'POST')
        logins.push(request.headers()['gatehouse-proof']);
    });
    const login = page.locator('gate-login');
    // Three wrong passwords: each answered plainly, without any check (the demo asks for one from the fourth try on).
    for (let i = 0; i < 3; i++) {
      await login.locator('input[name=email]').fill(marie.email);
      await login.locator('input[name=password]').fill(`not her password ${i}`);
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await login.getByText('The e-mail address or the password is not correct.').waitFor();
      await expect.poll(() => logins.length).toBe(i + 1);
    }
    expect(logins.every((proof) => proof === undefined)).toBe(true);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/challenges', async (route) => {
      await held;
      await route.continue();
    });
    await login.locator('input[name=password]').fill(marie.password);
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    await login.getByRole('status').filter({ hasText: 'Checking that you are a person…' }).waitFor();
    await j.check(page, 'login-checking');
    release();
    await page.waitForURL((u) => u.pathname !== '/login.html', { timeout: 20_000 });
    // The fourth try was refused for want of a proof and sent once more with one.
    expect(logins.slice(3).map((proof) => proof !== undefined)).toEqual([false, true]);
  });
});
