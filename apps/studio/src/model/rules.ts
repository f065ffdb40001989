/**
 * Conditional rules built by pointing: "show (and require) <field> when <field> <condition>". The designer writes
 * the engine's own rule shapes and reads back the rules of those shapes; other rules stay as the JSON has them
 * and are listed as such. Every condition but "is empty" also lists the field under `required`, because JSON
 * Schema's `properties` holds for an absent field (an empty answer would otherwise count as "greater than 5").
 *
 * | condition | `when` |
 * |---|---|
 * | is *v* (Yes, No, an option) | `{ properties: { x: { const: v } }, required: [x] }` |
 * | is one of *a*, *b* | `{ properties: { x: { enum: [a, b] } }, required: [x] }` |
 * | is filled | `{ required: [x] }` |
 * | is empty | `{ not: { required: [x] } }` |
 * | greater / less than *n* (a number) | `{ properties: { x: { exclusiveMinimum / exclusiveMaximum: n } }, required: [x] }` |
 * | after / before *d* (a date) | `{ properties: { x: { format: 'date', formatExclusiveMinimum / …Maximum: d } }, required: [x] }` |
 */
import type { FormRule } from '@gatehouse/forms';
import { copy, type Definition, nameOf, pointerOf } from './definition.js';

/** A value a rule compares with. */
export type RuleValue = string | number | boolean;

/** What the deciding field must be for the rule to apply. */
export type Condition =
  | { op: 'is'; value: RuleValue }
  | { op: 'one-of'; values: RuleValue[] }
  | { op: 'filled' }
  | { op: 'empty' }
  | { op: 'greater'; value: number | string }
  | { op: 'less'; value: number | string };

/** A rule the designer can say in words. */
export interface SimpleRule {
  /** The field whose value decides. */
  when: string;
  /** What its value must be. */
  condition: Condition;
  /** The field shown. */
  target: string;
  /** Whether it is also required while shown. */
  require: boolean;
}

type When = { properties?: Record<string, Record<string, unknown>>; required?: string[]; not?: unknown };

const isValue = (v: unknown): v is RuleValue => ['string', 'number', 'boolean'].includes(typeof v);
const keysAre = (o: object, keys: string[]) => Object.keys(o).sort().join() === [...keys].sort().join();

/** The condition of one property's schema (`{ const }`, `{ enum }`, a bound), or `undefined` for another shape. */
function conditionOf(s: Record<string, unknown>): Condition | undefined {
  if (keysAre(s, ['const']) && isValue(s.const)) return { op: 'is', value: s.const };
  if (keysAre(s, ['enum']) && Array.isArray(s.enum) && s.enum.length > 0 && s.enum.every(isValue))
    return { op: 'one-of', values: s.enum };
  if (keysAre(s, ['exclusiveMinimum']) && typeof s.exclusiveMinimum === 'number')
    return { op: 'greater', value: s.exclusiveMinimum };
  if (keysAre(s, ['exclusiveMaximum']) && typeof s.exclusiveMaximum === 'number')
    return { op: 'less', value: s.exclusiveMaximum };
  if (s.format === 'date' && keysAre(s, ['format', 'formatExclusiveMinimum']))
    return typeof s.formatExclusiveMinimum === 'string'
      ? { op: 'greater', value: s.formatExclusiveMinimum }
      : undefined;
  if (s.format === 'date' && keysAre(s, ['format', 'formatExclusiveMaximum']))
    return typeof s.formatExclusiveMaximum === 'string'
      ? { op: 'less', value: s.formatExclusiveMaximum }
      : undefined;
  return undefined;
}

/** The deciding field's name and condition of a `when`, or `undefined` for a `when` of another shape. */
function readWhen(when: When | undefined): { name: string; condition: Condition } | undefined {
  if (!when || typeof when !== 'object') return undefined;
  const not = when.not as When | undefined;
  if (keysAre(when, ['not']) && not && keysAre(not, ['required']) && not.required?.length === 1)
    return { name: not.required[0]!, condition: { op: 'empty' } };
  if (!Array.isArray(when.required) || when.required.length !== 1) return undefined;
  const name = when.required[0]!;
  if (keysAre(when, ['required'])) return { name, condition: { op: 'filled' } };
  if (!keysAre(when, ['properties', 'required']) || !keysAre(when.properties ?? {}, [name])) return undefined;
  const condition = conditionOf(when.properties![name] ?? {});
  return condition && { name, condition };
}

/** The rule as the designer reads it, or `undefined` for a rule of another shape. */
export function simpleRule(rule: FormRule): SimpleRule | undefined {
  if (!rule.show || rule.show.length !== 1 || rule.disable?.length) return undefined;
  const read = readWhen(rule.when as When);
  if (!read) return undefined;
  const target = rule.show[0]!;
  const require = rule.require?.length === 1 && rule.require[0] === target;
  if (rule.require?.length && !require) return undefined;
  return { when: pointerOf(read.name), condition: read.condition, target, require };
}

/** The property schema a bound needs: numbers compare as numbers, dates (text) through the date format. */
function bound(key: 'Minimum' | 'Maximum', value: number | string): Record<string, unknown> {
  return typeof value === 'number'
    ? { [`exclusive${key}`]: value }
    : { format: 'date', [`formatExclusive${key}`]: value };
}

/** The engine's `when` for a condition on the field `name`. */
export function whenOf(name: string, condition: Condition): FormRule['when'] {
  const on = (s: Record<string, unknown>) => ({ properties: { [name]: s }, required: [name] });
  switch (condition.op) {
    case 'is':
      return on({ const: condition.value });
    case 'one-of':
      return on({ enum: condition.values });
    case 'filled':
      return { required: [name] };
    case 'empty':
      return { not: { required: [name] } };
    case 'greater':
      return on(bound('Minimum', condition.value));
    case 'less':
      return on(bound('Maximum', condition.value));
  }
}

/** The engine rule for a {@link SimpleRule}. */
export function toRule(simple: SimpleRule): FormRule {
  return {
    when: whenOf(nameOf(simple.when), simple.condition),
    show: [simple.target],
    ...(simple.require ? { require: [simple.target] } : {}),
  };
}

/**
 * Adds a rule. The field it shows is no longer always required (a hidden field cannot be), so when it was, the
 * rule requires it while shown instead.
 */
export function withRule(def: Definition, simple: SimpleRule): Definition {
  const next = copy(def);
  const target = nameOf(simple.target);
  const wasRequired = (next.schema.required ?? []).includes(target);
  next.schema.required = (next.schema.required ?? []).filter((n) => n !== target);
  next.rules = [...(next.rules ?? []), toRule({ ...simple, require: simple.require || wasRequired })];
  return next;
}

/** Removes the rule at `index`. */
export function withoutRule(def: Definition, index: number): Definition {
  const next = copy(def);
  next.rules = (next.rules ?? []).filter((_, i) => i !== index);
  if (next.rules.length === 0) delete next.rules;
  return next;
}
