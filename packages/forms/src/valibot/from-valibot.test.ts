import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import { fromValibot } from './index.js';

describe('fromValibot: the form accepts what valibot accepts, or the report says where it does not', () => {
  const schema = v.object({
    name: v.pipe(v.string(), v.minLength(1)),
    extra: v.optional(v.number()),
    plan: v.optional(v.picklist(['basic', 'pro']), 'basic'),
  });

  it('takes optional fields (also with a default) as optional and unknown keys as allowed', () => {
    const form = compileForm(fromValibot(schema, { id: 'signup' }).definition);
    for (const data of [
      { name: 'a', extra: 1 },
      { name: 'a', extra: 1, unknown: true },
    ]) {
      expect(v.safeParse(schema, data).success).toBe(true);
      expect(form.validate(data)).toMatchObject({ ok: true });
    }
  });

  it('reports defaults, stripped keys, fallbacks, types without a JSON form and formats by pointer', () => {
    const { lossy } = fromValibot(
      v.object({
        plan: v.optional(v.string(), 'basic'),
        size: v.fallback(v.string(), 'm'),
        born: v.date(),
        mail: v.pipe(v.string(), v.email()),
        tight: v.strictObject({ a: v.number() }),
      }),
      { id: 'many' },
    );
    const kinds = Object.fromEntries(lossy.map((l) => [`${l.path} ${l.kind}`, l.effect]));
    expect(kinds).toMatchObject({
      ' unknown-keys': 'value',
      '/plan default': 'value',
      '/size catch': 'acceptance',
      '/born no-json-form': 'acceptance',
      '/mail format': 'acceptance',
    });
    expect(kinds['/tight unknown-keys']).toBeUndefined();
  });
});
