import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileForm } from '@gatehouse/forms/compile';
import { describe, expect, it } from 'vitest';
import { generatedDir, renderBuiltForms } from '../../scripts/built-forms.js';
import { flowDefinition, flowDefinitions } from '../definitions/index.js';
import * as flows from '../index.js';

const forms = await renderBuiltForms();

describe('generated/forms (run: pnpm --filter @gatehouse/flows forms)', () => {
  it.each(forms)('$name is up to date with $source', ({ name, js, dts, de }) => {
    expect(readFileSync(join(generatedDir, `${name}.js`), 'utf8')).toBe(js);
    expect(readFileSync(join(generatedDir, `${name}.d.ts`), 'utf8')).toBe(dts);
    expect(readFileSync(join(generatedDir, `${name}.de.js`), 'utf8')).toBe(de.js);
    expect(readFileSync(join(generatedDir, `${name}.de.d.ts`), 'utf8')).toBe(de.dts);
  });
});

// Every exported `<x>Form` of the flows (a compiled form: it has `fieldStates`).
const exported = Object.values(flows).filter(
  (v): v is flows.FlowForm => typeof v === 'object' && v !== null && 'id' in v && 'fieldStates' in v,
);

/** The `id` of a shipped definition file (`src/<flow>/<name>.form.json`). */
const sourceId = (source: string): string =>
  JSON.parse(readFileSync(join(generatedDir, '..', '..', source), 'utf8')).id;

// The machines no longer pair a built form with its definition at run time (browsers never load the JSON), so
// the pairing is checked here: a built module must be the build of the definition the server validates with.
describe('built forms and their definitions (@gatehouse/flows/definitions)', () => {
  it.each(forms)('generated/forms/$name.js has the id of $source', async ({ name, source }) => {
    const module = (await import(join(generatedDir, `${name}.js`))) as { form: flows.FlowForm };
    expect(module.form.id).toBe(sourceId(source));
    expect(flowDefinition(module.form.id)).toEqual(
      JSON.parse(readFileSync(join(generatedDir, '..', '..', source), 'utf8')),
    );
  });

  it('every definition file is in flowDefinitions once, and nothing else is', () => {
    expect([...flowDefinitions.keys()].sort()).toEqual(forms.map((f) => sourceId(f.source)).sort());
  });

  it('every exported flow form has a definition, and every definition an exported form', () => {
    expect(exported.map((f) => f.id).sort()).toEqual([...flowDefinitions.keys()].sort());
  });
});

/** Sample submissions: empty, wrong types, long strings, and the runtime compiler's own defaults. */
function samples(form: flows.FlowForm): unknown[] {
  const fields = form.fields();
  const of = (make: (type: string | undefined) => unknown) =>
    Object.fromEntries(
      fields.filter((f) => !f.pointer.slice(1).includes('/')).map((f) => [f.name, make(f.type)]),
    );
  return [
    {},
    undefined,
    form.defaults(),
    of(() => 42),
    of(() => 'x'),
    of(() => 'ä'.repeat(6000)),
    of((t) => (t === 'boolean' ? true : t === 'array' ? ['AB-123'] : t === 'object' ? {} : 'ada@gmail.com')),
  ];
}

describe('flows import compiled forms that behave as the runtime compiler', () => {
  it.each(exported.map((f) => [f.id, f] as const))('%s: same results as compileForm', (id, form) => {
    const runtime = compileForm(flowDefinition(id));
    expect(form.fields()).toEqual(runtime.fields());
    for (const data of samples(form)) {
      expect(form.validate(data)).toEqual(runtime.validate(data ?? {}));
      expect(form.requiredMissing(data ?? {})).toEqual(runtime.requiredMissing(data ?? {}));
    }
  });
});

/** Every text key and per-field issue code a definition has, in any locale. */
function textKeys(id: string): { keys: string[]; fieldCodes: { path: string; code: string }[] } {
  const messages =
    (flowDefinition(id) as { messages?: Record<string, Record<string, unknown>> }).messages ?? {};
  const keys = new Set<string>();
  const fieldCodes = new Map<string, { path: string; code: string }>();
  for (const catalog of Object.values(messages))
    for (const [key, value] of Object.entries(catalog)) {
      if (typeof value === 'string') keys.add(key);
      else
        for (const code of Object.keys(value as object))
          fieldCodes.set(`${key} ${code}`, { path: key, code });
    }
  return { keys: [...keys], fieldCodes: [...fieldCodes.values()] };
}

// The generated modules ship English only; each flow's German module registers the rest. Before it is
// imported German pages read English, after it every text must be what the runtime compiler gives.
describe('German form texts come from @gatehouse/flows/<flow>/de', () => {
  const germanOf = (id: string) =>
    (flowDefinition(id) as { messages?: Record<string, Record<string, unknown>> }).messages?.de ?? {};

  it.each(exported.map((f) => [f.id, f] as const))('%s: English only until the German module', (id, form) => {
    const runtime = compileForm(flowDefinition(id));
    const german = Object.entries(germanOf(id)).filter(([, v]) => typeof v === 'string');
    expect(german.length).toBeGreaterThan(0);
    for (const [key] of german)
      expect(form.messagesFor('de').text(key)).toBe(runtime.messagesFor('en').text(key));
  });

  it.each(exported.map((f) => [f.id, f] as const))('%s: same German as compileForm', async (id, form) => {
    await import('../locales/de.js');
    const runtime = compileForm(flowDefinition(id));
    const { keys, fieldCodes } = textKeys(id);
    for (const locale of ['de', 'de-CH', 'en']) {
      const built = form.messagesFor(locale);
      const expected = runtime.messagesFor(locale);
      for (const key of keys) expect(built.text(key)).toBe(expected.text(key));
      for (const { path, code } of fieldCodes) {
        const issue = { path, code, params: {} };
        expect(built.issue(issue)).toBe(expected.issue(issue));
      }
      for (const data of samples(form)) {
        const result = runtime.validate(data ?? {});
        for (const issue of result.ok ? [] : result.issues)
          expect(built.issue(issue)).toBe(expected.issue(issue));
      }
    }
  });

  it('each flow German module imports the German of exactly the forms its machine imports', () => {
    const src = join(generatedDir, '..', '..', 'src');
    const flowsWithForms = [...new Set(forms.map((f) => f.source.split('/')[1]!))];
    for (const flow of flowsWithForms) {
      const machine = readFileSync(join(src, flow, `${flow}.machine.ts`), 'utf8');
      const used = [...machine.matchAll(/generated\/forms\/([a-z-]+)\.form\.js/g)].map((m) => m[1]).sort();
      const de = readFileSync(join(src, flow, 'de.ts'), 'utf8');
      const german = [...de.matchAll(/generated\/forms\/([a-z-]+)\.form\.de\.js/g)].map((m) => m[1]).sort();
      expect(german, flow).toEqual(used);
      expect(readFileSync(join(src, 'locales', 'de.ts'), 'utf8')).toContain(`import '../${flow}/de.js';`);
    }
  });
});
