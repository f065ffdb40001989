import { isGatehouseError } from '@gatehouse/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import { canonicalLocale } from './catalog.js';
import { registeredFormMessages, registerFormMessages } from './form-registry.js';

// English only in the definition, like a built form module made with `locales: ['en']`.
const definition = {
  id: 'registry-probe',
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', maxLength: 3 },
      tags: { type: 'array', items: { type: 'string', minLength: 2 } },
    },
    required: ['name'],
  },
  ui: { fields: { '/name': { label: 'name.label' } } },
  messages: {
    en: { 'name.label': 'Name', '/name': { maxLength: 'Three letters at most.' } },
  },
};
const issue = (path: string, code: string, params: Record<string, unknown> = {}) => ({
  path,
  code,
  params,
});

function thrown(run: () => unknown): { code: string; message: string; params: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (isGatehouseError(error)) return error as never;
    throw error;
  }
  throw new Error('expected a GatehouseError');
}

describe('registerFormMessages', () => {
  it('applies to a form created (and its catalog cached) before the registration', () => {
    const form = compileForm(definition);
    const de = form.messagesFor('de');
    // Nothing registered yet: German falls back to the form's English.
    expect(de.text('name.label')).toBe('Name');
    expect(de.issue(issue('/name', 'maxLength', { max: 3 }))).toBe('Three letters at most.');

    registerFormMessages('registry-probe', 'de', {
      'name.label': 'Name (de)',
      '/name': { maxLength: 'Höchstens drei Buchstaben.' },
      '/tags': { minLength: 'Mindestens {min} Zeichen je Eintrag.' },
    });
    expect(de.text('name.label')).toBe('Name (de)');
    expect(de.issue(issue('/name', 'maxLength', { max: 3 }))).toBe('Höchstens drei Buchstaben.');
    // Array items inherit their list field's registered messages.
    expect(de.issue(issue('/tags/4', 'minLength', { min: 2 }))).toBe('Mindestens 2 Zeichen je Eintrag.');
    expect(de.knows(issue('/tags/0', 'minLength'))).toBe(true);
    // Regional tags fall back to the registered base language; English stays English.
    expect(form.messagesFor('de-AT').text('name.label')).toBe('Name (de)');
    expect(form.messagesFor('en').text('name.label')).toBe('Name');
    // Another form id sees none of it.
    expect(
      compileForm({ ...definition, id: 'other-probe' })
        .messagesFor('de')
        .text('name.label'),
    ).toBe('Name');
  });

  it("the form's own texts for a locale win over registered ones; registrations merge key by key", () => {
    const form = compileForm({
      ...definition,
      id: 'own-wins',
      messages: { ...definition.messages, fr: { 'name.label': 'Nom' } },
    });
    registerFormMessages('own-wins', 'fr', { 'name.label': 'Nom (registered)', extra: 'En plus' });
    registerFormMessages('own-wins', 'FR', { '/name': { required: 'Obligatoire.' } });
    registerFormMessages('own-wins', 'fr', { '/name': { maxLength: 'Trop long.' } });
    const fr = form.messagesFor('fr');
    expect(fr.text('name.label')).toBe('Nom');
    expect(fr.text('extra')).toBe('En plus');
    expect(fr.issue(issue('/name', 'required'))).toBe('Obligatoire.');
    expect(fr.issue(issue('/name', 'maxLength'))).toBe('Trop long.');
    expect(registeredFormMessages('own-wins', 'fr')).toEqual({
      'name.label': 'Nom (registered)',
      extra: 'En plus',
      '/name': { required: 'Obligatoire.', maxLength: 'Trop long.' },
    });
  });

  it('copies the texts (later changes to the caller object do not leak in) and keeps __proto__ a key', () => {
    const texts: Record<string, string> = { a: 'A' };
    registerFormMessages('copy-probe', 'de', texts);
    texts.a = 'changed';
    const evil = JSON.parse('{"__proto__": "P", "b": "B"}');
    registerFormMessages('copy-probe', 'de', evil);
    const stored = registeredFormMessages('copy-probe', 'de')!;
    expect(stored.a).toBe('A');
    expect(Object.hasOwn(stored, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(Object.isFrozen(stored)).toBe(true);
  });

  it('shares one store per page through Symbol.for', () => {
    registerFormMessages('shared-probe', 'de', { x: 'X' });
    const store = (globalThis as Record<symbol, unknown>)[Symbol.for('gatehouse.forms.form-messages')] as Map<
      string,
      Map<string, unknown>
    >;
    expect(store.get('shared-probe')?.get('de')).toEqual({ x: 'X' });
  });

  it('names the bad argument', () => {
    expect(thrown(() => registerFormMessages('', 'de', {}))).toMatchObject({
      code: 'invalid-form-id',
      params: { field: 'formId' },
    });
    expect(thrown(() => registerFormMessages('f', 'not a tag!', {}))).toMatchObject({
      code: 'invalid-locale',
      params: { field: 'locale' },
    });
    expect(thrown(() => registerFormMessages('f', 'de', [] as never))).toMatchObject({
      code: 'invalid-messages',
      params: { field: 'messages', locale: 'de' },
    });
    expect(thrown(() => registerFormMessages('f', 'de', { label: 3 } as never))).toMatchObject({
      code: 'invalid-messages',
      params: { field: 'messages.label' },
    });
    // An object of codes is only allowed under a field pointer, and its texts must be strings.
    expect(thrown(() => registerFormMessages('f', 'de', { label: { a: 'b' } } as never))).toMatchObject({
      params: { field: 'messages.label' },
    });
    const e = thrown(() => registerFormMessages('f', 'de-ch', { '/name': { required: null } } as never));
    expect(e).toMatchObject({ params: { field: 'messages./name.required', locale: 'de-CH' } });
    expect(e.message).toContain('/name');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(thrown(() => registerFormMessages('f', 'de', revoked.proxy))).toMatchObject({
      params: { field: 'messages' },
    });
    // A failed registration leaves the registry as it was.
    expect(registeredFormMessages('f', 'de')).toBeUndefined();
  });

  it('property: any input either registers valid texts or throws a GatehouseError naming a field', () => {
    const text = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean());
    const catalog = fc.dictionary(
      fc.oneof(
        fc.string(),
        fc.string().map((s) => `/${s}`),
      ),
      fc.oneof(text, fc.dictionary(fc.string(), text), fc.array(fc.string())),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constant(undefined)),
        fc.oneof(fc.constantFrom('de', 'de-CH', 'en_GB', 'x'), fc.string()),
        fc.oneof(catalog, fc.anything()),
        (formId, locale, messages) => {
          try {
            registerFormMessages(formId as string, locale, messages as never);
          } catch (error) {
            expect(isGatehouseError(error)).toBe(true);
            expect(typeof (error as { params: { field: unknown } }).params.field).toBe('string');
            return;
          }
          // Registered: every stored value is a string or (under a pointer) an object of strings.
          const stored = registeredFormMessages(formId as string, canonicalLocale(locale)!)!;
          for (const [key, value] of Object.entries(stored)) {
            if (typeof value === 'string') continue;
            expect(key.startsWith('/')).toBe(true);
            for (const t of Object.values(value)) expect(typeof t).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
