import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileForm } from '../compile/compile-form.js';
import { fromZod } from './index.js';

z.config({ jitless: true });

const accepts = (form: ReturnType<typeof compileForm>, data: unknown) => form.validate(data).ok;

describe('fromZod: the form accepts what zod accepts, or the report says where it does not', () => {
  const schema = z.object({
    name: z.string().min(1),
    extra: z.number().optional(),
    plan: z.enum(['basic', 'pro']).default('basic'),
  });

  it('takes optional and defaulted fields as optional and unknown keys as allowed ({ name: "a", extra: 1 })', () => {
    const { definition } = fromZod(schema, { id: 'signup' });
    const form = compileForm(definition);
    for (const data of [{ name: 'a', extra: 1 }, { name: 'a' }, { name: 'a', extra: 1, unknown: true }]) {
      expect(schema.safeParse(data).success).toBe(true);
      expect(form.validate(data)).toMatchObject({ ok: true });
    }
    expect(accepts(form, { extra: 1 })).toBe(false);
  });

  it('reports what the form cannot do like zod, each with its pointer and what changes', () => {
    const { lossy } = fromZod(schema, { id: 'signup' });
    expect(lossy).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '', kind: 'unknown-keys', effect: 'value' }),
        expect.objectContaining({ path: '/plan', kind: 'default', effect: 'value' }),
        expect.objectContaining({ path: '/extra', kind: 'empty-text', effect: 'acceptance' }),
      ]),
    );
    expect(lossy.every((l) => l.what.length > 10)).toBe(true);
  });

  it('maps strict and loose objects to refused and allowed extra properties', () => {
    const strict = compileForm(
      fromZod(z.strictObject({ a: z.string().min(1) }), { id: 'strict' }).definition,
    );
    const loose = fromZod(z.looseObject({ a: z.string().min(1) }), { id: 'loose' });
    expect(accepts(strict, { a: 'x', b: 1 })).toBe(false);
    expect(accepts(compileForm(loose.definition), { a: 'x', b: 1 })).toBe(true);
    expect(loose.lossy.filter((l) => l.kind === 'unknown-keys')).toEqual([]);
  });

  it('reports refinements, transforms, coercion, catch, types without a JSON form, formats and lengths', () => {
    const { definition, lossy } = fromZod(
      z.object({
        code: z.string().refine((s) => s.startsWith('A')),
        count: z.string().transform((s) => s.length),
        age: z.coerce.number(),
        size: z.string().catch('m'),
        born: z.date(),
        site: z.url(),
        mail: z.email(),
        nick: z.string().max(5),
        either: z.union([z.string(), z.object({ k: z.number() })]),
      }),
      { id: 'many' },
    );
    const kinds = Object.fromEntries(lossy.map((l) => [`${l.path} ${l.kind}`, l.effect]));
    expect(kinds).toMatchObject({
      '/code refinement': 'acceptance',
      '/count transform': 'acceptance',
      '/age coercion': 'acceptance',
      '/size catch': 'acceptance',
      '/born no-json-form': 'acceptance',
      '/site format': 'acceptance',
      '/nick text-length': 'acceptance',
      '/either alternatives': 'display',
      '/nick empty-text': 'acceptance',
    });
    // zod's e-mail check is its pattern: the form checks that pattern alone and still shows an e-mail input.
    expect(kinds['/mail format']).toBeUndefined();
    expect(definition.ui?.fields?.['/mail']).toEqual({ widget: 'email' });
    const form = compileForm(definition);
    expect(form.fields().find((f) => f.pointer === '/mail')?.widget).toBe('email');
  });
});
