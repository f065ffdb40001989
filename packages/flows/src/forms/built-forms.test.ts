import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileForm } from '@gatehouse/forms/compile';
import { describe, expect, it } from 'vitest';
import { generatedDir, renderBuiltForms } from '../../scripts/built-forms.js';
import { flowDefinition, flowDefinitions } from '../definitions/index.js';
import * as flows from '../index.js';

const forms = await renderBuiltForms();

describe('generated/forms (run: pnpm --filter @gatehouse/flows forms)', () => {
  it.each(forms)('$name is up to date with $source', ({ name, js, dts }) => {
    expect(readFileSync(join(generatedDir, `${name}.js`), 'utf8')).toBe(js);
    expect(readFileSync(join(generatedDir, `${name}.d.ts`), 'utf8')).toBe(dts);
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
