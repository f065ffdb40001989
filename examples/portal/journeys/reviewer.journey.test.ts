/**
 * Manual section "Approval" (the reviewer's side): the queue shows per registration what the e-mail policy
 * found, filters, sorts and searches, opens a detail with the history and the decision form, and works from
 * the keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('reviewer');

/** Registers and confirms through the API (the registration section covers the form). */
async function confirmed(givenName: string, familyName: string, email: string, company: string) {
  const answer = await fetch(`${j.url}/api/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await j.proof()) },
    body: JSON.stringify({ givenName, familyName, email, company, termsAccepted: true }),
  });
  const { id } = (await answer.json()) as { id: string };
  const token = decodeURIComponent((await j.mail(email, /token=([\w%-]+)/))[1] as string);
  await fetch(`${j.url}/api/registrations/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return id;
}

describe.skipIf(!hasChromium)('reviewer queue', () => {
  it('shows the policy findings, filters, sorts, opens the detail and decides by keyboard', async () => {
    await confirmed('Rosalind', 'Franklin', 'rosalind@helix-labs.com', 'Helix Labs');
    await confirmed('Barbara', 'McClintock', 'barbara@corn-genetics.com', 'Corn Genetics');
    // A registration the policy flags today (its provider joined a list after it was submitted).
    const flaggedId = await confirmed('Dorothy', 'Hodgkin', 'dorothy@crystal-works.com', 'Crystal Works');
    await j.db.query('UPDATE registrations SET email = $2 WHERE id = $1', [
      flaggedId,
      'dorothy.hodgkin@gmail.com',
    ]);

    const page = await j.page();
    await j.loginAsReviewer(page);
    const rows = page.locator('#queue .queue-row');
    await expect.poll(() => rows.count()).toBe(3);
    await j.check(page, 'queue');
    // Per registration what the policy found.
    await expect
      .poll(() => page.locator('.queue-row[data-email="dorothy.hodgkin@gmail.com"]').innerText())
      .toMatch(/Free e-mail provider/);
    expect(await page.locator('.queue-row[data-email="rosalind@helix-labs.com"]').innerText()).toMatch(
      /E-mail check passed/,
    );

    // Filter (flagged only), search, sort by company.
    await page.locator('label[for=filter-flagged]').click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('label[for=filter-open]').click();
    await page.locator('#queue-search').fill('corn');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringMatching(/Barbara McClintock/)]);
    await page.locator('#queue-search').fill('');
    await page.locator('#queue-sort').selectOption('company');
    await expect
      .poll(async () =>
        (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-email')))).join(' '),
      )
      .toBe('barbara@corn-genetics.com dorothy.hodgkin@gmail.com rosalind@helix-labs.com');

    // Keyboard only: one tab stop, arrows move, Enter opens, Escape returns to the row.
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-email')))
      .toBe('dorothy.hodgkin@gmail.com');
    await page.keyboard.press('Enter');
    const detail = page.locator('#detail[data-email="dorothy.hodgkin@gmail.com"]');
    await detail.waitFor();
    await expect
      .poll(() => detail.innerText())
      .toMatch(/What the e-mail policy found[\s\S]*Free e-mail provider \(free-provider/);
    await j.check(page, 'detail');
    await page.keyboard.press('Escape');
    await expect(detail.isHidden()).resolves.toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-email'))).toBe(
      'dorothy.hodgkin@gmail.com',
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const barbara = page.locator('#detail[data-email="barbara@corn-genetics.com"]');
    await barbara.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Company verified by phone.');
    await barbara.getByRole('button', { name: 'Approve' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#status').innerText())
      .toMatch(/barbara@corn-genetics\.com: approved/);
    await page.locator('label[for=filter-decided]').click();
    await expect.poll(() => rows.count()).toBe(1);
    await j.check(page, 'decided');
  });
});
