/**
 * Export of a form definition to a valibot schema that accepts exactly the data the form accepts, except where
 * the returned `lossy` report says otherwise (conditional rules, cross-field rules, keywords outside the
 * exported set). Same semantics as `toZod`: `''` in an object property counts as missing, text lengths count
 * code points, formats are ajv-formats' checks, unknown keys are kept unless the schema refuses them.
 */
import * as v from 'valibot';
import type { FormDefinition } from '../definition/types.js';
import { codePointLength, formatCheck, isMultipleOf, unknownKeys } from '../interop/export-checks.js';
import { type ExportOptions, planExport, type Shape, type TypedShape } from '../interop/export-shape.js';
import type { LossyItem } from '../interop/rule-check.js';
import { valibotRule } from './index.js';

export type { ExportOptions } from '../interop/export-shape.js';

type Schema = v.GenericSchema;
type Action = v.PipeItem<unknown, unknown, v.BaseIssue<unknown>>;

/** A definition as a valibot schema, and what the schema does not check like the form. */
export interface ValibotExport {
  schema: Schema;
  lossy: LossyItem[];
}

/**
 * A valibot schema for `definition`'s data. Named rules run through {@link valibotRule} unless
 * `options.namedRules` is `report`.
 */
export function toValibot(definition: FormDefinition, options: ExportOptions = {}): ValibotExport {
  const { shape, lossy } = planExport(definition, options);
  return { schema: valibotOf(shape), lossy };
}

const piped = (schema: Schema, actions: Action[]): Schema =>
  actions.length === 0 ? schema : (v.pipe(schema, ...(actions as [Action])) as unknown as Schema);

function valibotOf(shape: Shape): Schema {
  const alternatives = shape.types?.map(typedValibot) ?? [v.unknown()];
  const base =
    alternatives.length === 0
      ? v.never()
      : alternatives.length === 1
        ? alternatives[0]!
        : v.union(alternatives);
  const actions: Action[] = [];
  const values = shape.values;
  if (values) actions.push(v.check((x) => values.includes(x as never), 'Not one of the allowed values'));
  if (shape.notEmpty) actions.push(v.check((x) => x !== '', 'Please fill in this field.'));
  for (const rule of shape.rules) actions.push(valibotRule(rule.name, rule.options) as unknown as Action);
  return piped(base, actions);
}

function typedValibot(t: TypedShape): Schema {
  switch (t.type) {
    case 'string':
      return stringValibot(t);
    case 'number':
    case 'integer':
      return numberValibot(t);
    case 'boolean':
      return v.boolean();
    case 'null':
      return v.null();
    case 'array': {
      const actions: Action[] = [];
      if (t.minItems !== undefined) actions.push(v.minLength(t.minItems) as unknown as Action);
      if (t.maxItems !== undefined) actions.push(v.maxLength(t.maxItems) as unknown as Action);
      return piped(v.array(t.items ? valibotOf(t.items) : v.unknown()), actions);
    }
    case 'object': {
      const entries: Record<string, Schema> = {};
      // An optional property may be '' (a field left empty), whatever its schema says.
      for (const p of t.properties)
        entries[p.name] = p.required
          ? valibotOf(p.shape)
          : v.optional(v.union([v.literal(''), valibotOf(p.shape)]));
      // valibot's object schemas take an array for an object (and output {}); JSON Schema's "object" does not.
      const plain = v.custom(
        (o) => o !== null && typeof o === 'object' && !Array.isArray(o),
        'An object is expected here',
      );
      const object = (schema: Schema) => v.pipe(plain, schema) as unknown as Schema;
      if (t.additional === 'allow') return object(v.looseObject(entries));
      // The form drops '' properties before it checks: an unknown key holding '' is no unknown key to it.
      if (t.additional !== 'refuse')
        return object(v.objectWithRest(entries, v.union([v.literal(''), valibotOf(t.additional)])));
      const known = new Set(Object.keys(entries));
      return piped(object(v.looseObject(entries)), [
        v.check(
          (o: unknown) => unknownKeys(o, known).length === 0,
          'Unknown properties are not expected here',
        ) as Action,
      ]);
    }
  }
}

function stringValibot(t: Extract<TypedShape, { type: 'string' }>): Schema {
  const actions: Action[] = [];
  const { minLength, maxLength, pattern, format } = t;
  const check = (ok: (s: string) => boolean, message: string) =>
    actions.push(v.check((x: unknown) => ok(x as string), message) as Action);
  if (minLength !== undefined)
    check((s) => codePointLength(s) >= minLength, `At least ${minLength} characters`);
  if (maxLength !== undefined)
    check((s) => codePointLength(s) <= maxLength, `At most ${maxLength} characters`);
  if (pattern !== undefined) {
    const re = new RegExp(pattern, 'u');
    check((s) => re.test(s), `Does not match ${pattern}`);
  }
  const test = format === undefined ? undefined : formatCheck(format);
  if (test) check(test, `Not a valid ${format}`);
  return piped(v.string(), actions);
}

function numberValibot(t: Extract<TypedShape, { type: 'number' | 'integer' }>): Schema {
  const actions: Action[] = [];
  const check = (ok: (n: number) => boolean, message: string) =>
    actions.push(v.check((x: unknown) => ok(x as number), message) as Action);
  const { minimum, maximum, exclusiveMinimum: gt, exclusiveMaximum: lt, multipleOf: m } = t;
  if (t.type === 'integer') check(Number.isInteger, 'Not a whole number');
  if (minimum !== undefined) check((n) => n >= minimum, `At least ${minimum}`);
  if (maximum !== undefined) check((n) => n <= maximum, `At most ${maximum}`);
  if (gt !== undefined) check((n) => n > gt, `More than ${gt}`);
  if (lt !== undefined) check((n) => n < lt, `Less than ${lt}`);
  if (m !== undefined) check((n) => isMultipleOf(n, m), `Not a multiple of ${m}`);
  return piped(v.number(), actions);
}
