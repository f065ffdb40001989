import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileForm } from '@gatehouse/forms/compile';
import { lintDefinition } from '@gatehouse/forms/lint';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.form.json'))
  .map((f) => join(src, f))
  .sort();

/** Every string schema (outside `$defs` references) must carry `maxLength`. */
function stringsWithoutMaxLength(schema: unknown, pointer = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const s = schema as Record<string, unknown>;
  const own = s.type === 'string' && typeof s.maxLength !== 'number' ? [pointer || '/'] : [];
  return [
    ...own,
    ...Object.entries(s).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? stringsWithoutMaxLength(v, `${pointer}/${k}`) : [],
    ),
  ];
}

describe('shipped form definitions', () => {
  it('there is at least one form per flow folder', () => {
    const folders = new Set(files.map((f) => relative(src, f).split(/[\\/]/)[0]));
    for (const flow of [
      'registration',
      'approval',
      'login',
      'mfa-enrollment',
      'profile',
      'password-change',
      'password-reset',
      'support-case',
      'rma',
      'invitation',
      'invitation-accept',
    ]) {
      expect(folders).toContain(flow);
    }
  });

  for (const file of files) {
    const name = relative(src, file);
    describe(name, () => {
      const definition = JSON.parse(readFileSync(file, 'utf8'));

      it('compiles', () => {
        expect(() => compileForm(definition)).not.toThrow();
      });

      it('passes gatehouse-forms lint', () => {
        expect(lintDefinition(definition)).toEqual([]);
      });

      it('has maxLength on every string, en and de messages, and autocomplete on every field', () => {
        expect(stringsWithoutMaxLength(definition.schema)).toEqual([]);
        expect(Object.keys(definition.messages ?? {}).sort()).toEqual(['de', 'en']);
        expect(Object.keys(definition.messages.de).sort()).toEqual(
          Object.keys(definition.messages.en).sort(),
        );
        for (const [pointer, field] of Object.entries<Record<string, unknown>>(definition.ui?.fields ?? {})) {
          const isObjectGroup = pointer === '/deliveryAddress';
          if (!isObjectGroup) expect(field.autocomplete, `${name} ${pointer}`).toEqual(expect.any(String));
        }
      });

      it('every label and help key resolves in both locales', () => {
        for (const field of Object.values<Record<string, unknown>>(definition.ui?.fields ?? {})) {
          for (const key of [field.label, field.help].filter((k): k is string => typeof k === 'string')) {
            expect(definition.messages.en[key], `${name} en ${key}`).toEqual(expect.any(String));
            expect(definition.messages.de[key], `${name} de ${key}`).toEqual(expect.any(String));
          }
        }
      });
    });
  }
});
