/**
 * The bot defence as a person meets it in the demo (which has it on): registering shows "Checking that you are a
 * person…" while the browser solves the server's challenge, then goes through; the server refuses the same proof a
 * second time and a request without one.
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
});
