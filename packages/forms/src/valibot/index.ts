/**
 * `@gatehouse/forms/valibot`: the named rules as valibot actions (same codes as forms), and `fromValibot` to
 * turn a valibot object schema into a definition with a lossiness report. valibot and
 * `@valibot/to-json-schema` are optional peer dependencies.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { formatPointer } from '../engine/pointer.js';
import {
  attachRule,
  type Conversion,
  checkerFor,
  type FromSchemaOptions,
  type LossyItem,
  messageOf,
  type NamedRuleMark,
  namedRuleMarker,
  toDefinition,
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
const lossyActions = new Set([
  'check',
  'raw_check',
  'custom',
  'transform',
  'raw_transform',
  'check_items',
  'partial_check',
  'forward',
]);

/**
 * Converts a valibot object schema to a definition via `@valibot/to-json-schema` (with `errorMode: 'ignore'`,
 * since it throws on `check`); every action it cannot express is listed in `lossy` (actions made by
 * {@link valibotRule} become `x-rule` instead).
 */
export function fromValibot(schema: v.GenericSchema, options: FromSchemaOptions = {}): Conversion {
  const json = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<string, unknown>;
  const lossy: LossyItem[] = [];
  const visit = (node: Node, path: string[]) => {
    for (const action of (node.pipe as Node[] | undefined) ?? []) {
      if (action === node) continue;
      if (action.kind === 'schema') {
        visit(action, path);
        continue;
      }
      const mark = (action as unknown as Record<symbol, NamedRuleMark | undefined>)[namedRuleMarker];
      if (mark && attachRule(json, path, mark)) continue;
      if (lossyActions.has(String(action.type)))
        lossy.push({ path: formatPointer(path), what: `${action.type} action` });
    }
    if (node.type === 'object' || node.type === 'strict_object' || node.type === 'loose_object') {
      for (const [k, sub] of Object.entries(node.entries as Record<string, Node>)) visit(sub, [...path, k]);
    } else if (node.type === 'array') {
      visit(node.item as Node, [...path, '*']);
    } else if (
      ['optional', 'nullable', 'nullish', 'exact_optional', 'undefinedable'].includes(String(node.type))
    ) {
      visit(node.wrapped as Node, path);
    }
  };
  visit(schema as unknown as Node, []);
  return { definition: toDefinition(json, options), lossy };
}
