import { builtinWidgets } from '@gatehouse/forms';
import { compileForm } from '@gatehouse/forms/compile';
import { lintDefinition } from '@gatehouse/forms/lint';
import { describe, expect, it } from 'vitest';
import { type Definition, emptyDefinition, stepsOf, withRequired } from './definition.js';
import { addField, duplicateField, moveField, nudgeField, removeField, renameField } from './fields.js';
import { palette } from './palette.js';
import { withRule } from './rules.js';
import { fieldText, withFieldText } from './texts.js';

const entry = (id: string) => palette.find((e) => e.id === id)!;
const fieldsOf = (def: Definition) => stepsOf(def).map((s) => s.fields);

function twoSteps() {
  let def = emptyDefinition('demo');
  def = addField(def, entry('text'), 0).def;
  def = addField(def, entry('radio:yes-no'), 0).def;
  def = { ...def, ui: { ...def.ui, steps: [...def.ui!.steps!, { id: 'step-2', fields: [] }] } };
  def = addField(def, entry('list'), 1).def;
  return def;
}

describe('the palette', () => {
  it('offers every widget the engine places, with starting schemas that compile and lint clean', () => {
    const placed = Object.keys(builtinWidgets).filter(
      (w) => !['password-new', 'password-current', 'one-time-code', 'hidden'].includes(w),
    );
    expect(palette.filter((e) => !e.id.includes(':')).map((e) => e.id)).toEqual(placed);
    let def = emptyDefinition('all');
    for (const e of palette) def = addField(def, e, 0).def;
    for (const p of stepsOf(def)[0]!.fields)
      def = withFieldText(withFieldText(def, p, 'label', 'en', p), p, 'label', 'de', p);
    expect(() => compileForm(def)).not.toThrow();
    expect(lintDefinition(def)).toEqual([]);
  });
});

describe('field operations', () => {
  it('adds with free names, moves by keyboard across steps, and by place', () => {
    let def = twoSteps();
    def = addField(def, entry('text'), 0).def;
    expect(fieldsOf(def)).toEqual([['/text', '/yesNo', '/text2'], ['/list']]);
    def = nudgeField(def, '/text2', 1);
    expect(fieldsOf(def)).toEqual([
      ['/text', '/yesNo'],
      ['/text2', '/list'],
    ]);
    def = nudgeField(def, '/text2', -1);
    expect(fieldsOf(def)).toEqual([['/text', '/yesNo', '/text2'], ['/list']]);
    expect(nudgeField(def, '/text', -1)).toBe(def);
    def = moveField(def, '/list', { step: 0, index: 0 });
    expect(fieldsOf(def)).toEqual([['/list', '/text', '/yesNo', '/text2'], []]);
  });

  it('duplicates with copied texts, renames and removes everywhere the field is referred to', () => {
    let def = twoSteps();
    def = withFieldText(def, '/list', 'label', 'de', 'Liste');
    def = withRule(def, {
      when: '/yesNo',
      condition: { op: 'is', value: true },
      target: '/list',
      require: true,
    });
    const copy = duplicateField(def, '/list');
    expect(fieldText(copy.def, copy.pointer, 'label', 'de')).toBe('Liste');
    def = renameField(def, '/list', 'otherSerials');
    expect(def.rules).toEqual([
      {
        when: { properties: { yesNo: { const: true } }, required: ['yesNo'] },
        show: ['/otherSerials'],
        require: ['/otherSerials'],
      },
    ]);
    expect(fieldText(def, '/otherSerials', 'label', 'de')).toBe('Liste');
    expect(def.messages!.de).not.toHaveProperty('list.label');
    def = renameField(def, '/yesNo', 'more');
    expect((def.rules![0]!.when as { required: string[] }).required).toEqual(['more']);
    def = removeField(def, '/more');
    expect(def.rules).toBeUndefined();
    expect(fieldsOf(def)).toEqual([['/text'], ['/otherSerials']]);
  });

  it('adds, renames and duplicates a field of a form without steps (ui.order), listing it once', () => {
    let def: Definition = {
      id: 'flat',
      schema: { type: 'object', properties: { a: { type: 'string', maxLength: 10 } } },
    } as Definition;
    def = addField(def, entry('text'), 0).def;
    expect(def.ui!.order).toEqual(['/a', '/text']);
    def = renameField(def, '/text', 'note');
    expect(def.ui!.order).toEqual(['/a', '/note']);
    def = duplicateField(def, '/note').def;
    expect(fieldsOf(def)).toEqual([['/a', '/note', '/note2']]);
  });

  it('a field a rule shows stops being always required; the rule requires it while shown', () => {
    let def = twoSteps();
    def = withRequired(def, '/list', true);
    def = withRule(def, {
      when: '/yesNo',
      condition: { op: 'is', value: true },
      target: '/list',
      require: false,
    });
    expect(def.schema.required).toEqual([]);
    expect(def.rules![0]!.require).toEqual(['/list']);
  });
});
