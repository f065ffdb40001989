import { isGatehouseError } from '@gatehouse/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import { builtinMessages, canonicalLocale, fallbackMessages, registerMessages } from './catalog.js';

// This file imports German itself (dynamically, mid-test): vitest isolates test files, so the registry starts
// with English only here whatever other files import.
const definition = {
  id: 'register-probe',
  schema: {
    type: 'object',
    properties: { name: { type: 'string', maxLength: 3 } },
    required: ['name'],
  },
};
const form = compileForm(definition);
const issue = (code: string, params: Record<string, unknown> = {}) => ({ path: '/name', code, params });

function thrown(run: () => unknown): { code: string; message: string; params: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (isGatehouseError(error)) return error as never;
    throw error;
  }
  throw new Error('expected a GatehouseError');
}

describe('registerMessages', () => {
  it('without the German module, German pages get English; importing it switches every form, even cached ones', async () => {
    expect(Object.keys(builtinMessages)).toEqual(['en']);
    // Cached by the engine before German exists: must still pick German up afterwards.
    const de = form.messagesFor('de');
    expect(de.issue(issue('required'))).toBe('Please fill in this field.');
    expect(de.issue(issue('x-unknown'))).toBe('This value was not accepted (x-unknown).');
    expect(de.knows(issue('required'))).toBe(true);

    await import('../locales/de.js');
    expect(Object.keys(builtinMessages).sort()).toEqual(['de', 'en']);
    expect(de.issue(issue('required'))).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(de.issue(issue('x-unknown'))).toBe('Dieser Wert wurde nicht akzeptiert (x-unknown).');
    expect(compileForm(definition, { locale: 'de' }).validate({ name: 'long' })).toMatchObject({
      ok: false,
      issues: [{ code: 'maxLength', message: 'Bitte geben Sie höchstens 3 Zeichen ein.' }],
    });
  });

  it('falls back de-CH → de → en key by key; a regional locale registers only what differs', async () => {
    await import('../locales/de.js');
    registerMessages('de-ch', {
      'missing-uppercase': 'Bitte verwenden Sie mindestens einen Grossbuchstaben.',
    });
    registerMessages('en', { 'vat-id-invalid': 'Please enter a valid VAT ID.' });
    expect(Object.hasOwn(builtinMessages, 'de-CH')).toBe(true);
    for (const tag of ['de-CH', 'de_CH', 'DE-ch']) {
      const swiss = form.messagesFor(tag);
      expect(swiss.issue(issue('missing-uppercase'))).toBe(
        'Bitte verwenden Sie mindestens einen Grossbuchstaben.',
      );
      expect(swiss.issue(issue('required'))).toBe('Bitte füllen Sie dieses Feld aus.');
      expect(swiss.issue(issue('vat-id-invalid'))).toBe('Please enter a valid VAT ID.');
      // No Swiss fallback text registered: the German one.
      expect(swiss.issue(issue('x-new'))).toBe('Dieser Wert wurde nicht akzeptiert (x-new).');
    }
    // Austria has nothing of its own: German throughout.
    expect(form.messagesFor('de-AT').issue(issue('missing-uppercase'))).toBe(
      'Bitte verwenden Sie mindestens einen Großbuchstaben.',
    );
    // Registering again overrides key by key, keeping the rest.
    registerMessages('en', { required: 'This field is required.' });
    expect(form.messagesFor('en').issue(issue('required'))).toBe('This field is required.');
    expect(form.messagesFor('en').issue(issue('vat-id-invalid'))).toBe('Please enter a valid VAT ID.');
  });

  it('a new locale with its own generic text', () => {
    registerMessages(
      'fr',
      { required: 'Veuillez remplir ce champ.' },
      { fallback: 'Valeur refusée ({code}).' },
    );
    expect(fallbackMessages.fr).toBe('Valeur refusée ({code}).');
    const fr = form.messagesFor('fr-CA');
    expect(fr.issue(issue('required'))).toBe('Veuillez remplir ce champ.');
    expect(fr.issue(issue('maxLength', { max: 3 }))).toBe('Please enter at most 3 characters.');
    expect(fr.issue(issue('x-new'))).toBe('Valeur refusée (x-new).');
  });

  it('a "__proto__" key stays a message and never changes the catalog prototype', () => {
    registerMessages('nl', JSON.parse('{"__proto__": "Proto", "required": "Vul dit veld in."}'));
    expect(Object.getPrototypeOf(builtinMessages.nl)).toBe(Object.prototype);
    expect(form.messagesFor('nl').issue(issue('__proto__'))).toBe('Proto');
    expect(form.messagesFor('nl').issue(issue('required'))).toBe('Vul dit veld in.');
  });

  it('bad input throws GatehouseError naming the field, and registers nothing', () => {
    const before = JSON.stringify(builtinMessages);
    for (const bad of ['', 'not a locale!', 'en--US', 42, null, undefined, {}]) {
      const error = thrown(() => registerMessages(bad as string, { required: 'x' }));
      expect(error.code).toBe('invalid-locale');
      expect(error.params.field).toBe('locale');
    }
    for (const bad of [null, 'text', ['a'], 7]) {
      const error = thrown(() => registerMessages('fr', bad as never));
      expect(error.code).toBe('invalid-messages');
      expect(error.params.field).toBe('messages');
    }
    const entry = thrown(() => registerMessages('fr', { required: 'ok', minLength: 3 } as never));
    expect(entry).toMatchObject({ code: 'invalid-messages', params: { field: 'messages.minLength' } });
    expect(entry.message).toContain('"minLength" must be a string, got number');
    const fallback = thrown(() => registerMessages('fr', {}, { fallback: 1 as never }));
    expect(fallback.params.field).toBe('options.fallback');
    const unreadable = thrown(() =>
      registerMessages(
        'fr',
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('no');
            },
          },
        ),
      ),
    );
    expect(unreadable.code).toBe('invalid-messages');
    expect(JSON.stringify(builtinMessages)).toBe(before);
  });

  it('any input either registers or throws GatehouseError, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (locale, messages) => {
        try {
          registerMessages(locale as string, messages as never);
        } catch (error) {
          expect(isGatehouseError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('canonicalLocale', () => {
    expect(canonicalLocale('de_ch')).toBe('de-CH');
    expect(canonicalLocale('EN')).toBe('en');
    expect(canonicalLocale('')).toBeUndefined();
    expect(canonicalLocale('x y')).toBeUndefined();
    expect(canonicalLocale(3)).toBeUndefined();
  });
});
