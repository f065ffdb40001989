/**
 * Differential: for the example definitions and generated ones, the built module, the runtime validator and
 * the zod and valibot exports accept and refuse the same data, except at the pointers the export report names.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { buildForm } from '../build/build-form.js';
import { compileForm } from '../compile/compile-form.js';
import type { FormDefinition } from '../definition/types.js';
import type { CompiledForm } from '../engine/engine.js';
import { formatPointer, isAtOrBelow } from '../engine/pointer.js';
import { toValibot } from '../valibot/to-valibot.js';
import { toZod } from '../zod/to-zod.js';
import type { LossyItem } from './rule-check.js';

z.config({ jitless: true });

type Json = Record<string, unknown>;
const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.form.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, examplesDir), 'utf8')) as FormDefinition);

/** Sample texts per format: valid ones and near misses. */
const formatSamples: Record<string, string[]> = {
  email: ['jane.doe@example.com', 'a@b.co', 'x@y', 'bad@', 'a b@c.de', 'jane@exämple.de'],
  date: ['2024-02-29', '2023-02-29', '2024-13-01', '2020-01-15', '2025-06-30', 'today'],
};

/** Data for `schema`, mostly near its limits, sometimes of the wrong type. */
function dataFor(schema: unknown, root: Json, depth = 0): fc.Arbitrary<unknown> {
  let s = (schema ?? {}) as Json;
  if (typeof s.$ref === 'string') s = (root.$defs as Json)[s.$ref.split('/').pop()!] as Json;
  const wrong = fc.constantFrom<unknown>(null, 0, 1.5, 'x', '', true, [], {});
  const pick = <T>(main: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 8, arbitrary: main }, { weight: 1, arbitrary: wrong });
  if (Array.isArray(s.enum) || 'const' in s) {
    const values = 'const' in s ? [s.const] : (s.enum as unknown[]);
    return pick(fc.oneof(fc.constantFrom(...values), fc.constantFrom('other', '', false)));
  }
  switch (s.type) {
    case 'string': {
      const min = (s.minLength as number | undefined) ?? 0;
      const max = (s.maxLength as number | undefined) ?? 12;
      const texts = [
        fc.string({ minLength: Math.max(0, min - 1), maxLength: Math.min(max + 1, 40) }),
        fc.constantFrom('', 'a', 'ab', '😀'.repeat(Math.max(1, max)), 'x'.repeat(max + 1)),
        fc.string({ unit: 'binary', maxLength: Math.min(max + 1, 12) }),
      ];
      if (typeof s.pattern === 'string') texts.push(fc.stringMatching(new RegExp(s.pattern)));
      const samples = formatSamples[String(s.format)];
      if (samples) texts.push(fc.constantFrom(...samples));
      return pick(fc.oneof(...texts));
    }
    case 'integer':
    case 'number': {
      const lo = (s.minimum as number | undefined) ?? -5;
      const hi = (s.maximum as number | undefined) ?? 50;
      const ints = fc.integer({ min: lo - 2, max: hi + 2 });
      return pick(
        fc.oneof(ints, fc.double({ min: lo - 2, max: hi + 2, noNaN: true }), fc.constantFrom(lo, hi, 0.5)),
      );
    }
    case 'boolean':
      return pick(fc.boolean());
    case 'array': {
      const items = s.items ? dataFor(s.items, root, depth + 1) : fc.anything({ maxDepth: 1 });
      const maxItems = Math.min(((s.maxItems as number | undefined) ?? 3) + 1, 4);
      return pick(fc.array(items, { maxLength: maxItems }));
    }
    case 'object': {
      if (depth > 3) return fc.constant({});
      const props = (s.properties ?? {}) as Record<string, unknown>;
      const entries = Object.fromEntries(
        Object.entries(props).map(([k, sub]) => [k, dataFor(sub, root, depth + 1)]),
      );
      const record = fc.record(entries, { requiredKeys: [] });
      const extra = fc.option(fc.constantFrom({ unknownKey: 1 }, { unknownKey: '' }), { nil: undefined });
      return pick(fc.tuple(record, extra).map(([r, e]) => ({ ...r, ...(e ?? {}) })));
    }
    default:
      return fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

const pointerOf = (path: readonly PropertyKey[] | undefined) => formatPointer((path ?? []).map(String));
const segs = (p: string) => (p === '' ? [] : p.slice(1).split('/'));
/** A lossy pointer (with `*` for any item or key) covers a data path at or below it. */
const covers = (lossy: string, path: string) => {
  const l = segs(lossy);
  const p = segs(path);
  return l.length <= p.length && l.every((s, i) => s === '*' || s === p[i]);
};

interface Verdicts {
  runtime: { ok: boolean; paths: string[] };
  zod: { ok: boolean; paths: string[] };
  valibot: { ok: boolean; paths: string[] };
}

function verdicts(form: CompiledForm, zs: z.ZodType, vs: v.GenericSchema, data: unknown): Verdicts {
  const r = form.validate(data);
  const zr = zs.safeParse(data);
  const vr = v.safeParse(vs, data);
  return {
    runtime: { ok: r.ok, paths: r.ok ? [] : r.issues.map((i) => i.path) },
    zod: { ok: zr.success, paths: zr.success ? [] : zr.error.issues.map((i) => pointerOf(i.path)) },
    valibot: {
      ok: vr.success,
      paths: vr.success ? [] : vr.issues.map((i) => pointerOf(i.path?.map((p) => p.key as PropertyKey))),
    },
  };
}

/** Where the sides disagree, every issue of the refusing side lies at a pointer the report names. */
function assertExplained(v: Verdicts, lossy: readonly LossyItem[], data: unknown): void {
  const acceptance = lossy.filter((l) => l.effect === 'acceptance').map((l) => l.path);
  const explained = (paths: string[]) =>
    paths.length > 0 && paths.every((p) => acceptance.some((l) => covers(l, p)));
  for (const side of ['zod', 'valibot'] as const) {
    if (v[side].ok === v.runtime.ok) continue;
    const refusing = v.runtime.ok ? v[side].paths : v.runtime.paths;
    if (!explained(refusing))
      throw new Error(
        `${side} ${v[side].ok ? 'accepts' : 'refuses'} what the form ${v.runtime.ok ? 'accepts' : 'refuses'}, unreported: ${JSON.stringify({ data, verdicts: v, lossy: acceptance })}`,
      );
  }
}

describe('built, runtime, zod and valibot agree wherever the export report says lossless', () => {
  const built = new Map<string, CompiledForm>();
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-interop-'));
    for (const definition of examples) {
      const out = await buildForm(definition);
      const file = join(dir, `${definition.id}-${definition.version ?? 1}.js`);
      writeFileSync(file, out.code);
      built.set(file, ((await import(pathToFileURL(file).href)) as { form: CompiledForm }).form);
    }
  }, 120_000);

  it.each(examples.map((d, i) => [`${d.id} v${d.version ?? 1}`, i] as const))('example %s', (_, i) => {
    const definition = examples[i]!;
    const runtime = compileForm(definition);
    const form = [...built.values()][i]!;
    const zx = toZod(definition);
    const vx = toValibot(definition);
    expect(vx.lossy).toEqual(zx.lossy);
    fc.assert(
      fc.property(dataFor(definition.schema, definition.schema as Json), (data) => {
        const b = form.validate(data);
        const r = runtime.validate(data);
        expect(b.ok).toBe(r.ok);
        if (!b.ok && !r.ok)
          expect(b.issues.map((x) => [x.path, x.code])).toEqual(r.issues.map((x) => [x.path, x.code]));
        const verdict = verdicts(runtime, zx.schema, vx.schema, data);
        assertExplained(verdict, zx.lossy, data);
        // Field by field, too: outside the reported pointers, zod finds a problem exactly where the form does.
        const reported = zx.lossy.filter((l) => l.effect === 'acceptance').map((l) => l.path);
        const unreported = (paths: string[]) =>
          [...new Set(paths.filter((p) => !reported.some((l) => covers(l, p))))].sort();
        expect(unreported(verdict.zod.paths)).toEqual(unreported(verdict.runtime.paths));
      }),
      { numRuns: 150 },
    );
  });

  it('generated definitions: lossless reports, and all three agree exactly', () => {
    const field = fc.oneof(
      fc.record({
        type: fc.constant('string'),
        minLength: fc.integer({ min: 0, max: 3 }),
        maxLength: fc.integer({ min: 3, max: 8 }),
      }),
      fc.record(
        {
          type: fc.constant('string'),
          pattern: fc.constantFrom('^[A-Z]{2}$', '^[0-9]+$', 'a'),
          format: fc.constantFrom('email', 'date'),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({ type: fc.constant('string'), enum: fc.constantFrom(['a', 'b'], ['', 'x', 'yy']) }),
      fc.record(
        {
          type: fc.constantFrom('integer', 'number'),
          minimum: fc.integer({ min: -3, max: 3 }),
          maximum: fc.integer({ min: 4, max: 40 }),
          multipleOf: fc.constantFrom(2, 0.5),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({ type: fc.constant('boolean') }, { requiredKeys: ['type'] }).map((s) => s as Json),
      fc.constant({ type: 'boolean', const: true }),
      fc.constant({ type: 'array', items: { type: 'string', maxLength: 3 }, maxItems: 2 }),
      fc.constant({ type: ['string', 'null'], maxLength: 4 }),
      fc.constant({
        type: 'object',
        properties: { a: { type: 'string', minLength: 2 }, b: { type: 'integer' } },
        required: ['a'],
      }),
    );
    const definitions = fc
      .dictionary(fc.constantFrom('f1', 'f2', 'f3', 'f4', 'f5'), field, { minKeys: 1, maxKeys: 5 })
      .chain((properties) =>
        fc.record({
          properties: fc.constant(properties),
          required: fc.subarray(Object.keys(properties)),
          closed: fc.boolean(),
        }),
      )
      .map(({ properties, required, closed }) => ({
        id: 'generated',
        schema: { type: 'object', properties, required, ...(closed ? { additionalProperties: false } : {}) },
      }));
    fc.assert(
      fc.property(
        definitions.chain((d) =>
          fc.tuple(fc.constant(d), fc.array(dataFor(d.schema, d.schema), { minLength: 25, maxLength: 25 })),
        ),
        ([definition, samples]) => {
          const runtime = compileForm(definition);
          const zx = toZod(definition);
          const vx = toValibot(definition);
          expect(zx.lossy).toEqual([]);
          for (const data of samples) {
            const r = verdicts(runtime, zx.schema, vx.schema, data);
            expect({ data, zod: r.zod.ok, valibot: r.valibot.ok }).toEqual({
              data,
              zod: r.runtime.ok,
              valibot: r.runtime.ok,
            });
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
