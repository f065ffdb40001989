import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isGatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { CompiledForm } from '../engine/engine.js';
import { buildForm, buildFormMessages } from './build-form.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const definition = {
  id: 'locales-probe',
  schema: {
    type: 'object',
    properties: {
      company: { type: 'string', maxLength: 5 },
      email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' },
    },
    required: ['company'],
  },
  ui: { fields: { '/company': { label: 'company.label', help: 'company.help' } } },
  messages: {
    en: {
      'company.label': 'Company',
      'company.help': 'As registered.',
      '/company': { maxLength: 'At most {max} letters.' },
    },
    de: {
      'company.label': 'Firma',
      'company.help': 'Wie im Handelsregister.',
      '/company': { maxLength: 'Höchstens {max} Buchstaben.' },
    },
    de_CH: { 'company.label': 'Firma (CH)' },
  },
};

// A scratch package folder whose node_modules links @gatehouse/forms here, as in a host app.
const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-locales-'));
mkdirSync(join(scratch, 'node_modules', '@gatehouse'), { recursive: true });
symlinkSync(packageRoot, join(scratch, 'node_modules', '@gatehouse', 'forms'), 'dir');

let counter = 0;
async function load(code: string): Promise<{ form?: CompiledForm }> {
  const file = join(scratch, `module-${counter++}.js`);
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}

const texts = (form: CompiledForm, locale: string) => {
  const m = form.messagesFor(locale);
  return {
    label: m.text('company.label'),
    help: m.text('company.help'),
    long: m.issue({ path: '/company', code: 'maxLength', params: { max: 5 } }),
    required: m.issue({ path: '/company', code: 'required', params: {} }),
  };
};

describe('buildForm({ locales }) + buildFormMessages', () => {
  it('keeps only the listed locales; the German module brings the form to the runtime compiler texts', async () => {
    const built = await buildForm(definition, { locales: ['en'], external: true });
    expect(built.code).toContain('As registered.');
    expect(built.code).not.toContain('Handelsregister');
    expect(built.code).not.toContain('Firma');
    const { form } = await load(built.code);
    // Before the German module: German pages read the form's English texts.
    expect(texts(form!, 'de').label).toBe('Company');

    const german = buildFormMessages(definition, 'de');
    expect(german).toMatchObject({ id: 'locales-probe', locale: 'de' });
    expect(german.code).toContain("from '@gatehouse/forms'");
    expect(german.code).not.toContain('Firma (CH)');
    await load(german.code);
    const runtime = compileForm(definition);
    for (const locale of ['de', 'de-AT', 'en']) expect(texts(form!, locale)).toEqual(texts(runtime, locale));
    // de-CH is its own catalog: without its module, Swiss pages get the German texts.
    expect(texts(form!, 'de-CH').label).toBe('Firma');
    await load(buildFormMessages(definition, 'de-ch').code);
    expect(texts(form!, 'de-CH')).toEqual(texts(runtime, 'de-CH'));
  });

  it('a self-contained module (its own engine copy) sees texts registered through @gatehouse/forms', async () => {
    const other = { ...definition, id: 'locales-probe-2' };
    const built = await buildForm(other, { locales: ['en-US', 'EN'] });
    expect(built.code).not.toContain('Handelsregister');
    const { form } = await load(built.code);
    await load(buildFormMessages(other, 'de').code);
    expect(texts(form!, 'de')).toEqual(texts(compileForm(other), 'de'));
  });

  it('without locales every catalog stays (the default is unchanged)', async () => {
    const built = await buildForm(definition);
    expect(built.code).toContain('Handelsregister');
    expect(built.code).toContain('Firma (CH)');
  });

  it('rejects bad locales and definitions, naming what is wrong', async () => {
    await expect(buildForm(definition, { locales: ['en', 'not a tag!'] })).rejects.toThrow(
      /options\.locales\[1\]/,
    );
    await expect(buildForm(definition, { locales: 'en' as never })).rejects.toThrow(/options\.locales/);
    expect(() => buildFormMessages(definition, 'fr')).toThrow(
      /"locales-probe" has no messages for locale fr/,
    );
    expect(() => buildFormMessages(definition, '')).toThrow(/locale must be a BCP 47/);
    let error: unknown;
    try {
      buildFormMessages({ ...definition, messages: { de: { x: 3 } } }, 'de');
    } catch (e) {
      error = e;
    }
    expect(isGatehouseError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'invalid-definition' });
  });

  it('emits a plain call: no eval, no Function, nothing but the import and the registration', () => {
    const { code } = buildFormMessages(definition, 'de');
    const lines = code.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("import { registerFormMessages } from '@gatehouse/forms';");
    expect(lines[1]).toMatch(/^registerFormMessages\("locales-probe", "de", \{.*\}\);$/);
    expect(code).not.toMatch(/\beval\b|\bFunction\b/);
  });
});
