/**
 * `@gatehouse/forms/valibot`: the named rules as valibot actions (same codes as forms), and `fromValibot` to
 * turn a valibot object schema into a definition with a lossiness report. valibot and
 * `@valibot/to-json-schema` are optional peer dependencies.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { formatPointer } from '../engine/pointer.js';
import { finishConversion } from '../interop/finish-conversion.js';
import {
  attachRule,
  type Conversion,
  checkerFor,
  type FromSchemaOptions,
  type LossyItem,
  messageOf,
  type NamedRuleMark,
  namedRuleMarker,
} from '../interop/rule-check.js';

export type { Conversion, FromSchemaOptions, LossyItem } from '../interop/rule-check.js';

/**
 * A valibot action running the named rule `name`: `v.pipe(v.string(), v.maxLength(254), valibotRule('business-email'))`.
 * A rejection becomes an issue whose `expected` is the Gatehouse code (`free-provider`, …).
 */
export function valibotRule(name: string, options: Record<string, unknown> = {}) {
  const check = checkerFor(name, options);
  const action = v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const rejection = check(dataset.value);
    if (rejection) addIssue({ message: messageOf(rejection), expected: rejection.code });
  });
  (action as unknown as Record<symbol, NamedRuleMark>)[namedRuleMarker] = { name, options };
  return action;
}

type Node = { kind?: string; type?: string; [key: string]: unknown };
const lossyActions: Record<string, string> = {
  check: 'check action',
  raw_check: 'raw_check action',
  custom: 'custom schema',
  transform: 'transform action: the form checks the input, never the transformed value',
  raw_transform: 'raw_transform action: the form checks the input, never the transformed value',
  check_items: 'check_items action',
  partial_check: 'partial_check action',
  forward: 'forward action',
};
const wrappers = ['optional', 'nullable', 'nullish', 'exact_optional', 'undefinedable', 'non_optional'];
/** valibot schemas JSON Schema has no form for: the converter leaves `{}`, so the form accepts anything. */
const unrepresentable = new Set([
  'date',
  'bigint',
  'symbol',
  'undefined',
  'void',
  'map',
  'set',
  'function',
  'nan',
  'promise',
  'blob',
  'file',
  'instance',
]);

/**
 * Converts a valibot object schema to a definition via `@valibot/to-json-schema` (with `errorMode: 'ignore'`,
 * since it throws on `check`): `v.optional()` fields (with or without a default) are not required,
 * `v.object()` (which strips unknown keys) and `v.looseObject()` accept extra properties, `v.strictObject()`
 * refuses them. `lossy` lists every difference left, each with its pointer (actions made by
 * {@link valibotRule} become `x-rule` instead, so they are not lost).
 */
export function fromValibot(schema: v.GenericSchema, options: FromSchemaOptions = {}): Conversion {
  const json = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<string, unknown>;
  const lossy: LossyItem[] = [];
  visitValibot(schema as unknown as Node, [], json, lossy);
  return finishConversion(json, lossy, 'valibot', options);
}

function visitValibot(node: Node, path: string[], json: Record<string, unknown>, lossy: LossyItem[]): void {
  const at = formatPointer(path);
  const add = (kind: string, effect: LossyItem['effect'], what: string) =>
    lossy.push({ path: at, kind, effect, what });
  for (const action of (node.pipe as Node[] | undefined) ?? []) {
    if (action === node) continue;
    if (action.kind === 'schema') {
      visitValibot(action, path, json, lossy);
      continue;
    }
    const mark = (action as unknown as Record<symbol, NamedRuleMark | undefined>)[namedRuleMarker];
    if (mark && attachRule(json, path, mark)) continue;
    const lost = lossyActions[String(action.type)];
    if (lost) add(String(action.type).includes('transform') ? 'transform' : 'refinement', 'acceptance', lost);
  }
  const type = String(node.type);
  if (unrepresentable.has(type))
    add('no-json-form', 'acceptance', `v.${type}() has no JSON form: the form accepts any value`);
  if (node.fallback !== undefined)
    add('catch', 'acceptance', 'valibot replaces an invalid value (v.fallback); the form refuses it');
  if (type === 'object')
    add(
      'unknown-keys',
      'value',
      'v.object() removes unknown keys from its output; the form accepts them and keeps them in its value',
    );
  if (['object', 'strict_object', 'loose_object', 'object_with_rest'].includes(type)) {
    for (const [k, sub] of Object.entries(node.entries as Record<string, Node>))
      visitValibot(sub, [...path, k], json, lossy);
    if (node.rest) visitValibot(node.rest as Node, [...path, '*'], json, lossy);
  } else if (type === 'array') {
    visitValibot(node.item as Node, [...path, '*'], json, lossy);
  } else if (wrappers.includes(type)) {
    if (node.default !== undefined)
      add(
        'default',
        'value',
        `valibot fills in ${typeof node.default === 'function' ? 'a computed value' : JSON.stringify(node.default)} when it is missing; the form only pre-fills the input`,
      );
    visitValibot(node.wrapped as Node, path, json, lossy);
  }
}

export { type ExportOptions, toValibot, type ValibotExport } from './to-valibot.js';
