/**
 * Field operations of the designer: add (from a palette entry), move within and between steps, duplicate,
 * remove and rename. Each keeps every reference in step with the field: `schema.required`, `ui.steps`/`ui.order`,
 * `ui.fields`, the rules that show or require it, and its texts.
 */
import type { FormRule, UiField } from '@gatehouse/forms';
import {
  copy,
  type Definition,
  hintOf,
  nameOf,
  pointerOf,
  stepsOf,
  withHint,
  withSteps,
} from './definition.js';
import type { PaletteEntry } from './palette.js';
import { withoutUnusedTexts } from './texts.js';

/** Where a field sits: the index of its step and its index within the step. */
export interface Place {
  step: number;
  index: number;
}

/** The place of a field, or `undefined` when no step lists it. */
export function placeOf(def: Definition, pointer: string): Place | undefined {
  const steps = stepsOf(def);
  for (let step = 0; step < steps.length; step++) {
    const index = steps[step]!.fields.indexOf(pointer);
    if (index >= 0) return { step, index };
  }
  return undefined;
}

/** A property name not yet used, from `base` (`text`, `text2`, …). */
export function freeName(def: Definition, base: string): string {
  const taken = new Set(Object.keys(def.schema.properties));
  const clean = base.replace(/[^A-Za-z0-9_]/g, '') || 'field';
  if (!taken.has(clean)) return clean;
  let i = 2;
  while (taken.has(`${clean}${i}`)) i++;
  return `${clean}${i}`;
}

/** Adds a field made from a palette entry at the end of step `step`; returns the definition and its pointer. */
export function addField(
  def: Definition,
  entry: PaletteEntry,
  step: number,
): { def: Definition; pointer: string } {
  const name = freeName(def, entry.name);
  const pointer = pointerOf(name);
  let next = copy(def);
  next.schema.properties[name] = copy(entry.schema);
  const steps = stepsOf(next).map((s) => ({ ...s, fields: [...s.fields] }));
  steps[Math.min(Math.max(step, 0), steps.length - 1)]!.fields.push(pointer);
  next = withSteps(next, steps);
  if (entry.widget) next = withHint(next, pointer, { widget: entry.widget });
  return { def: next, pointer };
}

/** Moves a field to `to` (a step and an index in it, counted after taking the field out). */
export function moveField(def: Definition, pointer: string, to: Place): Definition {
  const from = placeOf(def, pointer);
  if (!from) return def;
  const steps = stepsOf(def).map((s) => ({ ...s, fields: s.fields.filter((p) => p !== pointer) }));
  const target = steps[Math.min(Math.max(to.step, 0), steps.length - 1)]!;
  target.fields.splice(Math.min(Math.max(to.index, 0), target.fields.length), 0, pointer);
  return withSteps(def, steps);
}

/**
 * Moves a field one place up or down (`delta` -1 or +1); at the edge of its step it moves into the neighbouring
 * step (last place of the previous one, first of the next), so the keyboard reaches every place a drag does.
 */
export function nudgeField(def: Definition, pointer: string, delta: -1 | 1): Definition {
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

const renamedIn = (list: string[] | undefined, from: string, to: string) =>
  list?.map((p) => (p === from ? to : p));

/** Every rule with `pointer` replaced (or dropped when `to` is undefined) in its lists and its `when`. */
function rulesWith(
  rules: FormRule[] | undefined,
  from: string,
  to: string | undefined,
): FormRule[] | undefined {
  if (!rules) return rules;
  const list = (l?: string[]) => (to === undefined ? l?.filter((p) => p !== from) : renamedIn(l, from, to));
  const out: FormRule[] = [];
  for (const rule of rules) {
    const when = rule.when as { properties?: Record<string, unknown>; required?: string[] };
    const watches = when && typeof when === 'object' && when.properties && nameOf(from) in when.properties;
    if (watches && to === undefined) continue;
    const next: FormRule = { ...rule };
    if (watches) {
      const props = Object.fromEntries(
        Object.entries(when.properties!).map(([k, v]) => [k === nameOf(from) ? nameOf(to!) : k, v]),
      );
      next.when = {
        ...when,
        properties: props,
        required: when.required?.map((n) => (n === nameOf(from) ? nameOf(to!) : n)),
      };
    }
    for (const k of ['show', 'require', 'disable'] as const) if (rule[k]) next[k] = list(rule[k]);
    if ((next.show?.length ?? 0) + (next.require?.length ?? 0) + (next.disable?.length ?? 0) === 0) continue;
    out.push(next);
  }
  return out;
}

/** Removes a field with its hints, texts and the rules about it. */
export function removeField(def: Definition, pointer: string): Definition {
  const name = nameOf(pointer);
  let next = copy(def);
  delete next.schema.properties[name];
  next.schema.required = (next.schema.required ?? []).filter((n) => n !== name);
  next = withSteps(
    next,
    stepsOf(next).map((s) => ({ ...s, fields: s.fields.filter((p) => p !== pointer) })),
  );
  if (next.ui?.fields) delete next.ui.fields[pointer];
  const rules = rulesWith(next.rules, pointer, undefined);
  if (rules?.length) next.rules = rules;
  else delete next.rules;
  return withoutUnusedTexts(next);
}

/** Copies the texts of `hint` under the keys of `name`, in every locale; returns the copied hint. */
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

/** Puts a copy of the field right after it (name `<name>2`, texts copied); returns its pointer. */
export function duplicateField(def: Definition, pointer: string): { def: Definition; pointer: string } {
  const from = placeOf(def, pointer);
  const name = nameOf(pointer);
  const fresh = freeName(def, name);
  const to = pointerOf(fresh);
  let next = copy(def);
  next.schema.properties[fresh] = copy(def.schema.properties[name] ?? {});
  if ((next.schema.required ?? []).includes(name)) next.schema.required = [...next.schema.required!, fresh];
  const steps = stepsOf(next).map((s) => ({ ...s, fields: [...s.fields] }));
  if (from) steps[from.step]!.fields.splice(from.index + 1, 0, to);
  next = withSteps(next, steps);
  if (def.ui?.fields?.[pointer])
    next = withHint(next, to, copyTexts(next, hintOf(next, pointer), name, fresh));
  return { def: next, pointer: to };
}

/** Why `name` cannot be a field's new name, or `undefined` when it can. */
export function badName(def: Definition, pointer: string, name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
    return 'Use letters, digits and _ only, starting with a letter (it is the key in the submitted data).';
  if (name !== nameOf(pointer) && name in def.schema.properties) return `There is already a field "${name}".`;
  return undefined;
}

/** Renames a field (its key in the data) everywhere it is referred to; texts move to the new keys. */
export function renameField(def: Definition, pointer: string, name: string): Definition {
  const from = nameOf(pointer);
  if (name === from || badName(def, pointer, name)) return def;
  const to = pointerOf(name);
  let next = copy(def);
  next.schema.properties = Object.fromEntries(
    Object.entries(next.schema.properties).map(([k, v]) => [k === from ? name : k, v]),
  );
  next.schema.required = next.schema.required?.map((n) => (n === from ? name : n));
  next = withSteps(
    next,
    stepsOf(next).map((s) => ({ ...s, fields: renamedIn(s.fields, pointer, to)! })),
  );
  if (next.ui?.fields?.[pointer]) {
    const hint = copyTexts(next, next.ui.fields[pointer]!, from, name);
    next.ui.fields = Object.fromEntries(
      Object.entries(next.ui.fields).map(([k, v]) => (k === pointer ? [to, hint] : [k, v])),
    );
  }
  const rules = rulesWith(next.rules, pointer, to);
  if (rules) next.rules = rules;
  return withoutUnusedTexts(next);
}
