/**
 * Publishing without a rebuild (docs/forms/publishing.md): the form editor publishes two versions of the warranty
 * claim through the API, the portal's warranty page shows the current one by id under the strict CSP, a person
 * submits it and the stored submission names the version; after a restore of version 1 the page serves that one.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, journey } from './harness.js';

const j = journey('published-forms');

const example = (name: string) =>
  readFileSync(new URL(`../../../packages/forms/examples/${name}.form.json`, import.meta.url), 'utf8');

/** A purchase date the form accepts whatever day the test runs. */
const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

/** The form editor's portal session cookie, from the ordinary login (server side: no `Origin`, no CORS). */
async function editorCookie(): Promise<string> {
  const answer = await fetch(`${j.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(j.formEditor),
  });
  expect(answer.status).toBe(200);
  const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('gatehouse_session='));
  return (cookie ?? '').split(';')[0] ?? '';
}

/** `method path` of the API with the editor's cookie; the status and the JSON answer. */
async function asEditor(cookie: string, method: string, path: string, body?: string) {
  const answer = await fetch(`${j.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie },
    ...(body === undefined ? {} : { body }),
  });
  return { status: answer.status, json: (await answer.json()) as Record<string, any> };
}

/** The stored submissions: id, form and version. */
async function submissions() {
  return j.db.query<{ id: string; form_id: string; version: number }>(
    'SELECT id, form_id, version FROM form_submissions ORDER BY submitted_at',
  );
}

/** Fills the device step (the same in both versions) and goes on. */
async function deviceStep(page: Page, model: string) {
  const form = page.locator('gate-form');
  await form.getByLabel('Serial number').fill('GH2-004512');
  await form.getByLabel('Model').selectOption({ label: model });
  await form.getByLabel('What is wrong?').fill('It does not turn on any more since Monday.');
  await form.getByRole('button', { name: 'Next' }).click();
  await form.getByLabel('Purchase date').fill(yearAgo);
}

/** Fills the contact step and submits; waits for the page to say the claim was received. */
async function contactStep(page: Page) {
  const form = page.locator('gate-form');
  await form.getByRole('button', { name: 'Next' }).click();
  await form.getByLabel('Your name').fill('Ada Lovelace');
  await form.getByLabel('E-mail address').fill('ada@example.com');
  await form.getByLabel('You may contact me about this claim.').check();
  await form.getByRole('button', { name: 'Submit' }).click();
  await page.locator('#status[data-kind="ok"]').waitFor({ timeout: 20_000 });
}

describe.skipIf(!hasChromium)('a form published through the API, shown by id', () => {
  it('publish, fill in and submit version 2; restore version 1 and the page serves it', async () => {
    const cookie = await editorCookie();
    const first = await asEditor(cookie, 'POST', '/forms/warranty-claim/versions', example('warranty-claim'));
    expect([first.status, first.json.version]).toEqual([201, 1]);
    const second = await asEditor(
      cookie,
      'POST',
      '/forms/warranty-claim/versions',
      example('warranty-claim.v2'),
    );
    expect([second.status, second.json.version]).toEqual([201, 2]);

    const page = await j.page();
    const modules: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/forms/'))
        modules.push(new URL(request.url()).pathname);
    });
    await page.goto(`${j.url}/warranty.html`);
    await page.locator('gate-form').getByLabel('Serial number').waitFor({ timeout: 20_000 });
    await j.check(page, 'version-2');
    expect(modules).toEqual(['/forms/warranty-claim.js', '/forms/warranty-claim@2.js']);
    await deviceStep(page, 'GH-200 Pro');
    const form = page.locator('gate-form');
    await form.getByLabel('Bought from (shop or reseller)').fill('Radio Shop Berlin');
    await form.getByLabel('Country of purchase').selectOption({ label: 'Germany' });
    await j.check(page, 'version-2-purchase');
    await contactStep(page);
    await j.check(page, 'submitted');
    const [stored] = await submissions();
    expect(stored).toMatchObject({ form_id: 'warranty-claim', version: 2 });
    expect(await page.locator('#status').textContent()).toContain(stored?.id);

    const restored = await asEditor(cookie, 'POST', '/forms/warranty-claim/restore', '{"version":1}');
    expect([restored.status, restored.json.version]).toEqual([200, 1]);
    modules.length = 0;
    await page.goto(`${j.url}/warranty.html`);
    await page.locator('gate-form').getByLabel('Serial number').waitFor({ timeout: 20_000 });
    await j.check(page, 'version-1');
    expect(modules).toEqual(['/forms/warranty-claim.js', '/forms/warranty-claim@1.js']);
    await deviceStep(page, 'GH-200');
    await form.getByLabel('Bought from (shop or reseller)').fill('Radio Shop Berlin');
    await form.getByRole('radio', { name: 'No' }).check();
    await j.check(page, 'version-1-purchase');
    expect(await form.getByLabel('Country of purchase').count()).toBe(0);
    await contactStep(page);
    expect((await submissions()).map((s) => s.version)).toEqual([2, 1]);
  });
});
