/**
 * The versions of a published form in the studio: a form editor publishes two versions, compares version 1 with
 * the editor (the Changes tab shows the lines that differ), restores version 1 (the server serves it again as
 * current), all by pointing and with each row's buttons named for a screen reader ("Restore version 1"). Checked
 * with axe and the strict CSP, at desktop and phone width.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, journey } from '../../../examples/portal/journeys/harness.js';
import { type RunningStudio, startStudio } from '../src/server/studio-server.js';

const j = journey('studio-versions');
let studio: RunningStudio;
const folder = mkdtempSync(join(tmpdir(), 'gatehouse-studio-versions-'));

beforeAll(async () => {
  studio = await startStudio({ folder, port: 0, ...(hasChromium ? { gatehouse: `${j.url}/api` } : {}) });
}, 120_000);
afterAll(async () => studio?.close());

async function type(input: Locator, text: string) {
  await input.fill(text);
  await input.press('Tab');
}

/** The English label of the selected field. */
const label = (page: Page, text: string) =>
  type(page.getByRole('textbox', { name: 'Label (English)', exact: true }), text);

describe.skipIf(!hasChromium)('Gatehouse Studio: published versions', () => {
  it('compares an earlier version with the editor and restores it', async () => {
    const page = await j.page({ viewport: { width: 1280, height: 2000 } });
    await page.goto(studio.url);
    await page.getByLabel('New form id').fill('feedback');
    await page.getByRole('button', { name: 'Start an empty form' }).click();
    await page.locator('.palette').getByRole('button', { name: 'Text', exact: true }).click();
    await type(page.getByLabel('Name in the data'), 'comment');
    await label(page, 'Your comment');
    await type(page.getByRole('textbox', { name: 'Label (German)', exact: true }), 'Ihr Kommentar');

    const pane = page.locator('studio-publish');
    await pane.locator('#publish-email').fill(j.formEditor.email);
    await pane.locator('#publish-password').fill(j.formEditor.password);
    await pane.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => pane.locator('.publish-message').textContent()).toContain('Signed in as');
    const checks = page.locator('studio-checks');
    const publish = async (version: number) => {
      await expect.poll(() => checks.textContent(), { timeout: 30_000 }).toContain('No problems');
      await pane.getByRole('button', { name: 'Publish “feedback”' }).click();
      await expect
        .poll(() => pane.locator('.publish-message').textContent(), { timeout: 30_000 })
        .toContain(`Published version ${version}`);
    };
    await publish(1);
    await label(page, 'What could we do better?');
    await publish(2);
    const versions = pane.locator('.versions');
    await expect.poll(() => versions.textContent()).toContain('2 (current)');

    // Compare: the Changes tab shows version 1 against the editor.
    await label(page, 'What could we do better next time?');
    await pane.getByRole('button', { name: 'Compare version 1' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Changes' }).getAttribute('aria-selected'))
      .toBe('true');
    const diff = page.locator('studio-diff');
    await expect.poll(() => diff.textContent()).toContain('Changes since published version 1');
    await expect
      .poll(() => diff.locator('.diff-remove').textContent())
      .toContain('"comment.label": "Your comment"');
    await expect
      .poll(() => diff.locator('.diff-add').textContent())
      .toContain('"comment.label": "What could we do better next time?"');
    await j.check(page, 'compare');

    // Restore: version 1 is current again on the server.
    await pane.getByRole('button', { name: 'Restore version 1' }).click();
    await expect
      .poll(() => pane.locator('.publish-message').textContent())
      .toContain('Version 1 is current again.');
    await expect.poll(() => versions.textContent()).toContain('1 (current)');
    expect(await pane.getByRole('button', { name: 'Restore version 2' }).count()).toBe(1);
    expect(await pane.getByRole('button', { name: 'Restore version 1' }).count()).toBe(0);
    const current = await (await fetch(`${j.url}/api/forms/feedback/current`)).json();
    expect(current).toMatchObject({ version: 1 });
    await j.check(page, 'restored');
    // On a phone the versions table fits the width: nothing to scroll sideways (a long e-mail address wraps).
    await page.setViewportSize({ width: 390, height: 2400 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(390);
    await j.check(page, 'restored-phone');
  });
});
