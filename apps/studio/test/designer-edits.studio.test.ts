/**
 * A product person changes how fields are shown after adding them, builds rules with every kind of condition by
 * pointing, and sees the preview apply them; bad files (broken JSON, JSON that is not a form, an unknown format
 * version, a file deleted after the list was shown) are named with their line and column or JSON Pointer while
 * the unsaved work in the open editor stays. Every view is checked with axe and the strict CSP.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileForm } from '@gatehouse/forms/compile';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, journey } from '../../../examples/portal/journeys/harness.js';
import { type RunningStudio, startStudio } from '../src/server/studio-server.js';

const j = journey('studio-edits');
let studio: RunningStudio;
const folder = mkdtempSync(join(tmpdir(), 'gatehouse-studio-edits-'));

/** A small valid definition with the id `id`. */
const small = (id: string, extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ id, ...extra, schema: { type: 'object', properties: { a: { type: 'string', maxLength: 10 } } } }, null, 2)}\n`;

beforeAll(async () => {
  writeFileSync(join(folder, 'broken.form.json'), '{\n  "id": "broken",\n  "schema": {\n}\n');
  writeFileSync(join(folder, 'not-a-form.form.json'), '{ "fields": [] }\n');
  writeFileSync(
    join(folder, 'future.form.json'),
    small('future', { $schema: 'https://gatehouse.example/form-definition/v9.json' }),
  );
  writeFileSync(join(folder, 'odd-version.form.json'), small('odd-version', { version: '2.0' }));
  writeFileSync(join(folder, 'vanishing.form.json'), small('vanishing'));
  writeFileSync(join(folder, 'gone.form.json'), small('gone'));
  studio = await startStudio({ folder, port: 0 });
}, 120_000);
afterAll(async () => studio?.close());

async function type(input: Locator, text: string) {
  await input.fill(text);
  await input.press('Tab');
}

/** Adds a field from the palette, names it and gives it the same English and German label. */
async function addField(page: Page, palette: string, name: string, label: string) {
  await page.locator('.palette').getByRole('button', { name: palette, exact: true }).click();
  const input = page.getByLabel('Name in the data');
  await expect.poll(() => input.evaluate((e) => e === document.activeElement)).toBe(true);
  await type(input, name);
  await expect.poll(() => page.locator('#field-editor-title').textContent()).toContain(name);
  await type(page.getByRole('textbox', { name: 'Label (English)', exact: true }), label);
  await type(page.getByRole('textbox', { name: 'Label (German)', exact: true }), label);
}

const status = (page: Page) => page.getByRole('status').first();
const shownAs = (page: Page) => page.getByLabel('Shown as');
const optionTexts = (select: Locator) => select.locator('option').allTextContents();

/** Adds "show (and require) `target` when `when` `condition`", with the value step `value` if any. */
async function addRule(
  page: Page,
  target: string,
  when: string,
  condition: string,
  value?: (p: Page) => Promise<void>,
) {
  await page.getByLabel('the field').selectOption({ label: target });
  await page.getByLabel('when').selectOption({ label: when });
  await page.getByLabel('condition').selectOption({ label: condition });
  await value?.(page);
  await page.getByRole('button', { name: 'Add rule' }).click();
}

describe.skipIf(!hasChromium)('Gatehouse Studio: changing widgets, rule conditions, bad files', () => {
  it('changes a field’s widget to one that fits; the JSON, the preview and lint follow', async () => {
    const page = await j.page({ viewport: { width: 1280, height: 2400 } });
    await page.goto(studio.url);
    await page.getByLabel('New form id').fill('contact');
    await page.getByRole('button', { name: 'Start an empty form' }).click();

    await addField(page, 'Text', 'message', 'Your message');
    expect(await optionTexts(shownAs(page))).toEqual(['Text', 'Long text', 'E-mail', 'Phone (free text)']);
    await shownAs(page).selectOption({ label: 'Long text' });
    await expect.poll(() => status(page).textContent()).toContain('Shown as Long text');
    await addField(page, 'Drop-down', 'topic', 'Topic');
    expect(await optionTexts(shownAs(page))).toEqual(['Drop-down', 'Radio buttons']);
    await shownAs(page).selectOption({ label: 'Radio buttons' });
    await addField(page, 'Checkbox', 'callback', 'Call me back');
    expect(await optionTexts(shownAs(page))).toEqual(['Checkbox', 'Yes/No']);
    // By keyboard, as a screen reader user would: focus the list and choose with the arrow key.
    await shownAs(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => status(page).textContent()).toContain('Shown as Yes/No');
    await addField(page, 'Number', 'devices', 'Devices');
    await expect.poll(() => page.locator('#field-widget').textContent()).toContain('Shown as: Number');

    const preview = page.locator('studio-preview gate-form');
    await expect.poll(() => preview.locator('textarea').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => preview.getByRole('radio', { name: 'option-2' }).count()).toBe(1);
    await expect.poll(() => preview.getByRole('radio', { name: 'Yes' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('studio-checks').textContent(), { timeout: 30_000 })
      .toContain('No problems');
    await j.check(page, 'widgets');

    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = JSON.parse(await page.getByLabel('Definition (JSON)').inputValue());
    expect(json.ui.fields['/message'].widget).toBe('textarea');
    expect(json.ui.fields['/topic'].widget).toBe('radio');
    expect(json.ui.fields['/callback'].widget).toBe('radio');
    await j.check(page, 'json');
    await page.getByRole('tab', { name: 'Changes' }).click();
    await expect.poll(() => page.locator('studio-diff').textContent()).toContain('"widget": "textarea"');
    await j.check(page, 'changes');
  });

  it('builds rules with "is one of", "is filled", "is empty", greater/less than, after/before and Yes/No; the preview applies them as the server does', async () => {
    const page = await j.page({ viewport: { width: 1280, height: 2600 } });
    await page.goto(studio.url);
    await page.getByLabel('New form id').fill('callback');
    await page.getByRole('button', { name: 'Start an empty form' }).click();
    await addField(page, 'Drop-down', 'topic', 'Topic');
    await page.getByLabel('New option value').fill('other');
    await page.getByRole('button', { name: 'Add option' }).click();
    await addField(page, 'Number', 'devices', 'Devices');
    await addField(page, 'Date', 'purchased', 'Purchased on');
    await addField(page, 'Yes/No', 'callback', 'Call me back');
    await addField(page, 'Text', 'phone', 'Phone');
    await addField(page, 'Text', 'order', 'Order number');
    await addField(page, 'Text', 'bulk', 'Bulk contact');
    await addField(page, 'Text', 'receipt', 'Receipt number');
    await addField(page, 'Text', 'reason', 'Why no date');
    await addField(page, 'Text', 'small', 'Small order note');

    await addRule(page, 'Phone', 'Call me back', 'is Yes');
    await addRule(page, 'Order number', 'Topic', 'is one of', async (p) => {
      await p.getByRole('checkbox', { name: 'option-1' }).check();
      await p.getByRole('checkbox', { name: 'option-2' }).check();
    });
    await addRule(page, 'Bulk contact', 'Devices', 'is greater than', (p) =>
      p.getByLabel('value', { exact: true }).fill('5'),
    );
    await addRule(page, 'Small order note', 'Devices', 'is less than', (p) =>
      p.getByLabel('value', { exact: true }).fill('2'),
    );
    await addRule(page, 'Receipt number', 'Purchased on', 'is after', (p) =>
      p.getByLabel('value', { exact: true }).fill('2024-06-30'),
    );
    await addRule(page, 'Why no date', 'Purchased on', 'is empty');
    const rules = page.locator('.rules');
    for (const sentence of [
      'Show and require “Phone” when “Call me back” is Yes.',
      'Show and require “Order number” when “Topic” is one of option-1, option-2.',
      'Show and require “Bulk contact” when “Devices” is greater than 5.',
      'Show and require “Small order note” when “Devices” is less than 2.',
      'Show and require “Receipt number” when “Purchased on” is after 2024-06-30.',
      'Show and require “Why no date” when “Purchased on” is empty.',
    ])
      await expect.poll(() => rules.textContent()).toContain(sentence);
    // A value left out is named, not guessed.
    await page.getByLabel('the field').selectOption({ label: 'Phone' });
    await page.getByLabel('when').selectOption({ label: 'Topic' });
    await page.getByLabel('condition').selectOption({ label: 'is one of' });
    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect
      .poll(() => page.locator('.rule-form [role="alert"]').textContent())
      .toBe('Tick at least one value.');
    await page.getByRole('checkbox', { name: 'other' }).check();
    await j.check(page, 'rule-conditions');
    await page.getByLabel('condition').selectOption({ label: 'is filled' });
    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect
      .poll(() => rules.textContent())
      .toContain('Show and require “Phone” when “Topic” is filled.');
    await page.getByRole('button', { name: 'Remove rule 7' }).click();
    await expect
      .poll(() => page.locator('studio-checks').textContent(), { timeout: 30_000 })
      .toContain('No problems');

    // The preview: each field comes and goes with its condition.
    const preview = page.locator('studio-preview gate-form');
    const shown = (label: RegExp) => preview.getByLabel(label).count();
    await expect.poll(() => shown(/Why no date/), { timeout: 30_000 }).toBe(1);
    for (const hidden of [/^Phone/, /Order number/, /Bulk contact/, /Receipt number/, /Small order note/])
      expect(await shown(hidden)).toBe(0);
    await preview.getByLabel(/Devices/).fill('6');
    await preview.getByLabel(/Devices/).press('Tab');
    await expect.poll(() => shown(/Bulk contact/)).toBe(1);
    await preview.getByLabel(/Devices/).fill('1');
    await preview.getByLabel(/Devices/).press('Tab');
    await expect.poll(() => shown(/Bulk contact/)).toBe(0);
    await expect.poll(() => shown(/Small order note/)).toBe(1);
    await preview.getByLabel(/Purchased on/).fill('2024-07-01');
    await preview.getByLabel(/Purchased on/).press('Tab');
    await expect.poll(() => shown(/Receipt number/)).toBe(1);
    await expect.poll(() => shown(/Why no date/)).toBe(0);
    await preview.getByLabel(/Topic/).selectOption({ label: 'option-2' });
    await expect.poll(() => shown(/Order number/)).toBe(1);
    await preview.getByLabel(/Topic/).selectOption({ label: 'other' });
    await expect.poll(() => shown(/Order number/)).toBe(0);
    await preview.getByRole('radio', { name: 'Yes' }).check();
    await expect.poll(() => shown(/^Phone/)).toBe(1);
    await j.check(page, 'rule-preview');

    // The server's validator (sample data) applies the same rules.
    await page
      .getByLabel(/Data \(JSON\)/)
      .fill(JSON.stringify({ topic: 'option-1', devices: 6, purchased: '2024-07-01', callback: true }));
    await page.getByRole('button', { name: 'Try it' }).click();
    const answer = page.locator('.answer');
    for (const path of ['/phone', '/order', '/bulk', '/receipt'])
      await expect.poll(() => answer.textContent()).toContain(path);
    expect(await answer.textContent()).not.toContain('/reason');
    expect(await answer.textContent()).not.toContain('/small');
    await j.check(page, 'sample-answer');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain('Saved callback.form.json');
    const saved = JSON.parse(readFileSync(join(folder, 'callback.form.json'), 'utf8'));
    expect(saved.rules.map((r: { when: unknown }) => r.when)).toEqual([
      { properties: { callback: { const: true } }, required: ['callback'] },
      { properties: { topic: { enum: ['option-1', 'option-2'] } }, required: ['topic'] },
      { properties: { devices: { exclusiveMinimum: 5 } }, required: ['devices'] },
      { properties: { devices: { exclusiveMaximum: 2 } }, required: ['devices'] },
      {
        properties: { purchased: { format: 'date', formatExclusiveMinimum: '2024-06-30' } },
        required: ['purchased'],
      },
      { not: { required: ['purchased'] } },
    ]);
    const codes = (data: Record<string, unknown>) => {
      const r = compileForm(saved).validate(data);
      return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
    };
    expect(codes({ topic: 'other', devices: 3, purchased: '2024-01-01', callback: false })).toEqual([]);
    expect(codes({ topic: 'other', devices: 3, callback: false })).toEqual(['/reason required']);
  });

  it('names a bad file and its line, column or JSON Pointer, and never loses the unsaved work in the open editor', async () => {
    const page = await j.page();
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'vanishing.form.json', exact: true }).click();
    // Unsaved work in the open editor.
    await page.locator('.palette').getByRole('button', { name: 'Text', exact: true }).click();
    await type(page.getByLabel('Name in the data'), 'unsavedWork');
    await expect
      .poll(() => page.locator('.current').textContent())
      .toContain('vanishing.form.json — unsaved changes');

    // Broken JSON: named with line and column; the JSON is kept as it is on disk.
    await page.getByRole('button', { name: 'broken.form.json', exact: true }).click();
    await expect
      .poll(() => status(page).textContent())
      .toMatch(/^broken\.form\.json cannot be designed: Broken JSON at line 5, column 1/);
    await expect
      .poll(() => page.locator('#json-problem').textContent())
      .toMatch(/Broken JSON at line 5, column 1/);
    await j.check(page, 'bad-broken');
    // JSON that is not a form, and format versions the studio does not know: the JSON Pointer is named.
    for (const [file, says] of [
      ['not-a-form.form.json', 'no "id" (/id'],
      ['future.form.json', '/$schema names "https://gatehouse.example/form-definition/v9.json"'],
      ['odd-version.form.json', '/version is "2.0"'],
    ]) {
      await page.getByRole('button', { name: file, exact: true }).click();
      await expect.poll(() => status(page).textContent()).toContain(`${file} cannot be designed: `);
      await expect.poll(() => status(page).textContent()).toContain(says);
      await page.getByRole('tab', { name: 'Design' }).click();
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toContain(`The designer cannot show ${file}`);
    }
    await j.check(page, 'bad-version');

    // Back to the first file: the unsaved work is there.
    await page.getByRole('button', { name: 'vanishing.form.json (unsaved)', exact: true }).click();
    await expect.poll(() => page.locator('studio-designer [data-field="/unsavedWork"]').count()).toBe(1);

    // The file disappears from disk after the list was shown: named, and the list catches up.
    rmSync(join(folder, 'gone.form.json'));
    await page.getByRole('button', { name: 'gone.form.json', exact: true }).click();
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        'Cannot open gone.form.json: There is no file "gone.form.json" in the folder. vanishing.form.json stays open as it was.',
      );
    await expect
      .poll(() => page.getByRole('button', { name: 'gone.form.json', exact: true }).count())
      .toBe(0);
    expect(await page.locator('.current').textContent()).toContain('vanishing.form.json — unsaved changes');
    expect(await page.locator('studio-designer [data-field="/unsavedWork"]').count()).toBe(1);
    await j.check(page, 'bad-vanished');
    // Nothing was written behind the person's back.
    expect(readFileSync(join(folder, 'vanishing.form.json'), 'utf8')).toBe(small('vanishing'));
  });
});
