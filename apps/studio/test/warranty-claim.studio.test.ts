/**
 * The studio's acceptance: a product person builds the three-step warranty claim from an empty file in Chromium,
 * by clicking and typing only — a serial number with a pattern, a purchase date not in the future, "more than one
 * device" Yes/No revealing a list of up to 20 different serial numbers, a description of at least 20 characters,
 * English and German texts — previews it, tries sample data, and saves it. The saved file then validates on the
 * server exactly as designed. Every state is checked with axe and the strict CSP (the portal journeys' harness).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileForm } from '@gatehouse/forms/compile';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, journey } from '../../../examples/portal/journeys/harness.js';
import { type RunningStudio, startStudio } from '../src/server/studio-server.js';

const j = journey('studio');
let studio: RunningStudio;
const folder = mkdtempSync(join(tmpdir(), 'gatehouse-studio-'));

beforeAll(async () => {
  // Publishing goes to the journey's portal (started by the harness's own beforeAll, which runs first).
  studio = await startStudio({ folder, port: 0, ...(hasChromium ? { gatehouse: `${j.url}/api` } : {}) });
}, 120_000);
afterAll(async () => studio?.close());

/** Types into an input and leaves it (the designer applies a field on `change`, as a person tabbing on). */
async function type(input: Locator, text: string) {
  await input.fill(text);
  await input.press('Tab');
}

/** Fills the English and German texts of the selected field's `part`. */
async function texts(page: Page, part: 'Label' | 'Help', en: string, de: string) {
  await type(page.getByRole('textbox', { name: `${part} (English)`, exact: true }), en);
  await type(page.getByRole('textbox', { name: `${part} (German)`, exact: true }), de);
}

/** Adds a field from the palette and names it; its editor opens with the name focused. */
async function addField(page: Page, palette: string, name: string) {
  await page.locator('.palette').getByRole('button', { name: palette, exact: true }).click();
  const input = page.getByLabel('Name in the data');
  await expect.poll(() => input.evaluate((e) => e === document.activeElement)).toBe(true);
  await type(input, name);
  await expect.poll(() => page.locator('#field-editor-title').textContent()).toContain(name);
}

async function stepTitle(page: Page, index: number, en: string, de: string) {
  await type(page.locator(`#step-title-en-${index}`), en);
  await type(page.locator(`#step-title-de-${index}`), de);
}

const status = (page: Page) => page.getByRole('status').first();

describe.skipIf(!hasChromium)('Gatehouse Studio', () => {
  it('builds the warranty claim from an empty file, previews it in English and German and saves it', async () => {
    // Tall enough that nothing scrolls under the pointer while the preview re-renders beside a drag.
    const page = await j.page({ viewport: { width: 1280, height: 2400 } });
    await page.goto(studio.url);
    await page.getByLabel('New form id').fill('warranty-claim');
    await page.getByRole('button', { name: 'Start an empty form' }).click();
    await expect.poll(() => status(page).textContent()).toContain('New form warranty-claim.form.json');
    await j.check(page, 'empty');

    // Step 1: the device.
    await stepTitle(page, 0, 'Your device', 'Ihr Gerät');
    await addField(page, 'Text', 'serialNumber');
    await texts(page, 'Label', 'Serial number', 'Seriennummer');
    await texts(
      page,
      'Help',
      'On the label under the device, e.g. GH2-004512.',
      'Auf dem Etikett unter dem Gerät, z. B. GH2-004512.',
    );
    await page.getByLabel('Always required').check();
    await type(page.getByLabel('Maximum length'), '32');
    await type(page.getByLabel('Pattern (regular expression)'), '^[A-Z0-9][A-Z0-9-]{5,31}$');
    await page.getByLabel('Try the pattern on').fill('GH2-004512');
    await expect
      .poll(() => page.locator('#pattern-verdict').textContent())
      .toContain('“GH2-004512” matches the pattern');
    await page.getByLabel('Try the pattern on').fill('gh2 4512');
    await expect.poll(() => page.locator('#pattern-verdict').textContent()).toContain('does not match');

    await addField(page, 'Yes/No', 'moreThanOneDevice');
    await texts(
      page,
      'Label',
      'More than one device has this problem',
      'Mehr als ein Gerät hat dieses Problem',
    );
    await page.getByLabel('Always required').check();

    await addField(page, 'List', 'otherSerials');
    await texts(page, 'Label', 'Serial numbers of the other devices', 'Seriennummern der anderen Geräte');
    await type(page.getByLabel('Most entries'), '20');
    await type(page.getByLabel('Fewest entries'), '1');
    await page.getByLabel('Entries must be different from each other').check();
    await type(page.getByLabel('Maximum length of an entry'), '32');
    await type(page.getByLabel('Pattern (regular expression) of each entry'), '^[A-Z0-9][A-Z0-9-]{5,31}$');

    // The rule, by pointing: show and require the other serials when "more than one device" is Yes.
    await page.getByLabel('the field').selectOption({ label: 'Serial numbers of the other devices' });
    await page.getByLabel('when').selectOption({ label: 'More than one device has this problem' });
    await page.getByLabel('condition').selectOption({ label: 'is Yes' });
    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect
      .poll(() => page.locator('.rules').textContent())
      .toContain(
        'Show and require “Serial numbers of the other devices” when “More than one device has this problem” is Yes.',
      );

    // Step 2: the purchase.
    await page.getByRole('button', { name: 'Add a step' }).click();
    await stepTitle(page, 1, 'Purchase', 'Kauf');
    await addField(page, 'Date', 'purchaseDate');
    await texts(page, 'Label', 'Purchase date', 'Kaufdatum');
    await page.getByLabel('Always required').check();
    await page.getByLabel('Not in the future').check();

    // Step 3: the description. A stray field shows reordering by keyboard and by dragging, and removal.
    await page.getByRole('button', { name: 'Add a step' }).click();
    await stepTitle(page, 2, 'Description', 'Beschreibung');
    await addField(page, 'Long text', 'description');
    await texts(page, 'Label', 'What is wrong?', 'Was ist defekt?');
    await page.getByLabel('Always required').check();
    await type(page.getByLabel('Minimum length'), '20');
    await addField(page, 'Number', 'stray');
    const stray = page.locator('[data-field="/stray"] .select-field');
    await stray.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => status(page).textContent())
      .toContain('stray moved to place 1 of 2 in Description');
    await expect.poll(() => stray.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.locator('[data-field="/stray"]').dragTo(page.locator('[data-field="/purchaseDate"]'));
    await expect
      .poll(() =>
        page
          .locator('.step')
          .nth(1)
          .locator('[data-field]')
          .evaluateAll((l) => l.map((e) => e.getAttribute('data-field'))),
      )
      .toEqual(['/stray', '/purchaseDate']);
    await page.getByRole('button', { name: 'Duplicate stray' }).click();
    await expect.poll(() => page.locator('[data-field="/stray2"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Remove stray2' }).click();
    await page.getByRole('button', { name: 'Remove stray', exact: true }).click();
    await expect.poll(() => page.locator('[data-field^="/stray"]').count()).toBe(0);

    // Lint is clean; the preview shows the first step with the "still required" pane, in English and German.
    await expect
      .poll(() => page.locator('studio-checks').textContent(), { timeout: 30_000 })
      .toContain('No problems');
    const preview = page.locator('studio-preview gate-form');
    await expect.poll(() => preview.getByLabel(/Serial number/).count(), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(() => preview.locator('[part~="required-pane"]').textContent())
      .toContain('Serial number');
    await preview.getByLabel(/Serial number/).fill('GH2-004512');
    await preview.getByLabel(/Serial number/).press('Tab');
    await j.check(page, 'designer');
    await page.getByRole('radio', { name: 'Deutsch' }).check();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('radio', { name: 'Phone (390 px)' }).check();
    await expect.poll(() => preview.getByLabel(/Seriennummer/).count()).toBe(1);
    expect(await preview.getByLabel(/Seriennummer/).inputValue()).toBe('GH2-004512');
    await expect.poll(() => preview.getByRole('button', { name: 'Weiter' }).count()).toBe(1);
    await j.check(page, 'preview-de-dark');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: 'Light' }).check();
    await page.getByRole('radio', { name: 'Desktop' }).check();

    // Sample data, answered by the server's validator.
    await page.getByLabel(/Data \(JSON\)/).fill(
      JSON.stringify({
        serialNumber: 'GH2-004512',
        moreThanOneDevice: true,
        purchaseDate: '2020-01-01',
        description: 'too short',
      }),
    );
    await page.getByRole('button', { name: 'Try it' }).click();
    await expect.poll(() => page.locator('.answer').textContent()).toContain('/otherSerials');
    await expect.poll(() => page.locator('.answer').textContent()).toContain('/description');

    // Saved: formatted, stable, and validating as designed.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain('Saved warranty-claim.form.json');
    const text = readFileSync(join(folder, 'warranty-claim.form.json'), 'utf8');
    const saved = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(saved, null, 2)}\n`);
    expect(saved.ui.steps.map((s: { fields: string[] }) => s.fields)).toEqual([
      ['/serialNumber', '/moreThanOneDevice', '/otherSerials'],
      ['/purchaseDate'],
      ['/description'],
    ]);
    expect(saved.messages.de['serialNumber.label']).toBe('Seriennummer');
    const form = compileForm(saved);
    const good = {
      serialNumber: 'GH2-004512',
      moreThanOneDevice: true,
      otherSerials: ['GH2-004513', 'GH2-004514'],
      purchaseDate: '2024-03-01',
      description: 'The fan is loud and the unit restarts every hour.',
    };
    expect(form.validate(good)).toMatchObject({ ok: true });
    const codes = (data: Record<string, unknown>) => {
      const r = form.validate(data);
      return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
    };
    expect(codes({ ...good, serialNumber: 'gh2 4512' })).toEqual(['/serialNumber pattern']);
    expect(codes({ ...good, otherSerials: undefined })).toEqual(['/otherSerials required']);
    expect(codes({ ...good, moreThanOneDevice: false, otherSerials: undefined })).toEqual([]);
    expect(codes({ ...good, otherSerials: ['GH2-004513', 'GH2-004513'] })).toEqual([
      '/otherSerials uniqueItems',
    ]);
    expect(
      codes({
        ...good,
        otherSerials: Array.from({ length: 21 }, (_, i) => `GH2-1000${String(i).padStart(2, '0')}`),
      }),
    ).toEqual(['/otherSerials maxItems']);
    expect(codes({ ...good, description: 'too short' })).toEqual(['/description minLength']);
    expect(codes({ ...good, purchaseDate: '2999-01-01' })[0]).toMatch(/^\/purchaseDate /);
    await j.check(page, 'saved');
  });

  it('edits the fields inside a group like top-level ones: add, texts, required, reorder, duplicate, remove', async () => {
    const page = await j.page({ viewport: { width: 1280, height: 2400 } });
    await page.goto(studio.url);
    await page.getByLabel('New form id').fill('moving');
    await page.getByRole('button', { name: 'Start an empty form' }).click();
    await expect.poll(() => status(page).textContent()).toContain('New form moving.form.json');
    await addField(page, 'Group', 'address');
    await texts(page, 'Label', 'New address', 'Neue Adresse');
    await page.getByLabel('to', { exact: true }).selectOption({ label: 'Group: New address (/address)' });
    await addField(page, 'Text', 'street');
    await expect
      .poll(() => page.locator('#field-editor-title').textContent())
      .toContain('in group “New address”');
    await texts(page, 'Label', 'Street', 'Straße');
    await page.getByLabel('Always required').check();
    await addField(page, 'Drop-down', 'country');
    await texts(page, 'Label', 'Country', 'Land');
    const country = page.locator('[data-field="/address/country"] > .select-field');
    await country.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => status(page).textContent())
      .toContain('Country moved to place 1 of 2 in the group New address');
    await page.getByRole('button', { name: 'Duplicate Street' }).click();
    await expect.poll(() => page.locator('[data-field="/address/street2"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Remove Street', exact: true }).nth(1).click();
    await expect.poll(() => page.locator('[data-field="/address/street2"]').count()).toBe(0);
    const preview = page.locator('studio-preview gate-form');
    await expect.poll(() => preview.getByLabel(/Street/).count(), { timeout: 30_000 }).toBe(1);
    await j.check(page, 'group');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain('Saved moving.form.json');
    const saved = JSON.parse(readFileSync(join(folder, 'moving.form.json'), 'utf8'));
    expect(saved.ui.fields['/address'].order).toEqual(['/address/country', '/address/street']);
    expect(saved.schema.properties.address.required).toEqual(['street']);
    expect(saved.messages.de['address.street.label']).toBe('Straße');
    expect(compileForm(saved).validate({ address: { country: 'option-1' } })).toMatchObject({
      ok: false,
      issues: [{ path: '/address/street', code: 'required' }],
    });
  });

  it('keeps unsaved work when the JSON is broken, names line and column, and refuses to save it', async () => {
    const page = await j.page();
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'warranty-claim.form.json', exact: true }).click();
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByLabel('Definition (JSON)');
    await expect.poll(() => json.inputValue()).toContain('"id": "warranty-claim"');
    const broken = (await json.inputValue()).replace('"id": "warranty-claim",', '"id": "warranty-claim"');
    await json.fill(broken);
    await expect
      .poll(() => page.locator('#json-problem').textContent())
      .toMatch(/Broken JSON at line 3, column \d+/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain('Not saved: Broken JSON at line 3');
    expect(await json.inputValue()).toBe(broken);
    await page.getByRole('tab', { name: 'Design' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('The designer cannot show warranty-claim.form.json');
    await j.check(page, 'broken-json');
    // An unknown format: JSON, but not a form definition.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await json.fill('{ "fields": [] }');
    await expect.poll(() => page.locator('#json-problem').textContent()).toContain('no "id"');
    expect(readFileSync(join(folder, 'warranty-claim.form.json'), 'utf8')).toContain('"serialNumber"');
  });

  it('publishes the saved form as a form editor, and a person submits it on the portal page that loads it by id', async () => {
    const page = await j.page({ viewport: { width: 1280, height: 2400 } });
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'warranty-claim.form.json', exact: true }).click();
    const pane = page.locator('studio-publish');
    await pane.locator('#publish-email').fill(j.formEditor.email);
    await pane.locator('#publish-password').fill('not the password');
    await pane.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => pane.locator('.publish-message').textContent()).toContain('wrong');
    await pane.locator('#publish-password').fill(j.formEditor.password);
    await pane.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => pane.locator('.publish-message').textContent())
      .toContain(`Signed in as ${j.formEditor.email}`);
    await expect
      .poll(() => pane.textContent())
      .toContain(`Signed in to ${j.url}/api as ${j.formEditor.email}`);
    await expect.poll(() => pane.textContent()).toContain('“warranty-claim” is not published yet.');

    // A lint problem blocks publishing, and says where.
    await page.locator('[data-field="/description"] .select-field').click();
    await type(page.getByLabel('Maximum length'), '');
    await expect
      .poll(() => page.locator('studio-checks').textContent(), { timeout: 30_000 })
      .toContain('string without maxLength');
    await pane.getByRole('button', { name: 'Publish “warranty-claim”' }).click();
    await expect.poll(() => pane.textContent()).toContain('/schema/properties/description');
    await expect.poll(() => pane.locator('.publish-message').textContent()).toContain('Not published');
    await type(page.getByLabel('Maximum length'), '2000');
    await expect
      .poll(() => page.locator('studio-checks').textContent(), { timeout: 30_000 })
      .toContain('No problems');

    await pane.getByRole('button', { name: 'Publish “warranty-claim”' }).click();
    await expect
      .poll(() => pane.locator('.publish-message').textContent(), { timeout: 30_000 })
      .toContain('Published version 1');
    await expect.poll(() => pane.locator('.versions').textContent()).toContain('1 (current)');
    await expect.poll(() => pane.locator('.versions').textContent()).toContain(j.formEditor.email);
    await j.check(page, 'published');

    // The portal's warranty page loads the published form by id, under its strict CSP, and submits it.
    const portal = await j.page();
    await j.visit(portal, '/warranty.html', 'portal-warranty');
    const form = portal.locator('gate-form');
    await form.getByLabel(/Serial number/).fill('GH2-004512');
    await form.getByRole('radio', { name: 'Yes' }).check();
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await portal.keyboard.type('GH2-004513');
    await form.getByRole('button', { name: 'Next' }).click();
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel(/Purchase date/).fill(yearAgo);
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByLabel(/What is wrong/).fill('The fan is loud and the unit restarts every hour.');
    await form.getByRole('button', { name: 'Submit' }).click();
    await portal.locator('#status[data-kind="ok"]').waitFor({ timeout: 20_000 });
    await j.check(portal, 'portal-warranty-sent');
    const stored = await j.db.query<{ form_id: string; version: number; data: unknown }>(
      'SELECT form_id, version, data FROM form_submissions',
    );
    expect(stored.map((r) => [r.form_id, Number(r.version)])).toEqual([['warranty-claim', 1]]);
    const data = typeof stored[0]!.data === 'string' ? JSON.parse(stored[0]!.data) : stored[0]!.data;
    expect(data).toMatchObject({
      serialNumber: 'GH2-004512',
      moreThanOneDevice: true,
      otherSerials: ['GH2-004513'],
    });
  });
});
