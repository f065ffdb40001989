import { readFileSync } from 'node:fs';
import { isGatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import type { NamedRule } from '../engine/types.js';
import { registerRule } from '../rules/registry.js';
// German texts are opt-in; these tests check the German built-ins.
import '../locales/de.js';
import { compileForm } from './compile-form.js';

const rma = JSON.parse(
  readFileSync(new URL('../../examples/rma-request.form.json', import.meta.url), 'utf8'),
);
const address = {
  company: 'Acme GmbH',
  street: 'Hauptstr. 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
};
const filled = {
  serialNumber: 'AB12-345678',
  description: 'The unit reboots every few minutes since the last update.',
  deliveryAddress: address,
  addressConfirmed: true,
};

describe('compileForm on the RMA request', () => {
  const form = compileForm(rma);

  it('omits hidden fields from the value and drops empty strings', () => {
    const result = form.validate({
      ...filled,
      partNumber: '',
      moreThanOneDevice: false,
      additionalSerialNumbers: ['X'],
    });
    expect(result).toEqual({ ok: true, value: { ...filled, moreThanOneDevice: false } });
  });

  it('keeps shown list values in the value', () => {
    const data = { ...filled, moreThanOneDevice: true, additionalSerialNumbers: ['CD34-567890'] };
    expect(form.validate(data)).toEqual({ ok: true, value: data });
  });

  it('validateField reports the field and the fields its rules drive', () => {
    expect(form.validateField('/serialNumber', { serialNumber: 'ab' }).map((i) => i.code)).toEqual([
      'pattern',
    ]);
    expect(form.validateField('/serialNumber', {})).toMatchObject([
      { path: '/serialNumber', code: 'required' },
    ]);
    expect(form.validateField('/partNumber', {})).toEqual([]);
    // Ticking the box makes the list visible and required: its issue comes with the checkbox.
    expect(form.validateField('/moreThanOneDevice', { moreThanOneDevice: true })).toMatchObject([
      { path: '/additionalSerialNumbers', code: 'required' },
    ]);
    expect(form.validateField('/additionalSerialNumbers', { additionalSerialNumbers: ['x'] })).toEqual([]);
    expect(
      form.validateField('/additionalSerialNumbers', {
        moreThanOneDevice: true,
        additionalSerialNumbers: ['x', 'x'],
      }),
    ).toMatchObject([
      { path: '/additionalSerialNumbers/0', code: 'pattern' },
      { path: '/additionalSerialNumbers/1', code: 'pattern' },
      { path: '/additionalSerialNumbers', code: 'uniqueItems' },
    ]);
    expect(form.validateField('/deliveryAddress/city', { deliveryAddress: {} })).toMatchObject([
      { path: '/deliveryAddress/city', code: 'required' },
    ]);
    expect(() => form.validateField('/nope', {})).toThrow(/no field \/nope/);
  });

  it('requiredMissing lists required, visible, empty fields in UI order and is empty when all is filled', () => {
    const missing = (d: unknown) => form.requiredMissing(d).map((f) => f.pointer);
    expect(missing({})).toEqual([
      '/serialNumber',
      '/description',
      '/deliveryAddress/company',
      '/deliveryAddress/street',
      '/deliveryAddress/postalCode',
      '/deliveryAddress/city',
      '/deliveryAddress/country',
      '/addressConfirmed',
    ]);
    expect(missing({ moreThanOneDevice: true, additionalSerialNumbers: [] })).toContain(
      '/additionalSerialNumbers',
    );
    expect(missing(filled)).toEqual([]);
    // An unticked confirmation (a `const: true` box left false) is still required, not "filled in".
    expect(missing({ ...filled, addressConfirmed: false })).toEqual(['/addressConfirmed']);
  });

  it('visibleFields and fields follow ui order, groups before their children', () => {
    const all = form.fields().map((f) => f.pointer);
    expect(all.slice(0, 7)).toEqual([
      '/serialNumber',
      '/partNumber',
      '/unitType',
      '/description',
      '/moreThanOneDevice',
      '/additionalSerialNumbers',
      '/deliveryAddress',
    ]);
    expect(form.visibleFields({}).map((f) => f.pointer)).not.toContain('/additionalSerialNumbers');
    expect(form.visibleFields({ moreThanOneDevice: true }).map((f) => f.pointer)).toContain(
      '/additionalSerialNumbers',
    );
    const unit = form.fields().find((f) => f.pointer === '/unitType');
    expect(unit?.options?.[0]).toEqual({ value: 'appliance', label: 'rma.unitType.appliance' });
    expect(form.fields().find((f) => f.pointer === '/deliveryAddress')?.widget).toBe('group');
  });

  it('defaults and messages in en and de', () => {
    expect(form.defaults()).toEqual({ moreThanOneDevice: false });
    const de = form.messagesFor('de');
    expect(de.text('rma.serialNumber')).toBe('Seriennummer');
    expect(de.text('Plain text')).toBe('Plain text');
    expect(de.issue({ path: '/description', code: 'maxLength', params: { max: 5000 } })).toBe(
      'Bitte geben Sie höchstens 5000 Zeichen ein.',
    );
    expect(form.messagesFor('fr').issue({ path: '/x', code: 'required', params: {} })).toBe(
      'Please fill in this field.',
    );
    const german = compileForm(rma, { locale: 'de' }).validate({});
    expect(german.ok === false && german.issues[0]?.message).toBe('Bitte füllen Sie dieses Feld aus.');
  });

  it('implements Standard Schema v1', async () => {
    const std = form['~standard'];
    expect(std.version).toBe(1);
    const bad = await std.validate({ ...filled, moreThanOneDevice: true, additionalSerialNumbers: ['x'] });
    expect(bad.issues?.[0]).toMatchObject({ path: ['additionalSerialNumbers', 0] });
    expect(await std.validate(filled)).toEqual({ value: filled });
  });
});

describe('invalid definitions', () => {
  const problemsOf = (definition: unknown) => {
    try {
      compileForm(definition);
    } catch (error) {
      expect(isGatehouseError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('invalid-definition');
      return ((error as { params: { problems: { pointer: string }[] } }).params.problems ?? []).map(
        (p) => p.pointer,
      );
    }
    throw new Error('expected invalid-definition');
  };

  it('lists every problem with its pointer', () => {
    const pointers = problemsOf({
      id: 'Bad Id',
      schema: {
        type: 'object',
        properties: { a: { type: 'string', maxLength: 3, 'x-rule': 'no-such-rule' }, b: { type: 'strung' } },
      },
      ui: { fields: { '/missing': { label: 'x' } } },
      rules: [{ when: { required: ['ghost'] }, show: ['/nowhere'] }],
    });
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/id',
        '/schema/properties/a/x-rule',
        '/schema/properties/b/type',
        '/ui/fields/~1missing',
        '/rules/0/show/0',
        '/rules/0/when',
      ]),
    );
  });

  it('reports a broken pattern, remote $ref and a non-object', () => {
    expect(
      problemsOf({
        id: 'p',
        schema: { type: 'object', properties: { a: { type: 'string', pattern: '(' } } },
      }),
    ).toEqual(['/schema']);
    expect(
      problemsOf({
        id: 'r',
        schema: { type: 'object', properties: { a: { $ref: 'https://x.test/s.json' } } },
      }),
    ).toContain('/schema/properties/a/$ref');
    expect(problemsOf(null)).toEqual(['']);
  });
});

describe('host rules', () => {
  const vat: NamedRule = {
    name: 'eu-vat-id',
    codes: ['invalid-vat-id'],
    create: () => (value) =>
      typeof value === 'string' && /^[A-Z]{2}[0-9A-Z]{8,12}$/.test(value)
        ? null
        : { code: 'invalid-vat-id', params: { value } },
  };
  const definition = {
    id: 'vat',
    schema: {
      type: 'object',
      properties: { vatId: { type: 'string', maxLength: 14, 'x-rule': 'eu-vat-id' } },
    },
  };

  it('are passed per form or registered globally', () => {
    expect(() => compileForm(definition)).toThrow(/unknown rule "eu-vat-id"/);
    const form = compileForm(definition, { rules: [vat] });
    expect(form.validate({ vatId: 'nope' })).toMatchObject({
      ok: false,
      issues: [{ path: '/vatId', code: 'invalid-vat-id' }],
    });
    registerRule(vat);
    expect(compileForm(definition).validate({ vatId: 'DE123456789' })).toEqual({
      ok: true,
      value: { vatId: 'DE123456789' },
    });
  });
});
