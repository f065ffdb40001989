import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileForm } from '../compile/compile-form.js';
import { fromValibot, valibotRule } from '../valibot/index.js';
import { fromZod, zodRule } from '../zod/index.js';

z.config({ jitless: true });

describe('zod interop', () => {
  const schema = z.object({
    password: z.string().max(64),
    confirmation: z
      .string()
      .max(64)
      .check(zodRule('matches-field', { field: '/password' })),
    nickname: z
      .string()
      .max(20)
      .refine((s) => !s.includes(' '), 'no spaces')
      .optional(),
    tags: z
      .array(
        z
          .string()
          .max(10)
          .refine((s) => s !== 'x'),
      )
      .max(3),
  });

  it('fromZod keeps limits, turns zodRule into x-rule and reports every refinement it drops', () => {
    const { definition, lossy } = fromZod(schema, { id: 'zod-form' });
    const props = (definition.schema as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(props.password).toMatchObject({ type: 'string', maxLength: 64 });
    expect(props.confirmation?.['x-rule']).toEqual({
      name: 'matches-field',
      options: { field: '/password' },
    });
    expect(lossy.filter((l) => l.kind === 'refinement')).toEqual([
      {
        path: '/nickname',
        kind: 'refinement',
        effect: 'acceptance',
        what: 'refinement (.refine/.check/.superRefine)',
      },
      {
        path: '/tags/*',
        kind: 'refinement',
        effect: 'acceptance',
        what: 'refinement (.refine/.check/.superRefine)',
      },
    ]);
    const form = compileForm(definition);
    expect(form.validate({ password: 'a', confirmation: 'b', tags: [] })).toMatchObject({
      ok: false,
      issues: [{ path: '/confirmation', code: 'mismatch' }],
    });
  });

  it('zodRule reports the Gatehouse code in params', () => {
    const s = z.string().check(zodRule('matches-field', { field: '/other' }));
    const result = s.safeParse('x');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'mismatch' } });
    expect(() => zodRule('no-such-rule')).toThrow(/unknown rule/);
  });
});

describe('valibot interop', () => {
  const schema = v.object({
    code: v.pipe(
      v.string(),
      v.maxLength(8),
      v.check((s) => s.startsWith('A'), 'starts with A'),
    ),
    repeat: v.pipe(v.string(), v.maxLength(8), valibotRule('matches-field', { field: '/code' })),
  });

  it('fromValibot reports check actions and turns valibotRule into x-rule', () => {
    const { definition, lossy } = fromValibot(schema, { id: 'valibot-form' });
    const props = (definition.schema as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(props.code).toMatchObject({ type: 'string', maxLength: 8 });
    expect(props.repeat?.['x-rule']).toEqual({ name: 'matches-field', options: { field: '/code' } });
    expect(lossy.filter((l) => l.kind === 'refinement')).toEqual([
      { path: '/code', kind: 'refinement', effect: 'acceptance', what: 'check action' },
    ]);
    expect(compileForm(definition).validate({ code: 'AB', repeat: 'AC' })).toMatchObject({
      ok: false,
      issues: [{ path: '/repeat', code: 'mismatch' }],
    });
  });

  it('valibotRule puts the code in expected', () => {
    const s = v.pipe(v.string(), valibotRule('matches-field', { field: '/x' }));
    const result = v.safeParse(s, 'value');
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.expected).toBe('mismatch');
  });
});
