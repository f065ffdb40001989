/**
 * The parts of a form definition the designer edits, read and written through small pure functions: every edit
 * takes a definition and returns a new one (the old one stays untouched, so undo, diff and the JSON pane work on
 * plain values). Only top-level fields are designed; nested ones stay as the JSON has them.
 */
import type { FormDefinition, UiField, UiStep } from '@gatehouse/forms';

/** A definition as the designer holds it: the object parts it edits are present. */
export type Definition = FormDefinition & {
  schema: { type: 'object'; properties: Record<string, Record<string, unknown>>; required?: string[] };
};

/** A JSON Pointer of a top-level field (`/serialNumber`). */
export const pointerOf = (name: string) => `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;

/** The property name of a top-level pointer. */
export const nameOf = (pointer: string) => pointer.slice(1).replaceAll('~1', '/').replaceAll('~0', '~');

/** A deep copy (definitions are plain JSON). */
export const copy = <T>(value: T): T => structuredClone(value);

/** A new form with one empty step and English and German texts. */
export function emptyDefinition(id: string): Definition {
  return {
    id,
    version: 1,
    schema: { type: 'object', properties: {}, required: [], additionalProperties: false },
    ui: { steps: [{ id: 'step-1', title: 'step-1.title', fields: [] }], fields: {} },
    messages: { en: { 'step-1.title': 'Step 1' }, de: { 'step-1.title': 'Schritt 1' } },
  } as Definition;
}

/**
 * Why the designer cannot show this definition (the JSON pane still can), or `undefined` when it can: it must
 * be an object with an `id` and an object `schema` with `properties`.
 */
export function designProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'A form definition is a JSON object ({ "id", "schema", "ui", … }).';
  const def = value as Record<string, unknown>;
  if (typeof def.id !== 'string') return 'The definition has no "id" (a text such as "warranty-claim").';
  const schema = def.schema as Record<string, unknown> | undefined;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
    return 'The definition has no "schema" object.';
  if (
    schema.properties !== undefined &&
    (typeof schema.properties !== 'object' || Array.isArray(schema.properties))
  )
    return '"schema.properties" must be an object of fields.';
  return undefined;
}

/** The steps of the form; a form without `ui.steps` is one unnamed step holding `ui.order` (or every field). */
export function stepsOf(def: Definition): UiStep[] {
  if (Array.isArray(def.ui?.steps)) return def.ui.steps;
  const names = Object.keys(def.schema.properties ?? {});
  const order = Array.isArray(def.ui?.order) ? def.ui.order : names.map(pointerOf);
  const rest = names.map(pointerOf).filter((p) => !order.includes(p));
  return [{ id: '', fields: [...order, ...rest] }];
}

/** Writes the steps back: as `ui.steps` when the form has (or now needs) steps, else as `ui.order`. */
export function withSteps(def: Definition, steps: UiStep[]): Definition {
  const next = copy(def);
  next.ui = { ...(next.ui ?? {}) };
  if (steps.length === 1 && steps[0]!.id === '') {
    next.ui.order = steps[0]!.fields;
    delete next.ui.steps;
  } else {
    next.ui.steps = steps;
    delete next.ui.order;
  }
  return next;
}

/** The UI hints of a field (an empty object when it has none). */
export const hintOf = (def: Definition, pointer: string): UiField => def.ui?.fields?.[pointer] ?? {};

/** The definition with the field's hints replaced (empty hints are removed). */
export function withHint(def: Definition, pointer: string, hint: UiField): Definition {
  const next = copy(def);
  next.ui = { ...(next.ui ?? {}), fields: { ...(next.ui?.fields ?? {}) } };
  const clean = Object.fromEntries(Object.entries(hint).filter(([, v]) => v !== undefined && v !== ''));
  if (Object.keys(clean).length === 0) delete next.ui.fields![pointer];
  else next.ui.fields![pointer] = clean as UiField;
  return next;
}

/** The schema of a top-level field. */
export const schemaOf = (def: Definition, pointer: string): Record<string, unknown> =>
  def.schema.properties[nameOf(pointer)] ?? {};

/** The definition with the field's schema replaced. */
export function withSchema(def: Definition, pointer: string, schema: Record<string, unknown>): Definition {
  const next = copy(def);
  next.schema.properties[nameOf(pointer)] = schema;
  return next;
}

/** Whether the field is always required (in `schema.required`). */
export const isRequired = (def: Definition, pointer: string) =>
  (def.schema.required ?? []).includes(nameOf(pointer));

/** The definition with the field always required, or not. */
export function withRequired(def: Definition, pointer: string, required: boolean): Definition {
  const next = copy(def);
  const name = nameOf(pointer);
  const list = (next.schema.required ?? []).filter((n) => n !== name);
  next.schema.required = required ? [...list, name] : list;
  return next;
}
