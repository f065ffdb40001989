import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompiledForm } from '@gatehouse/forms';
import { compileForm } from '@gatehouse/forms/compile';
import { lintDefinition } from '@gatehouse/forms/lint';
import { describe, expect, it } from 'vitest';
import { createPreviewModules } from '../server/preview-modules.js';
import { type Definition, emptyDefinition } from './definition.js';
import { addField } from './fields.js';
import { palette } from './palette.js';
import { type Condition, simpleRule, withRule } from './rules.js';
import { withFieldText } from './texts.js';

const entry = (id: string) => palette.find((e) => e.id === id)!;
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-studio-rules-'));
const previews = createPreviewModules();

/** A form with a Yes/No, a drop-down (option-1, option-2), a number, a date and a text deciding, and a long text shown by the rule. */
function form(): Definition {
  let def = emptyDefinition('rules');
  for (const [id, name] of [
    ['radio:yes-no', 'yesNo'],
    ['select', 'select'],
    ['number', 'number'],
    ['date', 'date'],
    ['text', 'text'],
    ['textarea', 'textarea'],
  ] as const) {
    const added = addField(def, entry(id), 0);
    def = withFieldText(
      withFieldText(added.def, added.pointer, 'label', 'en', name),
      added.pointer,
      'label',
      'de',
      name,
    );
  }
  return def;
}

/** The module the preview loads for `def` (built and bundled by the studio server), imported in Node. */
async function previewForm(def: Definition): Promise<CompiledForm> {
  const name = await previews.add(def);
  const file = join(dir, name.replace('.js', '.mjs'));
  writeFileSync(file, previews.get(name)!);
  return ((await import(pathToFileURL(file).href)) as { form: CompiledForm }).form;
}

/** Each condition, the field it reads, data for which it holds and data for which it does not. */
const cases: [string, Condition, Record<string, unknown>[], Record<string, unknown>[]][] = [
  ['/yesNo', { op: 'is', value: true }, [{ yesNo: true }], [{ yesNo: false }, {}]],
  ['/yesNo', { op: 'is', value: false }, [{ yesNo: false }], [{ yesNo: true }, {}]],
  [
    '/select',
    { op: 'one-of', values: ['option-1', 'option-2'] },
    [{ select: 'option-1' }, { select: 'option-2' }],
    [{}],
  ],
  ['/select', { op: 'one-of', values: ['option-2'] }, [{ select: 'option-2' }], [{ select: 'option-1' }, {}]],
  ['/text', { op: 'filled' }, [{ text: 'x' }], [{}, { text: '' }]],
  ['/text', { op: 'empty' }, [{}, { text: '' }], [{ text: 'x' }]],
  [
    '/number',
    { op: 'greater', value: 5 },
    [{ number: 6 }, { number: 5.5 }],
    [{ number: 5 }, { number: -1 }, {}],
  ],
  ['/number', { op: 'less', value: 5 }, [{ number: 4 }, { number: -1 }], [{ number: 5 }, {}]],
  ['/date', { op: 'greater', value: '2024-06-30' }, [{ date: '2024-07-01' }], [{ date: '2024-06-30' }, {}]],
  [
    '/date',
    { op: 'less', value: '2024-06-30' },
    [{ date: '2024-06-29' }],
    [{ date: '2024-06-30' }, { date: '' }],
  ],
];

describe('rule conditions built by pointing', () => {
  it.each(cases)(
    '%s %j: read back, lint clean, the preview and the server agree',
    async (when, condition, holds, not) => {
      const simple = { when, condition, target: '/textarea', require: true };
      const def = withRule(form(), simple);
      expect(simpleRule(def.rules![0]!)).toEqual(simple);
      expect(lintDefinition(def)).toEqual([]);
      const server = compileForm(def);
      const preview = await previewForm(def);
      const noteRequired = (data: Record<string, unknown>) => {
        const result = server.validate(data);
        expect(preview.validate(data)).toEqual(result);
        expect(preview.requiredMissing(data)).toEqual(server.requiredMissing(data));
        return !result.ok && result.issues.some((i) => i.path === '/textarea' && i.code === 'required');
      };
      for (const data of holds) expect(noteRequired(data), JSON.stringify(data)).toBe(true);
      for (const data of not) expect(noteRequired(data), JSON.stringify(data)).toBe(false);
      // Filled in, the shown field is kept; while the condition does not hold, it is hidden and its value dropped.
      const kept = (data: Record<string, unknown>) => {
        const result = server.validate({ ...data, textarea: 'kept' });
        expect(preview.validate({ ...data, textarea: 'kept' })).toEqual(result);
        return result.ok && result.value.textarea === 'kept';
      };
      expect(kept(holds[0]!)).toBe(true);
      expect(kept(not[0]!)).toBe(false);
    },
  );

  it('leaves a rule of another shape to the JSON', () => {
    expect(
      simpleRule({ when: { properties: { a: { minLength: 3 } }, required: ['a'] }, show: ['/b'] }),
    ).toBeUndefined();
    expect(simpleRule({ when: { required: ['a', 'b'] }, show: ['/c'] })).toBeUndefined();
  });
});
