/**
 * The cost of the zod and valibot exports: building the schema from a definition once, and validating valid
 * data with it, next to the form's own runtime validator. Medians of 7 rounds (steadier on a shared machine).
 */
import * as v from 'valibot';
import * as z from 'zod';
import { compileForm } from '../src/compile/compile-form.js';
import type { FormDefinition } from '../src/definition/types.js';
import { toValibot } from '../src/valibot/index.js';
import { toZod } from '../src/zod/index.js';
import { registration, registrationData, rma, rmaData, wideForm } from './forms-under-test.js';

z.config({ jitless: true });

/** Median µs per call over 7 rounds of `n` calls, after one warm-up round. */
function median(n: number, fn: () => unknown): number {
  const rounds: number[] = [];
  for (let r = 0; r < 8; r++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (r > 0) rounds.push(((performance.now() - start) / n) * 1000);
  }
  return rounds.sort((a, b) => a - b)[3]!;
}

const wide = wideForm();
const forms: [string, FormDefinition, unknown][] = [
  ['registration (7 fields)', registration, registrationData],
  ['RMA request', rma as FormDefinition, rmaData],
  ['generated 200 fields', wide.definition, wide.data],
];
const rows: Record<string, string>[] = [];
for (const [name, definition, data] of forms) {
  const form = compileForm(definition);
  const zs = toZod(definition).schema;
  const vs = toValibot(definition).schema;
  if (!form.validate(data).ok || !zs.safeParse(data).success || !v.safeParse(vs, data).success)
    throw new Error(`${name}: the sample data must be valid for all three`);
  const n = name.startsWith('generated') ? 200 : 2000;
  rows.push({
    form: name,
    'toZod (ms)': (median(5, () => toZod(definition)) / 1000).toFixed(2),
    'toValibot (ms)': (median(5, () => toValibot(definition)) / 1000).toFixed(2),
    'form.validate (µs)': median(n, () => form.validate(data)).toFixed(2),
    'exported zod (µs)': median(n, () => zs.safeParse(data)).toFixed(2),
    'exported valibot (µs)': median(n, () => v.safeParse(vs, data)).toFixed(2),
    'report entries': String(toZod(definition).lossy.length),
  });
}
console.table(rows);
