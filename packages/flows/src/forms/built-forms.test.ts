import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileForm } from '@gatehouse/forms/compile';
import { describe, expect, it } from 'vitest';
import { generatedDir, renderBuiltForms } from '../../scripts/built-forms.js';
import * as flows from '../index.js';

const forms = await renderBuiltForms();

describe('generated/forms (run: pnpm --filter @gatehouse/flows forms)', () => {
  it.each(forms)('$name is up to date with $source', ({ name, js, dts }) => {
    expect(readFileSync(join(generatedDir, `${name}.js`), 'utf8')).toBe(js);
    expect(readFileSync(join(generatedDir, `${name}.d.ts`), 'utf8')).toBe(dts);
  });
});

// Every exported `<x>Form` of the flows, keyed by its id.
const exported = Object.values(flows).filter(
  (v): v is flows.FlowForm => typeof v === 'object' && v !== null && 'definition' in v && 'fieldStates' in v,
);

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
  it('every shipped definition is exported as a built form', () => {
    expect(exported.map((f) => f.definition.id).sort()).toEqual(
      forms.map((f) => JSON.parse(readFileSync(join(generatedDir, '..', '..', f.source), 'utf8')).id).sort(),
    );
  });

  it.each(exported.map((f) => [f.id, f] as const))('%s: same results as compileForm', (_id, form) => {
    const runtime = compileForm(form.definition);
    expect(form.fields()).toEqual(runtime.fields());
    for (const data of samples(form)) {
      expect(form.validate(data)).toEqual(runtime.validate(data ?? {}));
      expect(form.requiredMissing(data ?? {})).toEqual(runtime.requiredMissing(data ?? {}));
    }
  });
});
