import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { NamedRule } from './types.js';

// A host rule that is unsure about values starting with "maybe" (tentative) and sure about "bad".
const unsure: NamedRule = {
  name: 'unsure',
  codes: ['doubtful'],
  create: () => (value) =>
    typeof value !== 'string'
      ? null
      : value.startsWith('maybe')
        ? { code: 'doubtful', params: { tentative: true } }
        : value.startsWith('bad')
          ? { code: 'doubtful', params: {} }
          : null,
};

const form = compileForm(
  {
    id: 'warnings-probe',
    schema: {
      type: 'object',
      properties: {
        a: { type: 'string', maxLength: 20, 'x-rule': 'unsure' },
        b: { type: 'string', maxLength: 20, 'x-rule': 'unsure' },
        more: { type: 'boolean' },
        c: { type: 'string', maxLength: 20, 'x-rule': 'unsure' },
      },
      required: ['a'],
    },
    rules: [{ when: { properties: { more: { const: true } }, required: ['more'] }, show: ['/c'] }],
    messages: { en: { doubtful: 'Please check {tentative}.' }, de: { doubtful: 'Bitte prüfen.' } },
  },
  { rules: [unsure] },
);

describe('tentative issues are warnings of an ok result', () => {
  it('alone: ok with the value and the warnings (messages attached)', () => {
    expect(form.validate({ a: 'maybe-1', b: 'maybe-2' })).toEqual({
      ok: true,
      value: { a: 'maybe-1', b: 'maybe-2' },
      warnings: [
        { path: '/a', code: 'doubtful', params: { tentative: true }, message: 'Please check true.' },
        { path: '/b', code: 'doubtful', params: { tentative: true }, message: 'Please check true.' },
      ],
    });
    // No warnings: no `warnings` key at all.
    expect(form.validate({ a: 'fine' })).toEqual({ ok: true, value: { a: 'fine' } });
  });

  it('beside a certain issue: not ok, and the tentative one is reported with it', () => {
    const r = form.validate({ a: 'maybe-1', b: 'bad' });
    expect(r.ok === false && r.issues.map((i) => [i.path, i.params.tentative === true])).toEqual([
      ['/a', true],
      ['/b', false],
    ]);
    // A schema issue (missing `a`) is certain too.
    const missing = form.validate({ b: 'maybe' });
    expect(missing.ok === false && missing.issues.map((i) => i.code)).toEqual(['required', 'doubtful']);
  });

  it('hidden fields give no warnings, and Standard Schema sees a warning-only result as success', () => {
    expect(form.validate({ a: 'x', c: 'maybe' })).toEqual({ ok: true, value: { a: 'x' } });
    expect(form.validate({ a: 'x', more: true, c: 'maybe' })).toMatchObject({
      ok: true,
      warnings: [{ path: '/c' }],
    });
    expect(form['~standard'].validate({ a: 'maybe' })).toEqual({ value: { a: 'maybe' } });
    // validateField reports it as an issue; the params tell a renderer to show it as a warning.
    expect(form.validateField('/a', { a: 'maybe' }).map((i) => i.params.tentative)).toEqual([true]);
  });

  it('ok exactly when every issue is tentative', () => {
    const value = fc.constantFrom('fine', 'maybe-x', 'bad-x', '', undefined);
    fc.assert(
      fc.property(value, value, (a, b) => {
        const r = form.validate({ a, b });
        const problems =
          [a, b].filter((v) => v?.startsWith('bad')).length + (a === '' || a === undefined ? 1 : 0);
        expect(r.ok).toBe(problems === 0);
        if (r.ok) expect(r.warnings?.length ?? 0).toBe([a, b].filter((v) => v?.startsWith('maybe')).length);
      }),
    );
  });
});
