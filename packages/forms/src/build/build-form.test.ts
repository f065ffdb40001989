import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formData } from '../../test/node/arbitrary-data.js';
import { loadFixtures } from '../../test/node/fixtures.js';
import { compileForm } from '../compile/compile-form.js';
import type { CompiledForm } from '../engine/engine.js';
import { buildForm, withoutSchemaPaths } from './build-form.js';

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-forms-'));

async function buildAndImport(definition: unknown): Promise<{ file: string; form: CompiledForm }> {
  const built = await buildForm(definition);
  const file = join(dir, `${built.id}.js`);
  writeFileSync(file, built.code);
  const mod = (await import(pathToFileURL(file).href)) as { form: CompiledForm };
  return { file, form: mod.form };
}

describe.each(loadFixtures())('built module parity: $file $description', (fixture) => {
  it('returns the same results as compileForm for fixture cases and generated data', async () => {
    const runtime = compileForm(fixture.definition);
    const { form: built } = await buildAndImport(fixture.definition);
    expect(built.fields()).toEqual(runtime.fields());
    const same = (data: unknown) => {
      expect(built.validate(data)).toEqual(runtime.validate(data));
      expect(built.requiredMissing(data)).toEqual(runtime.requiredMissing(data));
      for (const f of runtime.fields())
        expect(built.validateField(f.pointer, data)).toEqual(runtime.validateField(f.pointer, data));
    };
    for (const c of fixture.cases) same(c.data);
    fc.assert(fc.property(formData(runtime.fields()), same), { numRuns: 25 });
  });
});

describe('per-field validation agrees with whole-form validation', () => {
  it.each(loadFixtures())('$file $description', (fixture) => {
    const form = compileForm(fixture.definition);
    const fields = form.fields();
    fc.assert(
      fc.property(formData(fields), (data) => {
        const result = form.validate(data);
        const all = result.ok ? [] : result.issues;
        for (const f of fields) {
          // Issues at or under this field, from the whole-form run, must be among validateField's issues.
          const mine = all.filter((x) => x.path === f.pointer || x.path.startsWith(`${f.pointer}/`));
          const perField = form.validateField(f.pointer, data);
          for (const issue of mine) expect(perField).toContainEqual(issue);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('CSP: built modules need no code generation', () => {
  it('run under node --disallow-code-generation-from-strings', async () => {
    const rma = loadFixtures().find((f) => f.file === 'rma.json')!;
    const { file } = await buildAndImport(rma.definition);
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `import { form } from ${JSON.stringify(pathToFileURL(file).href)};\n` +
        // Prove the flag is active: eval must throw here.
        `let evalBlocked = false; try { (0, eval)('1'); } catch { evalBlocked = true; }\n` +
        'console.log(JSON.stringify({ evalBlocked, result: form.validate({ serialNumber: "ab" }) }));\n',
    );
    const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.evalBlocked).toBe(true);
    const expected = compileForm(rma.definition).validate({ serialNumber: 'ab' });
    expect(expected.ok).toBe(false);
    expect(out.result).toEqual(expected);
    // A child Node process: fast alone, slower while other suites share the cores.
  }, 30_000);
});

describe('built module size', () => {
  it('emits each field validator once, shared by whole-form and per-field validation, without ajv messages', async () => {
    const definition = {
      id: 'once',
      schema: {
        type: 'object',
        properties: {
          address: {
            type: 'object',
            properties: { city: { type: 'string', maxLength: 4321 } },
            required: ['city'],
          },
        },
        required: ['address'],
      },
    };
    const { code } = await buildForm(definition);
    // The `city` length check; before sharing it was compiled three times: inside the form, inside `address`
    // and on its own.
    expect(code.match(/>4321\b/g)).toHaveLength(1);
    expect(code).not.toMatch(/must NOT have|must have required/);
    const { form } = await buildAndImport(definition);
    const data = { address: { city: 'x'.repeat(4322) } };
    expect(form.validate(data)).toEqual(compileForm(definition).validate(data));
    expect(form.validateField('/address/city', data)).toEqual(
      compileForm(definition).validateField('/address/city', data),
    );
  });
});

describe('identical field schemas', () => {
  it('share one validator and still report each field under its own path', async () => {
    const street = { type: 'string', maxLength: 4321 };
    const address = { type: 'object', properties: { street, city: street }, required: ['street', 'city'] };
    const definition = {
      id: 'twins',
      schema: {
        type: 'object',
        properties: {
          billing: address,
          shipping: structuredClone(address),
          note: { type: 'string', maxLength: 9 },
        },
        required: ['billing'],
      },
    };
    const { code } = await buildForm(definition);
    // Four string fields with one schema, two groups with one schema: one length check in all.
    expect(code.match(/>4321\b/g)).toHaveLength(1);
    const { form } = await buildAndImport(definition);
    const runtime = compileForm(definition);
    const long = 'x'.repeat(4322);
    for (const data of [
      {},
      { billing: { street: long }, shipping: { city: long, street: 1 } },
      { note: long },
    ]) {
      expect(form.validate(data)).toEqual(runtime.validate(data));
      for (const f of runtime.fields())
        expect(form.validateField(f.pointer, data)).toEqual(runtime.validateField(f.pointer, data));
    }
    expect(form.validate({ shipping: { city: long } })).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([
        expect.objectContaining({ path: '/shipping/city', code: 'maxLength' }),
      ]),
    });
  });
});

describe('withoutSchemaPaths', () => {
  it('drops literal schema paths from error objects only', () => {
    const src =
      'const e={instancePath,schemaPath:"#/properties/a\\"b/maxLength",keyword:"maxLength",params:{}};' +
      'const f={instancePath,schemaPath:"#/items/"+i,keyword:"type"};const s="x,schemaPath:\\"#/y\\",keyword:";';
    expect(withoutSchemaPaths(src)).toBe(
      'const e={instancePath,keyword:"maxLength",params:{}};' +
        'const f={instancePath,schemaPath:"#/items/"+i,keyword:"type"};const s="x,schemaPath:\\"#/y\\",keyword:";',
    );
  });
});
