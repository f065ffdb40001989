import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import { formatMessage } from './catalog.js';
import '../locales/de.js';

const form = compileForm({
  id: 'messages-probe',
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', maxLength: 5 },
      tags: { type: 'array', items: { type: 'string', maxLength: 3 } },
    },
  },
  messages: {
    en: { '/tags': { maxLength: 'A tag has at most {max} letters.' }, 'x-own': 'Own text {n}.' },
    de: { '/tags': { maxLength: 'Ein Tag hat höchstens {max} Buchstaben.' } },
  },
});

// Locales a host might pass, including prototype keys and ones nobody ships.
const locale = fc.oneof(
  fc.constantFrom('en', 'de', 'de-CH', 'de_AT', 'fr', '', '__proto__', 'constructor', 'toString'),
  fc.string(),
);
const anyValue = fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true });

describe('messages are total', () => {
  it('formatMessage turns any template and params into a string', () => {
    expect(formatMessage(null)).toBe('');
    expect(formatMessage('{a} and {b}', { a: ['x', 1], b: Object.create(null) })).toBe('x, 1 and ?');
    // Only own params: `{constructor}` is not Object's constructor function.
    expect(formatMessage('{constructor} {max}', { max: 3 })).toBe('{constructor} 3');
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyValue), anyValue, (template, params) => {
        expect(typeof formatMessage(template, params)).toBe('string');
      }),
    );
  });

  it('knows tells a catalog text from the generic fallback', () => {
    const texts = form.messagesFor('de');
    expect(texts.knows({ path: '/name', code: 'required' })).toBe(true);
    expect(texts.knows({ path: '/tags/0', code: 'maxLength' })).toBe(true);
    expect(texts.knows({ path: '/name', code: 'x-own' })).toBe(true);
    expect(texts.knows({ path: '/name', code: 'invalid-current-password' })).toBe(false);
    expect(texts.knows({ path: '/name', code: 'constructor' })).toBe(false);
  });

  it('an unknown code gets a localised generic message naming it', () => {
    const issue = (code: string) => ({ path: '/name', code, params: {} });
    expect(form.messagesFor('en').issue(issue('vat-id-invalid'))).toBe(
      'This value was not accepted (vat-id-invalid).',
    );
    expect(form.messagesFor('de').issue(issue('vat-id-invalid'))).toBe(
      'Dieser Wert wurde nicht akzeptiert (vat-id-invalid).',
    );
    expect(form.messagesFor('fr').issue(issue('constructor'))).toBe(
      'This value was not accepted (constructor).',
    );
    // A regional locale uses its language's texts; the form's field override walks up from array items.
    expect(form.messagesFor('de-CH').issue({ path: '/tags/2', code: 'maxLength', params: { max: 3 } })).toBe(
      'Ein Tag hat höchstens 3 Buchstaben.',
    );
    expect(form.messagesFor('de-CH').issue(issue('required'))).toBe('Bitte füllen Sie dieses Feld aus.');
    // A form text only English has is used for German too, before the generic text.
    expect(form.messagesFor('de').issue({ path: '/name', code: 'x-own', params: { n: 7 } })).toBe(
      'Own text 7.',
    );
  });

  it('messagesFor(locale).issue and .text give a string for anything', () => {
    fc.assert(
      fc.property(
        locale,
        fc.oneof(
          fc.record(
            { path: anyValue, code: fc.oneof(fc.string(), anyValue), params: anyValue },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
        (loc, issue) => {
          const m = form.messagesFor(loc);
          // biome-ignore lint/suspicious/noExplicitAny: the point is calling it with what the types forbid
          const text = m.issue(issue as any);
          expect(typeof text).toBe('string');
          expect(text).not.toBe('');
          // biome-ignore lint/suspicious/noExplicitAny: as above
          expect(typeof m.text(issue as any, issue as any)).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every issue validate returns has a message in every shipped locale', () => {
    const de = compileForm(
      { id: 'de-probe', schema: { type: 'object', properties: { n: { type: 'string', maxLength: 2 } } } },
      { locale: 'de' },
    );
    const r = de.validate({ n: 'long', extra: 1 });
    expect(r.ok === false && r.issues.map((i) => i.message)).toEqual([
      'Bitte geben Sie höchstens 2 Zeichen ein.',
    ]);
  });
});
