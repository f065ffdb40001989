/**
 * The example forms (docs/forms.md, "Example forms"): each lints clean, and the data a person would enter validates
 * (and what they could get wrong is refused) identically at run time (server) and as a built module (browser).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildForm } from '../src/build/build-form.js';
import { compileForm } from '../src/compile/compile-form.js';
import type { CompiledForm } from '../src/engine/engine.js';
import { lintDefinition } from '../src/lint/lint.js';
import '../src/locales/de.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`./${name}.form.json`, import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-examples-'));

async function built(definition: unknown): Promise<CompiledForm> {
  const out = await buildForm(definition);
  const file = join(dir, `${out.id}.js`);
  writeFileSync(file, out.code);
  return ((await import(pathToFileURL(file).href)) as { form: CompiledForm }).form;
}

const codes = (form: CompiledForm, data: unknown) => {
  const r = form.validate(data);
  return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
};

afterEach(() => vi.useRealTimers());

describe('example forms', () => {
  it.each(['event-registration', 'warranty-claim', 'change-of-address'])('%s lints clean', (name) => {
    expect(lintDefinition(load(name))).toEqual([]);
  });

  it('event registration: the dietary field exists only for dinner guests', async () => {
    const def = load('event-registration');
    const forms = [compileForm(def), await built(def)];
    const base = { name: 'Ada', company: 'Analytical Engines', email: 'ada@engines.example', ticket: 'day', terms: true };
    for (const form of forms) {
      expect(codes(form, { ...base, dinner: false, dietary: 'vegan' })).toEqual([]);
      // "No" drops the hidden answer from the value.
      const no = form.validate({ ...base, dinner: false, dietary: 'vegan' });
      expect(no.ok && 'dietary' in no.value).toBe(false);
      expect(codes(form, { ...base, dinner: true })).toEqual(['/dietary required']);
      expect(codes(form, { ...base, dinner: true, dietary: 'vegan', terms: false })).toEqual(['/terms unchecked']);
      expect(form.visibleFields({ dinner: true }).map((f) => f.pointer)).toContain('/dietary');
      expect(form.visibleFields({ dinner: false }).map((f) => f.pointer)).not.toContain('/dietary');
    }
  });

  it('warranty claim: three steps, purchase date not in the future, failure not before purchase', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 5, 15, 12), toFake: ['Date'] });
    const def = load('warranty-claim');
    const forms = [compileForm(def), await built(def)];
    const claim = {
      serialNumber: 'GH2-004512',
      model: 'gh-200',
      problem: 'The display stays black.',
      purchaseDate: '2025-11-02',
      failureDate: '2026-06-01',
      boughtFrom: 'Elektro Meier',
      stillWorks: false,
      name: 'Grace Hopper',
      email: 'grace@navy.example',
      consent: true,
    };
    for (const form of forms) {
      expect(form.steps().map((s) => s.id)).toEqual(['device', 'purchase', 'contact']);
      expect(codes(form, claim)).toEqual([]);
      expect(codes(form, { ...claim, purchaseDate: '2026-06-16', failureDate: undefined })).toEqual([
        '/purchaseDate date-in-future',
      ]);
      expect(codes(form, { ...claim, failureDate: '2025-01-01' })).toEqual(['/failureDate date-too-early']);
      expect(codes(form, { ...claim, purchaseDate: '2020-01-01', failureDate: undefined })).toEqual([
        '/purchaseDate date-too-early',
      ]);
      // Photos of the damage: images up to 5 MB, at most three.
      const photo = { id: 'f1', name: 'damage.jpg', type: 'image/jpeg', size: 480_000 };
      expect(codes(form, { ...claim, photos: [photo] })).toEqual([]);
      expect(codes(form, { ...claim, photos: [{ ...photo, type: 'application/pdf' }] })).toEqual(['/photos file-type']);
      expect(codes(form, { ...claim, photos: [{ ...photo, size: 5_000_001 }] })).toEqual(['/photos file-too-big']);
      expect(codes(form, { ...claim, photos: [photo, photo, photo, photo] })).toEqual(['/photos too-many-files']);
    }
  });

  it('change of address: nested, English and German', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 5, 15, 12), toFake: ['Date'] });
    const def = load('change-of-address');
    const good = {
      customerNumber: '0012345',
      newAddress: { street: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin', country: 'DE' },
      movingDate: '2026-07-01',
      forwardMail: true,
    };
    for (const form of [compileForm(def), await built(def)]) {
      expect(codes(form, good)).toEqual([]);
      expect(codes(form, { ...good, newAddress: { ...good.newAddress, city: '' } })).toEqual(['/newAddress/city required']);
      const de = form.messagesFor('de');
      expect(de.text('coa.street')).toBe('Straße und Hausnummer');
      expect(de.issue({ path: '/customerNumber', code: 'pattern', params: {} })).toBe('Eine Kundennummer hat 6 bis 10 Ziffern.');
      expect(de.issue({ path: '/movingDate', code: 'date-too-late', params: { max: '2027-06-15' } })).toBe(
        'Bitte geben Sie den 15.06.2027 oder ein früheres Datum ein.',
      );
      expect(form.fields().find((f) => f.pointer === '/forwardMail')!.options!.map((o) => de.text(o.label))).toEqual([
        'Ja',
        'Nein',
      ]);
    }
  });
});
