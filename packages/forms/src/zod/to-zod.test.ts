import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { FormDefinition } from '../definition/types.js';
import { toValibot } from '../valibot/to-valibot.js';
import { toZod } from './to-zod.js';

z.config({ jitless: true });
const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../examples/${name}.form.json`, import.meta.url), 'utf8'),
  ) as FormDefinition;

describe('toZod / toValibot: a definition as a zod or valibot schema, with what it cannot carry', () => {
  it('reports the conditional dietary field of the event registration by pointer', () => {
    const { lossy } = toZod(example('event-registration'));
    expect(lossy).toEqual([
      expect.objectContaining({ path: '/dietary', kind: 'conditional-field', effect: 'acceptance' }),
      expect.objectContaining({ path: '/dietaryNotes', kind: 'conditional-field', effect: 'acceptance' }),
      expect.objectContaining({ path: '/dietary', kind: 'conditional-required', effect: 'acceptance' }),
    ]);
  });

  it('reports a date rule that compares with another field, and runs the field-local ones', () => {
    const { schema, lossy } = toZod(example('warranty-claim'));
    expect(lossy.map((l) => `${l.path} ${l.kind}`)).toEqual(['/failureDate cross-field-rule']);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const result = schema.safeParse({ purchaseDate: tomorrow });
    expect(result.error?.issues.find((i) => i.path[0] === 'purchaseDate')).toMatchObject({
      code: 'custom',
      params: { code: 'date-in-future' },
    });
  });

  it('with namedRules "report" the export is plain zod and every named rule is listed', () => {
    const { lossy } = toValibot(example('warranty-claim'), { namedRules: 'report' });
    expect(lossy.map((l) => `${l.path} ${l.kind}`).sort()).toEqual([
      '/failureDate cross-field-rule',
      '/photos named-rule',
      '/purchaseDate named-rule',
    ]);
  });

  it('keeps the form semantics: "" is missing, lengths count characters, unknown keys as the schema says', () => {
    const definition: FormDefinition = {
      id: 'semantics',
      schema: {
        type: 'object',
        properties: { name: { type: 'string', maxLength: 2 }, age: { type: 'integer', minimum: 18 } },
        required: ['name'],
        additionalProperties: false,
      },
    };
    const zs = toZod(definition).schema;
    const vs = toValibot(definition).schema;
    const cases: [unknown, boolean][] = [
      [{ name: '😀😀' }, true],
      [{ name: '😀😀😀' }, false],
      [{ name: '' }, false],
      [{ name: 'a', age: '' }, true],
      [{ name: 'a', other: '' }, true],
      [{ name: 'a', other: 1 }, false],
      [[], false],
    ];
    for (const [data, ok] of cases) {
      expect([data, zs.safeParse(data).success]).toEqual([data, ok]);
      expect([data, v.safeParse(vs, data).success]).toEqual([data, ok]);
    }
  });
});
