import { describe, expect, it } from 'vitest';
import '../locales/de.js';
import { compileForm } from './compile-form.js';

const event = {
  id: 'widgets',
  version: 2,
  schema: {
    type: 'object',
    properties: {
      vegetarian: { type: 'boolean' },
      terms: { type: 'boolean', const: true },
      seats: { type: 'integer', minimum: 1, maximum: 8, multipleOf: 1 },
    },
    required: ['vegetarian', 'terms'],
  },
  ui: { fields: { '/vegetarian': { widget: 'radio', label: 'Vegetarian meal?' } } },
};

describe('widgets in the engine', () => {
  it('a boolean shown as radio is a yes/no question with two options, in English and German', () => {
    const form = compileForm(event);
    const field = form.fields().find((f) => f.pointer === '/vegetarian')!;
    expect(field.options?.map((o) => o.value)).toEqual([true, false]);
    expect(field.options?.map((o) => form.messagesFor('en').text(o.label))).toEqual(['Yes', 'No']);
    expect(field.options?.map((o) => form.messagesFor('de').text(o.label))).toEqual(['Ja', 'Nein']);
    // "No" is an answer: the question is answered, and the form can be submitted.
    expect(form.validate({ vegetarian: false, terms: true }).ok).toBe(true);
    expect(form.requiredMissing({ vegetarian: false, terms: true })).toEqual([]);
  });

  it('an unticked required checkbox says so, not "Please fill in this field."', () => {
    const form = compileForm(event);
    for (const terms of [undefined, false]) {
      const result = form.validate({ vegetarian: true, terms });
      expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code, i.message])).toEqual([
        ['/terms', 'unchecked', 'Please tick this box to continue.'],
      ]);
      expect(form.validateField('/terms', { terms }).map((i) => i.code)).toEqual(['unchecked']);
    }
    expect(form.messagesFor('de').issue({ path: '/terms', code: 'unchecked', params: {} })).toMatch(
      /Häkchen/,
    );
  });

  it('numbers carry min/max/step for the renderer', () => {
    const seats = compileForm(event)
      .fields()
      .find((f) => f.pointer === '/seats')!;
    expect(seats.constraints).toMatchObject({ minimum: 1, maximum: 8, multipleOf: 1 });
  });

  it('accepts a version and refuses a wrong one with its pointer', () => {
    expect(() => compileForm({ ...event, version: 0 })).toThrow(/\/version: version must be a whole number/);
  });
});
