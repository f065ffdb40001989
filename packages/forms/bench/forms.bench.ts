/**
 * Speed, side by side: our per-field and whole-form validation (runtime compile and built module share the
 * engine), runtime ajv compile + validate (what JSON Forms/RJSF do on load), zod 4 and valibot.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Bench } from 'tinybench';
import * as v from 'valibot';
import * as z from 'zod';
import { buildForm } from '../src/build/build-form.js';
import { compileForm } from '../src/compile/compile-form.js';
import type { CompiledForm } from '../src/engine/engine.js';
import { registration, registrationData, rma, rmaData, wideForm } from './forms-under-test.js';

z.config({ jitless: true });
const dir = mkdtempSync(join(tmpdir(), 'forms-bench-'));
async function built(definition: unknown): Promise<CompiledForm> {
  const b = await buildForm(definition);
  const file = join(dir, `${b.id}.js`);
  writeFileSync(file, b.code);
  return ((await import(pathToFileURL(file).href)) as { form: CompiledForm }).form;
}
const ajvCompile = (schema: object) => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(schema);
};

const zodRegistration = z.object({
  givenName: z.string().min(1).max(80),
  familyName: z.string().min(1).max(80),
  email: z.email().max(254),
  company: z.string().min(2).max(120),
  jobTitle: z.string().max(80).optional(),
  country: z.string().max(2).regex(/^[A-Z]{2}$/),
  acceptTerms: z.literal(true),
});
const vRegistration = v.object({
  givenName: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  familyName: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  email: v.pipe(v.string(), v.email(), v.maxLength(254)),
  company: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
  jobTitle: v.optional(v.pipe(v.string(), v.maxLength(80))),
  country: v.pipe(v.string(), v.maxLength(2), v.regex(/^[A-Z]{2}$/)),
  acceptTerms: v.literal(true),
});
const serial = /^[A-Z0-9][A-Z0-9-]{5,31}$/;
const zodRma = z.object({
  serialNumber: z.string().max(32).regex(serial),
  description: z.string().min(20).max(5000),
  partNumber: z.string().max(40).optional(),
  unitType: z.enum(['appliance', 'blade', 'power-supply', 'fan-module', 'other']).optional(),
  deliveryAddress: z.object({
    company: z.string().max(120),
    street: z.string().max(120),
    postalCode: z.string().max(16),
    city: z.string().max(80),
    country: z.string().max(2).regex(/^[A-Z]{2}$/),
  }),
  addressConfirmed: z.literal(true),
  moreThanOneDevice: z.boolean().optional(),
  additionalSerialNumbers: z.array(z.string().max(32).regex(serial)).min(1).max(50).optional(),
});
const vRma = v.object({
  serialNumber: v.pipe(v.string(), v.maxLength(32), v.regex(serial)),
  description: v.pipe(v.string(), v.minLength(20), v.maxLength(5000)),
  partNumber: v.optional(v.pipe(v.string(), v.maxLength(40))),
  unitType: v.optional(v.picklist(['appliance', 'blade', 'power-supply', 'fan-module', 'other'])),
  deliveryAddress: v.object({
    company: v.pipe(v.string(), v.maxLength(120)),
    street: v.pipe(v.string(), v.maxLength(120)),
    postalCode: v.pipe(v.string(), v.maxLength(16)),
    city: v.pipe(v.string(), v.maxLength(80)),
    country: v.pipe(v.string(), v.maxLength(2), v.regex(/^[A-Z]{2}$/)),
  }),
  addressConfirmed: v.literal(true),
  moreThanOneDevice: v.optional(v.boolean()),
  additionalSerialNumbers: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(32), v.regex(serial))), v.minLength(1), v.maxLength(50))),
});
const wide = wideForm();
const wideShape = (lib: 'zod' | 'valibot') => {
  const props = (wide.definition.schema as { properties: Record<string, { type?: string; enum?: string[] }> }).properties;
  const required = new Set((wide.definition.schema as { required: string[] }).required);
  const zs: Record<string, z.ZodType> = {};
  const vs: Record<string, v.GenericSchema> = {};
  for (const [k, p] of Object.entries(props)) {
    let zt: z.ZodType;
    let vt: v.GenericSchema;
    if (p.type === 'string') {
      zt = z.string().min(2).max(60).regex(/^[A-Za-z0-9 .-]+$/);
      vt = v.pipe(v.string(), v.minLength(2), v.maxLength(60), v.regex(/^[A-Za-z0-9 .-]+$/));
    } else if (p.type === 'integer') {
      zt = z.int().min(0).max(1000);
      vt = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));
    } else if (p.type === 'boolean') {
      zt = z.boolean();
      vt = v.boolean();
    } else {
      zt = z.enum(['a', 'b', 'c']);
      vt = v.picklist(['a', 'b', 'c']);
    }
    zs[k] = required.has(k) ? zt : zt.optional();
    vs[k] = required.has(k) ? vt : v.optional(vt);
  }
  return lib === 'zod' ? z.object(zs) : v.object(vs);
};
const zodWide = wideShape('zod') as z.ZodType;
const vWide = wideShape('valibot') as v.GenericSchema;

const cases = [
  { name: 'registration', def: registration, data: registrationData, field: '/email', zod: zodRegistration, vali: vRegistration },
  { name: 'rma', def: rma, data: rmaData, field: '/serialNumber', zod: zodRma, vali: vRma },
  { name: '200-field', def: wide.definition, data: wide.data, field: '/f100', zod: zodWide, vali: vWide },
];

const rows: Record<string, string>[] = [];
for (const c of cases) {
  const runtime = compileForm(c.def);
  const module = await built(c.def);
  const schema = c.def.schema as object;
  // A long warm-up: the 200-field validators are large functions that V8 takes about a second of calls to
  // optimise; shorter runs measure the JIT tiers, not the libraries (first calls: see the README).
  const bench = new Bench({ time: 400, warmupTime: 1000 });
  bench
    .add('ours: validateField (built module)', () => void module.validateField(c.field, c.data))
    .add('ours: validate whole form (built module)', () => void module.validate(c.data))
    .add('ours: validate whole form (runtime compileForm)', () => void runtime.validate(c.data))
    .add('ajv: compile + validate (per page load)', () => void ajvCompile(schema)(c.data))
    .add('zod 4 (jitless): safeParse', () => void c.zod.safeParse(c.data))
    .add('valibot: safeParse', () => void v.safeParse(c.vali, c.data));
  await bench.run();
  for (const t of bench.tasks) {
    const latency = t.result && 'latency' in t.result ? t.result.latency : undefined;
    // The median beside the mean: on a shared machine a few GC pauses (the ajv compile task leaves a lot of
    // garbage) move the mean of a 20 µs task by an order of magnitude; the median is what one call costs.
    rows.push({
      form: c.name,
      task: t.name,
      'mean µs': ((latency?.mean ?? Number.NaN) * 1000).toFixed(2),
      'median µs': ((latency?.p50 ?? Number.NaN) * 1000).toFixed(2),
    });
  }
  if (!module.validate(c.data).ok) throw new Error(`${c.name}: bench data is not valid`);
}
console.log('form         | task                                              |  mean µs | median µs');
console.log('-------------|---------------------------------------------------|----------|----------');
for (const r of rows)
  console.log(
    `${r.form!.padEnd(12)} | ${r.task!.padEnd(49)} | ${r['mean µs']!.padStart(8)} | ${r['median µs']!.padStart(9)}`,
  );
