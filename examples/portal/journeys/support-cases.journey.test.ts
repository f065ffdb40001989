/**
 * Manual section "Support case": the environment question is a drop-down (Production, Test, POC/POV); the user
 * sees a list of their cases (number, title, environment, status, last update), opens one and adds a follow-up
 * comment.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('support-cases');

describe.skipIf(!hasChromium)('support cases', () => {
  it('opens a case from the drop-down, lists it, shows it and takes a follow-up comment', async () => {
    const { page } = await j.activeUser({
      givenName: 'Lise',
      familyName: 'Meitner',
      email: 'lise.meitner@fission-works.com',
      company: 'Fission Works',
    });
    await j.visit(page, '/support.html', 'empty');
    await page.getByText('You have no support cases yet.').waitFor();
    const form = page.locator('gate-support-case');
    const environment = form.getByLabel('Does this concern a production environment?');
    await expect(environment.evaluate((el) => el.tagName)).resolves.toBe('SELECT');
    await environment.selectOption('production');
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.locator('input[name=subject]').fill('Cluster does not start');
    await form
      .locator('textarea[name=description], input[name=description]')
      .fill('After the update the cluster stays in recovery mode.');
    await form.getByRole('button', { name: 'Open case' }).click();
    const row = page.locator('#cases tbody tr').first();
    await row.waitFor();
    const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
    expect(cells.slice(0, 4)).toEqual([
      expect.stringMatching(/^CS-\d{4}-/),
      'Cluster does not start',
      'Production',
      'Open',
    ]);
    await j.check(page, 'list');

    await row.getByRole('link').click();
    await page.waitForURL(/case\.html\?id=/);
    await page.locator('#case-title').getByText('Cluster does not start').waitFor();
    await j.check(page, 'detail');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByText('Write your comment first.').waitFor();
    await page.getByLabel('Add a follow-up comment').fill('It also happens on node 4 <b>tonight</b>.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.locator('#comments li').getByText('It also happens on node 4 <b>tonight</b>.').waitFor();
    await expect(page.locator('#comments li .meta').innerText()).resolves.toContain('Lise Meitner');
    await j.check(page, 'commented');
  });
});
