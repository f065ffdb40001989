/**
 * Export of a form definition to a zod 4 schema that accepts exactly the data the form accepts, except where
 * the returned `lossy` report says otherwise (conditional rules, cross-field rules, keywords outside the
 * exported set). The form's semantics are kept: `''` in an object property counts as missing, text lengths
 * count code points, formats are ajv-formats' checks, unknown keys are kept unless the schema refuses them.
 */
import * as z from 'zod';
import type { FormDefinition } from '../definition/types.js';
import { codePointLength, formatCheck, isMultipleOf, unknownKeys } from '../interop/export-checks.js';
import { type ExportOptions, planExport, type Shape, type TypedShape } from '../interop/export-shape.js';
import type { LossyItem } from '../interop/rule-check.js';
import { zodRule } from './index.js';

export type { ExportOptions } from '../interop/export-shape.js';

/** A definition as a zod schema, and what the schema does not check like the form. */
export interface ZodExport {
  schema: z.ZodType;
  lossy: LossyItem[];
}

/**
 * A zod schema for `definition`'s data. Under a strict CSP call `z.config({ jitless: true })` first. Named
 * rules run through {@link zodRule} unless `options.namedRules` is `report`.
 */
export function toZod(definition: FormDefinition, options: ExportOptions = {}): ZodExport {
  const { shape, lossy } = planExport(definition, options);
  return { schema: zodOf(shape), lossy };
}

function zodOf(shape: Shape): z.ZodType {
  const alternatives = shape.types?.map(typedZod) ?? [z.unknown()];
  let schema: z.ZodType =
    alternatives.length === 1 ? alternatives[0]! : z.union(alternatives as [z.ZodType, z.ZodType]);
  if (alternatives.length === 0) schema = z.never();
  const values = shape.values;
  if (values)
    schema = schema.refine((v) => values.includes(v as never), { message: 'Not one of the allowed values' });
  if (shape.notEmpty) schema = schema.refine((v) => v !== '', { message: 'Please fill in this field.' });
  for (const rule of shape.rules)
    schema = schema.check(zodRule(rule.name, rule.options) as z.core.$ZodCheck<unknown>);
  return schema;
}

function typedZod(t: TypedShape): z.ZodType {
  switch (t.type) {
    case 'string':
      return stringZod(t);
    case 'number':
    case 'integer':
      return numberZod(t);
    case 'boolean':
      return z.boolean();
    case 'null':
      return z.null();
    case 'array': {
      let list = z.array(t.items ? zodOf(t.items) : z.unknown());
      if (t.minItems !== undefined) list = list.min(t.minItems);
      if (t.maxItems !== undefined) list = list.max(t.maxItems);
      return list;
    }
    case 'object': {
      const entries: Record<string, z.ZodType> = {};
      // An optional property may be '' (a field left empty), whatever its schema says.
      for (const p of t.properties)
        entries[p.name] = p.required ? zodOf(p.shape) : z.union([z.literal(''), zodOf(p.shape)]).optional();
      if (t.additional === 'allow') return z.looseObject(entries);
      // The form drops '' properties before it checks: an unknown key holding '' is no unknown key to it.
      if (t.additional !== 'refuse')
        return z.object(entries).catchall(z.union([z.literal(''), zodOf(t.additional)]));
      const known = new Set(Object.keys(entries));
      // `when`: report unknown keys also beside other problems, as the form does.
      const refuseUnknown = z.superRefine(
        (value: unknown, ctx) => {
          for (const key of unknownKeys(value, known))
            ctx.addIssue({
              code: 'custom',
              input: value,
              path: [key],
              message: `${key} is not expected here`,
            });
        },
        { when: () => true },
      );
      return z.looseObject(entries).check(refuseUnknown as z.core.$ZodCheck<unknown>);
    }
  }
}

function stringZod(t: Extract<TypedShape, { type: 'string' }>): z.ZodType {
  let s: z.ZodType<string> = z.string();
  const { minLength, maxLength, pattern, format } = t;
  if (minLength !== undefined)
    s = s.refine((v) => codePointLength(v) >= minLength, { message: `At least ${minLength} characters` });
  if (maxLength !== undefined)
    s = s.refine((v) => codePointLength(v) <= maxLength, { message: `At most ${maxLength} characters` });
  if (pattern !== undefined) {
    const re = new RegExp(pattern, 'u');
    s = s.refine((v) => re.test(v), { message: `Does not match ${pattern}` });
  }
  const check = format === undefined ? undefined : formatCheck(format);
  if (check) s = s.refine(check, { message: `Not a valid ${format}` });
  return s;
}

function numberZod(t: Extract<TypedShape, { type: 'number' | 'integer' }>): z.ZodType {
  let n = z.number();
  if (t.type === 'integer') n = n.refine(Number.isInteger, { message: 'Not a whole number' });
  if (t.minimum !== undefined) n = n.gte(t.minimum);
  if (t.maximum !== undefined) n = n.lte(t.maximum);
  if (t.exclusiveMinimum !== undefined) n = n.gt(t.exclusiveMinimum);
  if (t.exclusiveMaximum !== undefined) n = n.lt(t.exclusiveMaximum);
  const m = t.multipleOf;
  if (m !== undefined) n = n.refine((v) => isMultipleOf(v, m), { message: `Not a multiple of ${m}` });
  return n;
}
