/**
 * Conditional rules built by pointing: "show (and require) <field> when <field> is <value>". The designer writes
 * the engine's own rule shape — `{ when: { properties: { x: { const: v } }, required: ["x"] }, show, require }` —
 * and reads back the rules of that shape; other rules stay as the JSON has them and are listed as such.
 */
import type { FormRule } from '@gatehouse/forms';
import { copy, type Definition, nameOf, pointerOf } from './definition.js';

/** A rule the designer can say in words. */
export interface SimpleRule {
  /** The field whose value decides. */
  when: string;
  /** The value it must have. */
  is: string | number | boolean;
  /** The field shown. */
  target: string;
  /** Whether it is also required while shown. */
  require: boolean;
}

/** The rule as the designer reads it, or `undefined` for a rule of another shape. */
export function simpleRule(rule: FormRule): SimpleRule | undefined {
  const when = rule.when as
    | { properties?: Record<string, { const?: unknown }>; required?: string[] }
    | undefined;
  const names = Object.keys(when?.properties ?? {});
  if (names.length !== 1 || !rule.show || rule.show.length !== 1 || rule.disable?.length) return undefined;
  const is = when!.properties![names[0]!]?.const;
  if (!['string', 'number', 'boolean'].includes(typeof is)) return undefined;
  const target = rule.show[0]!;
  const require = rule.require?.length === 1 && rule.require[0] === target;
  if (rule.require?.length && !require) return undefined;
  return { when: pointerOf(names[0]!), is: is as SimpleRule['is'], target, require };
}

/** The engine rule for a {@link SimpleRule}. */
export function toRule(simple: SimpleRule): FormRule {
  const name = nameOf(simple.when);
  return {
    when: { properties: { [name]: { const: simple.is } }, required: [name] },
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
