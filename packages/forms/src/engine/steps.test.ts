import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildForm } from '../build/build-form.js';
import { compileForm } from '../compile/compile-form.js';
import type { CompiledForm } from './engine.js';
import { firstStepWithIssues, isMultiStep, stepMissing, stepOf, validateStep } from './steps.js';

const warranty = JSON.parse(
  readFileSync(new URL('../../examples/warranty-claim.form.json', import.meta.url), 'utf8'),
);

async function built(definition: unknown): Promise<CompiledForm> {
  const out = await buildForm(definition);
  const file = join(mkdtempSync(join(tmpdir(), 'gatehouse-steps-')), `${out.id}.js`);
  writeFileSync(file, out.code);
  return ((await import(pathToFileURL(file).href)) as { form: CompiledForm }).form;
}

const device = { serialNumber: 'GH2-004512', model: 'gh-200', problem: 'The display stays black.' };
const purchase = { purchaseDate: '2025-11-02', boughtFrom: 'Elektro Meier', stillWorks: false };

afterEach(() => vi.useRealTimers());

describe('multi-step forms (headless)', () => {
  it('a step with its own fields filled in is ok, whatever later steps still lack (runtime and built)', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 5, 15, 12), toFake: ['Date'] });
    for (const form of [compileForm(warranty), await built(warranty)]) {
      expect(isMultiStep(form)).toBe(true);
      // Before: validating the whole form named fields of every step ("3 fields need your attention").
      expect(validateStep(form, 'device', device)).toEqual({ ok: true });
      const empty = validateStep(form, 'device', {});
      expect(empty.ok ? [] : empty.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        '/serialNumber required',
        '/model required',
        '/problem required',
      ]);
      const early = validateStep(form, 'purchase', { ...device, ...purchase, failureDate: '2024-01-01' });
      expect(early.ok ? [] : early.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        '/failureDate date-too-early',
      ]);
      expect(stepMissing(form, 'purchase', device).map((f) => f.pointer)).toEqual([
        '/purchaseDate',
        '/boughtFrom',
        '/stillWorks',
      ]);
      expect(stepMissing(form, 'device', device)).toEqual([]);
    }
  });

  it('an issue belongs to the step of its field; one no field holds belongs to the last step', () => {
    const form = compileForm(warranty);
    expect(stepOf(form, '/purchaseDate')).toBe('purchase');
    const result = form.validate({ ...device, extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(firstStepWithIssues(form, result.issues)).toBe('purchase');
    const extra = result.issues.filter((i) => i.code === 'additionalProperties');
    expect(extra).toHaveLength(1);
    expect(firstStepWithIssues(form, extra)).toBe('contact');
  });

  it('nested fields and single-page forms', () => {
    const form = compileForm({
      id: 'nested',
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', maxLength: 5 },
          addr: {
            type: 'object',
            properties: { city: { type: 'string', maxLength: 9 } },
            required: ['city'],
          },
        },
        required: ['addr'],
      },
      ui: {
        steps: [
          { id: 'one', fields: ['/a'] },
          { id: 'two', fields: ['/addr'] },
        ],
      },
    });
    expect(stepOf(form, '/addr/city')).toBe('two');
    const r = validateStep(form, 'two', { addr: {} });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['/addr/city']);
    expect(validateStep(form, 'one', { addr: {} })).toEqual({ ok: true });
    const single = compileForm({ id: 'one', schema: { type: 'object', properties: {} } });
    expect(isMultiStep(single)).toBe(false);
  });
});
