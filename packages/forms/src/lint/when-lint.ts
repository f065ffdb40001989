/**
 * Lint of rule conditions: a `when` that can never be true (a value of the wrong type, a value the field does not
 * allow, an empty or impossible range) and one that is always true (`true`, `{}`, or a condition on a field that
 * also holds while that field is empty, because JSON Schema's `properties` only judges fields that are present).
 * A check of the common shapes against the field schemas, not a full satisfiability proof.
 */
import { isSchemaObject } from '../compile/walk.js';
import type { FormDefinition, JsonSchema } from '../definition/types.js';
import { formatPointer } from '../engine/pointer.js';
import type { LintProblem } from './lint.js';
import { fieldSchema } from './ui-lint.js';

type Schema = Record<string, unknown>;

const typesOf = (s: Schema): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];

/** JSON type of a value as JSON Schema names it. */
function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const typeFits = (value: unknown, types: string[]) =>
  types.length === 0 ||
  types.includes(jsonType(value)) ||
  (types.includes('number') && typeof value === 'number');

/** Whether a field with schema `field` can hold `value` (type, enum, const). */
function fieldAllows(field: Schema, value: unknown): boolean {
  if (!typeFits(value, typesOf(field))) return false;
  if (Array.isArray(field.enum) && !field.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    return false;
  if ('const' in field && JSON.stringify(field.const) !== JSON.stringify(value)) return false;
  return true;
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** Why a condition on one field can never hold, or `undefined`. */
function neverReason(cond: Schema, field: Schema, pointer: string): string | undefined {
  const fieldTypes = typesOf(field);
  const condTypes = typesOf(cond);
  if (condTypes.length > 0 && fieldTypes.length > 0) {
    const overlap = condTypes.some(
      (t) =>
        fieldTypes.includes(t) ||
        (t === 'integer' && fieldTypes.includes('number')) ||
        (t === 'number' && fieldTypes.includes('integer')),
    );
    if (!overlap)
      return `${pointer} is ${fieldTypes.join('/')}, the condition asks for ${condTypes.join('/')}`;
  }
  const values = 'const' in cond ? [cond.const] : Array.isArray(cond.enum) ? cond.enum : undefined;
  if (values && !values.some((v) => fieldAllows(field, v)))
    return `${pointer} can never be ${values.map((v) => JSON.stringify(v)).join(' or ')}`;
  const lo = Math.max(
    num(cond.minimum) ?? -Infinity,
    num(cond.exclusiveMinimum) ?? -Infinity,
    num(field.minimum) ?? -Infinity,
  );
  const hi = Math.min(
    num(cond.maximum) ?? Infinity,
    num(cond.exclusiveMaximum) ?? Infinity,
    num(field.maximum) ?? Infinity,
  );
  if (lo > hi || (lo === hi && (cond.exclusiveMinimum === lo || cond.exclusiveMaximum === hi)))
    return `no value of ${pointer} is both ≥ ${lo} and ≤ ${hi}`;
  const minLen = Math.max(num(cond.minLength) ?? 0, num(field.minLength) ?? 0);
  const maxLen = Math.min(num(cond.maxLength) ?? Infinity, num(field.maxLength) ?? Infinity);
  if (minLen > maxLen) return `${pointer} cannot be at least ${minLen} and at most ${maxLen} characters long`;
  return undefined;
}

/** Walks `when.properties` (nested objects too) and reports impossible conditions and missing `required`. */
function checkObject(when: Schema, root: JsonSchema, base: string, at: string, out: LintProblem[]): void {
  if (!isSchemaObject(when.properties)) return;
  const required = Array.isArray(when.required) ? when.required : [];
  for (const [name, cond] of Object.entries(when.properties)) {
    const pointer = `${base}${formatPointer([name])}`;
    const here = `${at}/properties/${formatPointer([name]).slice(1)}`;
    const field = fieldSchema(root, pointer);
    if (cond === false) {
      out.push({ pointer: here, message: `when can never be true: ${pointer} is given the schema false` });
      continue;
    }
    if (!isSchemaObject(cond) || !field) continue;
    const never = neverReason(cond, field, pointer);
    if (never) out.push({ pointer: here, message: `when can never be true: ${never}` });
    else if (!required.includes(name) && Object.keys(cond).length > 0)
      out.push({
        pointer: here,
        message: `when is also true while ${pointer} is empty; add "required": ["${name}"] beside "properties"`,
      });
    checkObject(cond, root, pointer, here, out);
  }
}

/** Every never-true or always-true `when` of the definition's rules. */
export function lintWhen(def: FormDefinition): LintProblem[] {
  const out: LintProblem[] = [];
  const rules = Array.isArray(def.rules) ? def.rules : [];
  rules.forEach((rule, i) => {
    if (!isSchemaObject(rule)) return;
    const at = `/rules/${i}/when`;
    const when = rule.when;
    if (when === true || (isSchemaObject(when) && Object.keys(when).length === 0))
      out.push({ pointer: at, message: 'when is always true: the rule applies whatever is filled in' });
    else if (when === false) out.push({ pointer: at, message: 'when can never be true' });
    else if (isSchemaObject(when)) checkObject(when, def.schema, '', at, out);
  });
  return out;
}
