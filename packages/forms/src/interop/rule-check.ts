/**
 * Shared by the zod and valibot adapters: run a named rule on a value and say what JSON Schema could not carry.
 */
import type { FormDefinition, JsonSchema, UiDefinition } from '../definition/types.js';
import type { RuleRejection } from '../engine/types.js';
import { builtinMessages, formatMessage } from '../messages/catalog.js';
import { ruleTable } from '../rules/registry.js';

/** Marks a zod check / valibot action as a Gatehouse named rule, so `fromZod`/`fromValibot` emit `x-rule`. */
export const namedRuleMarker = Symbol.for('gatehouse.forms.namedRule');

/** The marker's payload. */
export interface NamedRuleMark {
  name: string;
  options: Record<string, unknown>;
}

/**
 * What a difference changes: `acceptance` — the two sides may accept or refuse different data; `value` — they
 * accept the same data but hand back different values (defaults filled in, unknown keys removed); `display` —
 * validation agrees, but a form cannot show the construct as a fitting widget.
 */
export type LossEffect = 'acceptance' | 'value' | 'display';

/**
 * One difference between the two sides of a conversion: where (JSON Pointer into the data, `*` = every item
 * or every extra key), a stable `kind`, what it changes and, in plain words, what is lost.
 */
export interface LossyItem {
  path: string;
  /** Stable kebab-case: `refinement`, `transform`, `default`, `unknown-keys`, `empty-text`, `format`, … */
  kind: string;
  effect: LossEffect;
  what: string;
}

/** A definition made from a code-first schema, and what got lost on the way. */
export interface Conversion {
  definition: FormDefinition;
  lossy: LossyItem[];
}

/** Options for `fromZod`/`fromValibot`: the parts of a definition a JSON Schema cannot provide. */
export interface FromSchemaOptions {
  id?: string;
  ui?: UiDefinition;
  rules?: FormDefinition['rules'];
  messages?: FormDefinition['messages'];
}

/** A checker for `name` from the registry; throws for an unknown rule (an API edge). */
export function checkerFor(
  name: string,
  options: Record<string, unknown>,
): (value: unknown) => RuleRejection | null {
  const rule = ruleTable()[name];
  if (!rule) throw new Error(`gatehouse-forms: unknown rule "${name}"`);
  const check = rule.create(options);
  return (value) => check(value, { data: value, pointer: '' });
}

/** The English message for a rejection (the code when the catalog has none). */
export function messageOf(rejection: RuleRejection): string {
  return formatMessage(builtinMessages.en?.[rejection.code] ?? rejection.code, rejection.params ?? {});
}

/** Puts `x-rule` into the JSON Schema node at a data path (through properties/items); false if absent. */
export function attachRule(schema: JsonSchema, path: string[], mark: NamedRuleMark): boolean {
  let node: unknown = schema;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return false;
    const n = node as Record<string, unknown>;
    node = seg === '*' ? n.items : (n.properties as Record<string, unknown> | undefined)?.[seg];
  }
  if (node === null || typeof node !== 'object') return false;
  (node as Record<string, unknown>)['x-rule'] =
    Object.keys(mark.options).length > 0 ? { name: mark.name, options: mark.options } : mark.name;
  return true;
}
