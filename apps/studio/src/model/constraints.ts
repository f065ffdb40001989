/**
 * The constraints the field editor offers, as edits of the field's schema: lengths, pattern, bounds, list limits
 * (on the list or on its entries), the options of a choice, and "not in the future" for dates (the forms package's
 * `date` rule, so browser and server agree on what "today" is).
 */
import { copy, type Definition, hintOf, schemaOf, withHint, withSchema } from './definition.js';
import { withoutUnusedTexts } from './texts.js';

/** What kind of field the editor shows controls for. */
export type FieldKind =
  | 'text'
  | 'date'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'list'
  | 'file'
  | 'group'
  | 'other';

/** The kind of a field, from its schema and widget. */
export function kindOf(def: Definition, pointer: string): FieldKind {
  const s = schemaOf(def, pointer);
  const widget = hintOf(def, pointer).widget;
  const rule =
    typeof s['x-rule'] === 'string' ? s['x-rule'] : (s['x-rule'] as { name?: string } | undefined)?.name;
  if (rule === 'file' || widget === 'file') return 'file';
  if (Array.isArray(s.enum)) return 'choice';
  if (s.format === 'date' || rule === 'date' || widget === 'date') return 'date';
  switch (s.type) {
    case 'string':
      return 'text';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return 'group';
    default:
      return 'other';
  }
}

/** Where a constraint lives: on the field, or (`item`) on each entry of a list. */
export type Target = 'field' | 'item';

/** A constraint's value ('' when unset). */
export function constraintOf(
  def: Definition,
  pointer: string,
  key: string,
  target: Target = 'field',
): unknown {
  const s = schemaOf(def, pointer);
  const node = target === 'item' ? ((s.items as Record<string, unknown> | undefined) ?? {}) : s;
  return node[key] ?? '';
}

/** Sets (or with `undefined` removes) a constraint. */
export function withConstraint(
  def: Definition,
  pointer: string,
  key: string,
  value: unknown,
  target: Target = 'field',
): Definition {
  const s = copy(schemaOf(def, pointer));
  if (target === 'item' && (typeof s.items !== 'object' || s.items === null)) s.items = {};
  const n = (target === 'item' ? s.items : s) as Record<string, unknown>;
  if (value === undefined || value === '' || value === false) delete n[key];
  else n[key] = value;
  return withSchema(def, pointer, s);
}

type DateRule = { name: 'date'; options?: Record<string, unknown> };

/** Whether a date field refuses days after today. */
export function notInFuture(def: Definition, pointer: string): boolean {
  const rule = schemaOf(def, pointer)['x-rule'] as DateRule | undefined;
  return typeof rule === 'object' && rule?.name === 'date' && rule.options?.notAfter === 'today';
}

/** Makes a date field refuse days after today, or not. */
export function withNotInFuture(def: Definition, pointer: string, on: boolean): Definition {
  const s = copy(schemaOf(def, pointer));
  const rule = (typeof s['x-rule'] === 'object' ? s['x-rule'] : { name: 'date' }) as DateRule;
  const options = { ...(rule.options ?? {}) };
  if (on) options.notAfter = 'today';
  else delete options.notAfter;
  if (Object.keys(options).length) s['x-rule'] = { name: 'date', options };
  else delete s['x-rule'];
  return withSchema(def, pointer, s);
}

/** The values of a choice field. */
export const optionsOf = (def: Definition, pointer: string): string[] =>
  ((schemaOf(def, pointer).enum as unknown[] | undefined) ?? []).map(String);

/** Adds an option value to a choice field (ignored when empty or present). */
export function withOption(def: Definition, pointer: string, value: string): Definition {
  const values = optionsOf(def, pointer);
  if (value === '' || values.includes(value)) return def;
  const s = copy(schemaOf(def, pointer));
  s.enum = [...values, value];
  if (typeof s.maxLength === 'number' && value.length > s.maxLength) s.maxLength = value.length;
  return withSchema(def, pointer, s);
}

/** Removes an option value (and its texts) from a choice field. */
export function withoutOption(def: Definition, pointer: string, value: string): Definition {
  const s = copy(schemaOf(def, pointer));
  s.enum = optionsOf(def, pointer).filter((v) => v !== value);
  let next = withSchema(def, pointer, s);
  const hint = hintOf(next, pointer);
  if (hint.options) {
    const options = { ...hint.options };
    delete options[value];
    next = withHint(next, pointer, { ...hint, options });
  }
  return withoutUnusedTexts(next);
}
