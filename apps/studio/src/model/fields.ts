/**
 * Field operations of the designer: add (from a palette entry, to a step or into a group), move within and between
 * steps or within a group, duplicate, remove and rename. Each keeps every reference in step with the field:
 * `required`, `ui.steps`/`ui.order`, a group's `order`, `ui.fields` (of the field and, for a group, of its fields),
 * the rules that show, require or read it, and its texts.
 */
import type { FormRule, UiField } from '@gatehouse/forms';
import { parsePointer } from '@gatehouse/forms/pointer';
import {
  childPointer,
  childrenOf,
  containerOf,
  copy,
  type Definition,
  isAtOrUnder,
  nameOf,
  parentOf,
  repointed,
  stepsOf,
  withChildren,
  withHint,
  withSteps,
} from './definition.js';
import type { PaletteEntry } from './palette.js';
import { textBase, withoutUnusedTexts } from './texts.js';

/** Where a top-level field sits: the index of its step and its index within the step. */
export interface Place {
  step: number;
  index: number;
}

/** The place of a top-level field, or `undefined` when no step lists it. */
export function placeOf(def: Definition, pointer: string): Place | undefined {
  const steps = stepsOf(def);
  for (let step = 0; step < steps.length; step++) {
    const index = steps[step]!.fields.indexOf(pointer);
    if (index >= 0) return { step, index };
  }
  return undefined;
}

/** A property name not yet used in the group `parent` (`''`: the top level), from `base` (`text`, `text2`, …). */
export function freeName(def: Definition, base: string, parent = ''): string {
  const taken = new Set(Object.keys(containerOf(def, parent)?.properties ?? {}));
  const clean = base.replace(/[^A-Za-z0-9_]/g, '') || 'field';
  if (!taken.has(clean)) return clean;
  let i = 2;
  while (taken.has(`${clean}${i}`)) i++;
  return `${clean}${i}`;
}

/** Puts a new field made from a palette entry into `parent` (schema and widget); the caller places it. */
function withNewField(
  def: Definition,
  entry: PaletteEntry,
  parent: string,
): { def: Definition; pointer: string } {
  const name = freeName(def, entry.name, parent);
  const pointer = childPointer(parent, name);
  const next = copy(def);
  containerOf(next, parent)!.properties[name] = copy(entry.schema);
  return { def: entry.widget ? withHint(next, pointer, { widget: entry.widget }) : next, pointer };
}

/** Adds a field made from a palette entry at the end of step `step`; returns the definition and its pointer. */
export function addField(
  def: Definition,
  entry: PaletteEntry,
  step: number,
): { def: Definition; pointer: string } {
  const made = withNewField(def, entry, '');
  // The steps as they were before the field: a form without steps lists fields missing from `ui.order` at its
  // end, so reading them after adding it would list the new field twice. (Rename and duplicate do the same.)
  const steps = stepsOf(def).map((s) => ({ ...s, fields: [...s.fields] }));
  steps[Math.min(Math.max(step, 0), steps.length - 1)]!.fields.push(made.pointer);
  return { def: withSteps(made.def, steps), pointer: made.pointer };
}

/** Adds a field made from a palette entry at the end of the group at `group`. */
export function addFieldToGroup(
  def: Definition,
  entry: PaletteEntry,
  group: string,
): { def: Definition; pointer: string } {
  if (!containerOf(def, group)) return { def, pointer: '' };
  const order = childrenOf(def, group);
  const made = withNewField(def, entry, group);
  return { def: withChildren(made.def, group, [...order, made.pointer]), pointer: made.pointer };
}

/** Moves a top-level field to `to` (a step and an index in it, counted after taking the field out). */
export function moveField(def: Definition, pointer: string, to: Place): Definition {
  const from = placeOf(def, pointer);
  if (!from) return def;
  const steps = stepsOf(def).map((s) => ({ ...s, fields: s.fields.filter((p) => p !== pointer) }));
  const target = steps[Math.min(Math.max(to.step, 0), steps.length - 1)]!;
  target.fields.splice(Math.min(Math.max(to.index, 0), target.fields.length), 0, pointer);
  return withSteps(def, steps);
}

/** Moves a field inside its group to `index` (counted after taking it out). */
export function moveInGroup(def: Definition, pointer: string, index: number): Definition {
  const group = parentOf(pointer);
  const order = childrenOf(def, group).filter((p) => p !== pointer);
  if (order.length === childrenOf(def, group).length) return def;
  order.splice(Math.min(Math.max(index, 0), order.length), 0, pointer);
  return withChildren(def, group, order);
}

/**
 * Moves a field one place up or down (`delta` -1 or +1). A top-level field at the edge of its step moves into the
 * neighbouring step (last place of the previous one, first of the next), so the keyboard reaches every place a
 * drag does; a field inside a group stays in its group.
 */
export function nudgeField(def: Definition, pointer: string, delta: -1 | 1): Definition {
  if (parentOf(pointer) !== '') {
    const index = childrenOf(def, parentOf(pointer)).indexOf(pointer) + delta;
    if (index < 0 || index >= childrenOf(def, parentOf(pointer)).length) return def;
    return moveInGroup(def, pointer, index);
  }
  const from = placeOf(def, pointer);
  if (!from) return def;
  const steps = stepsOf(def);
  const size = steps[from.step]!.fields.length;
  const index = from.index + delta;
  if (index >= 0 && index < size) return moveField(def, pointer, { step: from.step, index });
  const step = from.step + delta;
  if (step < 0 || step >= steps.length) return def;
  return moveField(def, pointer, { step, index: delta < 0 ? steps[step]!.fields.length : 0 });
}

type WhenNode = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

const isNode = (v: unknown): v is WhenNode => v !== null && typeof v === 'object' && !Array.isArray(v);
const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;

/** Whether a `when` reads the field at `path` (the names of its pointer) or a field inside it. */
function whenReads(node: unknown, path: string[]): boolean {
  if (!isNode(node) || path.length === 0) return false;
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0 && node.required?.includes(head)) return true;
  if (node.properties && Object.hasOwn(node.properties, head))
    if (rest.length === 0 || whenReads(node.properties[head], rest)) return true;
  if (whenReads(node.not, path)) return true;
  return BRANCHES.some(
    (k) => Array.isArray(node[k]) && (node[k] as unknown[]).some((s) => whenReads(s, path)),
  );
}

/** A copy of a `when` reading the field at `path` under the name `to` instead. */
function whenRenamed(node: unknown, path: string[], to: string): unknown {
  if (!isNode(node)) return node;
  const [head, ...rest] = path as [string, ...string[]];
  const out: WhenNode = { ...node };
  if (node.properties)
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([k, v]) =>
        k !== head ? [k, v] : rest.length ? [k, whenRenamed(v, rest, to)] : [to, v],
      ),
    );
  if (rest.length === 0 && node.required) out.required = node.required.map((n) => (n === head ? to : n));
  if (node.not) out.not = whenRenamed(node.not, path, to);
  for (const k of BRANCHES)
    if (Array.isArray(node[k])) out[k] = (node[k] as unknown[]).map((s) => whenRenamed(s, path, to));
  return out;
}

/**
 * Every rule with the field `from` (and the fields inside it) moved to `to` in its lists and its `when`, or, when
 * `to` is undefined, the field taken out of its lists and the rules that read it dropped.
 */
function rulesWith(
  rules: FormRule[] | undefined,
  from: string,
  to: string | undefined,
): FormRule[] | undefined {
  if (!rules) return rules;
  const path = parsePointer(from);
  const list = (l?: string[]) =>
    to === undefined ? l?.filter((p) => !isAtOrUnder(p, from)) : l?.map((p) => repointed(p, from, to));
  const out: FormRule[] = [];
  for (const rule of rules) {
    const watches = whenReads(rule.when, path);
    if (watches && to === undefined) continue;
    const next: FormRule = { ...rule };
    if (watches) next.when = whenRenamed(rule.when, path, nameOf(to!)) as FormRule['when'];
    for (const k of ['show', 'require', 'disable'] as const) if (rule[k]) next[k] = list(rule[k]);
    if ((next.show?.length ?? 0) + (next.require?.length ?? 0) + (next.disable?.length ?? 0) === 0) continue;
    out.push(next);
  }
  return out;
}

/** The hints with every pointer in `order` lists moved from `from` to `to` (or dropped, with `to` undefined). */
function ordersWith(fields: Record<string, UiField>, from: string, to: string | undefined) {
  for (const [key, hint] of Object.entries(fields)) {
    if (!hint.order) continue;
    const order =
      to === undefined
        ? hint.order.filter((p) => !isAtOrUnder(p, from))
        : hint.order.map((p) => repointed(p, from, to));
    fields[key] = { ...hint, order };
  }
}

/** Removes a field (a group with its fields) with its hints, texts and the rules about it. */
export function removeField(def: Definition, pointer: string): Definition {
  let next = copy(def);
  const container = containerOf(next, parentOf(pointer));
  if (!container) return def;
  const name = nameOf(pointer);
  delete container.properties[name];
  container.required = (container.required ?? []).filter((n) => n !== name);
  next = withSteps(
    next,
    stepsOf(next).map((s) => ({ ...s, fields: s.fields.filter((p) => p !== pointer) })),
  );
  if (next.ui?.fields) {
    for (const key of Object.keys(next.ui.fields)) if (isAtOrUnder(key, pointer)) delete next.ui.fields[key];
    ordersWith(next.ui.fields, pointer, undefined);
  }
  const rules = rulesWith(next.rules, pointer, undefined);
  if (rules?.length) next.rules = rules;
  else delete next.rules;
  return withoutUnusedTexts(next);
}

/** Copies the texts of `hint` from keys starting `<from>.` to keys starting `<to>.`, in every locale. */
function copyTexts(def: Definition, hint: UiField, from: string, to: string): UiField {
  const rekey = (key: string | undefined) => {
    if (key === undefined || !key.startsWith(`${from}.`)) return key;
    const fresh = `${to}.${key.slice(from.length + 1)}`;
    for (const c of Object.values(def.messages ?? {}))
      if (c && typeof c === 'object' && key in c)
        (c as Record<string, unknown>)[fresh] = (c as Record<string, unknown>)[key];
    return fresh;
  };
  const out: UiField = { ...hint };
  for (const part of ['label', 'help', 'placeholder'] as const)
    if (hint[part]) out[part] = rekey(hint[part])!;
  if (hint.options)
    out.options = Object.fromEntries(Object.entries(hint.options).map(([v, k]) => [v, rekey(k)!]));
  return out;
}

/**
 * The hints of the field `from` and the fields inside it, under `to` (texts copied to `to`'s keys). `keep`
 * leaves the originals (a duplicate); otherwise they move (a rename). Mutates `def` (a copy).
 */
function hintsTo(def: Definition, from: string, to: string, keep: boolean): void {
  if (!def.ui?.fields) return;
  const moved: Record<string, UiField> = {};
  for (const [key, hint] of Object.entries(def.ui.fields)) {
    if (!isAtOrUnder(key, from)) continue;
    const fresh = copyTexts(def, hint, textBase(from), textBase(to));
    if (fresh.order) fresh.order = fresh.order.map((p) => repointed(p, from, to));
    moved[repointed(key, from, to)] = fresh;
  }
  def.ui.fields = Object.fromEntries(
    Object.entries(def.ui.fields).flatMap(([key, hint]): [string, UiField][] => {
      if (!isAtOrUnder(key, from)) return [[key, hint]];
      const own = keep ? [[key, hint] as [string, UiField]] : [];
      return key === from ? [...own, ...Object.entries(moved)] : own;
    }),
  );
  // A field without a hint of its own can still have hints inside it (a group's fields).
  for (const [key, hint] of Object.entries(moved)) def.ui.fields[key] ??= hint;
}

/** Puts a copy of the field right after it (name `<name>2`, texts copied); returns its pointer. */
export function duplicateField(def: Definition, pointer: string): { def: Definition; pointer: string } {
  const parent = parentOf(pointer);
  const name = nameOf(pointer);
  const fresh = freeName(def, name, parent);
  const to = childPointer(parent, fresh);
  let next = copy(def);
  const container = containerOf(next, parent);
  if (!container) return { def, pointer };
  container.properties[fresh] = copy(container.properties[name] ?? {});
  if ((container.required ?? []).includes(name)) container.required = [...container.required!, fresh];
  hintsTo(next, pointer, to, true);
  if (parent === '') {
    const from = placeOf(def, pointer);
    const steps = stepsOf(def).map((s) => ({ ...s, fields: [...s.fields] }));
    if (from) steps[from.step]!.fields.splice(from.index + 1, 0, to);
    next = withSteps(next, steps);
  } else {
    const order = childrenOf(def, parent);
    order.splice(order.indexOf(pointer) + 1, 0, to);
    next = withChildren(next, parent, order);
  }
  return { def: next, pointer: to };
}

/** Why `name` cannot be a field's new name, or `undefined` when it can. */
export function badName(def: Definition, pointer: string, name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
    return 'Use letters, digits and _ only, starting with a letter (it is the key in the submitted data).';
  const siblings = containerOf(def, parentOf(pointer))?.properties ?? {};
  if (name !== nameOf(pointer) && Object.hasOwn(siblings, name)) return `There is already a field "${name}".`;
  return undefined;
}

/** Renames a field (its key in the data) everywhere it is referred to; texts move to the new keys. */
export function renameField(def: Definition, pointer: string, name: string): Definition {
  const from = nameOf(pointer);
  if (name === from || badName(def, pointer, name)) return def;
  const to = childPointer(parentOf(pointer), name);
  let next = copy(def);
  const container = containerOf(next, parentOf(pointer));
  if (!container) return def;
  container.properties = Object.fromEntries(
    Object.entries(container.properties).map(([k, v]) => [k === from ? name : k, v]),
  );
  container.required = container.required?.map((n) => (n === from ? name : n));
  // The steps as they were (see addField).
  next = withSteps(
    next,
    stepsOf(def).map((s) => ({ ...s, fields: s.fields.map((p) => repointed(p, pointer, to)) })),
  );
  hintsTo(next, pointer, to, false);
  if (next.ui?.fields) ordersWith(next.ui.fields, pointer, to);
  const rules = rulesWith(next.rules, pointer, to);
  if (rules) next.rules = rules;
  return withoutUnusedTexts(next);
}
