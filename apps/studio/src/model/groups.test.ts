import { compileForm } from '@gatehouse/forms/compile';
import { lintDefinition } from '@gatehouse/forms/lint';
import { describe, expect, it } from 'vitest';
import { kindOf, withConstraint } from './constraints.js';
import {
  childrenOf,
  type Definition,
  emptyDefinition,
  fieldExists,
  isRequired,
  schemaOf,
  withRequired,
  withSchema,
} from './definition.js';
import { addField, addFieldToGroup, duplicateField, nudgeField, removeField, renameField } from './fields.js';
import { fieldOfPointer } from './lint-target.js';
import { palette } from './palette.js';
import { fieldText, withFieldText } from './texts.js';

const entry = (id: string) => palette.find((e) => e.id === id)!;

/** A form with a group "address" holding street, city and country (a drop-down), all labelled in en and de. */
function withAddress(): Definition {
  let def = emptyDefinition('moving');
  def = addField(def, entry('group'), 0).def;
  def = renameField(def, '/group', 'address');
  for (const [id, name] of [
    ['text', 'street'],
    ['text', 'city'],
    ['select', 'country'],
  ] as const) {
    const added = addFieldToGroup(def, entry(id), '/address');
    def = renameField(added.def, added.pointer, name);
  }
  for (const p of ['/address', '/address/street', '/address/city', '/address/country'])
    def = withFieldText(withFieldText(def, p, 'label', 'en', `${p} en`), p, 'label', 'de', `${p} de`);
  return def;
}

describe('fields inside a group', () => {
  it('are added to the group, get texts of their own and lint clean', () => {
    const def = withAddress();
    expect(childrenOf(def, '/address')).toEqual(['/address/street', '/address/city', '/address/country']);
    expect(def.ui!.steps![0]!.fields).toEqual(['/address']);
    expect(kindOf(def, '/address/country')).toBe('choice');
    expect(fieldText(def, '/address/street', 'label', 'de')).toBe('/address/street de');
    expect(def.ui!.fields!['/address/street']!.label).toBe('address.street.label');
    expect(lintDefinition(def)).toEqual([]);
  });

  it('are required, constrained and validated where they are', () => {
    let def = withRequired(withAddress(), '/address/street', true);
    def = withRequired(def, '/address', true);
    def = withConstraint(def, '/address/street', 'minLength', 3);
    expect(isRequired(def, '/address/street')).toBe(true);
    expect(schemaOf(def, '/address/street').minLength).toBe(3);
    expect(def.schema.required).toEqual(['address']);
    const form = compileForm(def);
    const issues = form.validate({ address: { street: 'ab' } });
    expect(issues.ok ? [] : issues.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/address/street minLength',
    ]);
    const missing = form.validate({ address: {} });
    expect(missing.ok ? [] : missing.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/address/street required',
    ]);
  });

  it('reorder inside their group (and stay in it at the edge), and the form shows them in that order', () => {
    let def = nudgeField(withAddress(), '/address/country', -1);
    expect(childrenOf(def, '/address')).toEqual(['/address/street', '/address/country', '/address/city']);
    expect(nudgeField(def, '/address/street', -1)).toBe(def);
    def = nudgeField(def, '/address/street', 1);
    expect(childrenOf(def, '/address')).toEqual(['/address/country', '/address/street', '/address/city']);
    expect(
      compileForm(def)
        .fields()
        .map((f) => f.pointer),
    ).toEqual(['/address', '/address/country', '/address/street', '/address/city']);
    expect(lintDefinition(def)).toEqual([]);
  });

  it('duplicate right after themselves with copied texts, and are removed with their texts', () => {
    let def = withRequired(withAddress(), '/address/street', true);
    const dup = duplicateField(def, '/address/street');
    def = dup.def;
    expect(dup.pointer).toBe('/address/street2');
    expect(childrenOf(def, '/address')).toEqual([
      '/address/street',
      '/address/street2',
      '/address/city',
      '/address/country',
    ]);
    expect(isRequired(def, '/address/street2')).toBe(true);
    expect(fieldText(def, '/address/street2', 'label', 'de')).toBe('/address/street de');
    def = removeField(def, '/address/street');
    expect(fieldExists(def, '/address/street')).toBe(false);
    expect(def.messages!.de!['address.street.label']).toBeUndefined();
    expect(def.ui!.fields!['/address']!.order).not.toContain('/address/street');
    expect(lintDefinition(def)).toEqual([]);
  });

  it('rename inside their group, and a renamed or duplicated group takes its fields, texts and order along', () => {
    let def = renameField(withAddress(), '/address/street', 'line1');
    expect(childrenOf(def, '/address')[0]).toBe('/address/line1');
    expect(fieldText(def, '/address/line1', 'label', 'en')).toBe('/address/street en');
    def = nudgeField(def, '/address/country', -1);
    def = renameField(def, '/address', 'home');
    expect(childrenOf(def, '/home')).toEqual(['/home/line1', '/home/country', '/home/city']);
    expect(fieldText(def, '/home/city', 'label', 'de')).toBe('/address/city de');
    expect(Object.keys(def.ui!.fields!).filter((k) => k.startsWith('/address'))).toEqual([]);
    expect(lintDefinition(def)).toEqual([]);
    const dup = duplicateField(def, '/home');
    expect(dup.pointer).toBe('/home2');
    expect(childrenOf(dup.def, '/home2')).toEqual(['/home2/line1', '/home2/country', '/home2/city']);
    expect(fieldText(dup.def, '/home2/country', 'label', 'de')).toBe('/address/country de');
    expect(dup.def.ui!.steps![0]!.fields).toEqual(['/home', '/home2']);
    expect(lintDefinition(dup.def)).toEqual([]);
  });

  it('a rule reading a field inside a group follows its rename and goes with its removal', () => {
    let def = withAddress();
    def = addField(def, entry('text'), 0).def;
    def = withFieldText(withFieldText(def, '/text', 'label', 'en', 'Note'), '/text', 'label', 'de', 'Notiz');
    def = withSchema(def, '/address/country', { type: 'string', enum: ['DE', 'AT'], maxLength: 2 });
    def = {
      ...def,
      rules: [
        {
          when: {
            properties: { address: { properties: { country: { const: 'AT' } }, required: ['country'] } },
            required: ['address'],
          },
          show: ['/text'],
        },
      ],
    };
    const renamed = renameField(def, '/address/country', 'land');
    expect(renamed.rules![0]!.when).toEqual({
      properties: { address: { properties: { land: { const: 'AT' } }, required: ['land'] } },
      required: ['address'],
    });
    expect(() => compileForm(renamed)).not.toThrow();
    expect(removeField(renamed, '/address/land').rules).toBeUndefined();
  });

  it('lint problems inside a group point at the field inside the group', () => {
    expect(fieldOfPointer('/schema/properties/address/properties/street/maxLength')).toBe('/address/street');
    expect(fieldOfPointer('/schema/properties/address/required')).toBe('/address');
    expect(fieldOfPointer('/ui/fields/~1address~1street/label')).toBe('/address/street');
    expect(fieldOfPointer('/messages/de/address.street.label')).toBe('/address/street');
    expect(fieldOfPointer('/schema/properties/serial/pattern')).toBe('/serial');
  });
});
