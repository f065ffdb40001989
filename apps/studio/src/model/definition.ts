/**
 * The parts of a form definition the designer edits, read and written through small pure functions: every edit
 * takes a definition and returns a new one (the old one stays untouched, so undo, diff and the JSON pane work on
 * plain values). Fields are addressed by JSON Pointer into the data: `/serial` at the top, `/address/street` inside
 * the group `/address` (its schema is `schema.properties.address.properties.street`).
 */
import type { FormDefinition, UiField, UiStep } from '@gatehouse/forms';
import { formatPointer, parentPointer, parsePointer } from '@gatehouse/forms/pointer';

/** A definition as the designer holds it: the object parts it edits are present. */
export type Definition = FormDefinition & {
  schema: { type: 'object'; properties: Record<string, Record<string, unknown>>; required?: string[] };
};

/** A JSON Pointer of a top-level field (`/serialNumber`). */
export const pointerOf = (name: string) => formatPointer([name]);

/** The pointer of the field `name` inside the group at `parent` (`''` for the top level). */
export const childPointer = (parent: string, name: string) => `${parent}${formatPointer([name])}`;

/** The property name of a field: the last segment of its pointer (its key in the data). */
export const nameOf = (pointer: string) => parsePointer(pointer).at(-1) ?? '';

/** The pointer of the group a field is in (`''` for a top-level field). */
export const parentOf = (pointer: string): string => parentPointer(pointer);

/** Whether `path` is `pointer` or a field inside it. */
export const isAtOrUnder = (path: string, pointer: string) =>
  path === pointer || path.startsWith(`${pointer}/`);

/** `path` with its leading `from` replaced by `to` (unchanged when it is not at or under `from`). */
export const repointed = (path: string, from: string, to: string) =>
  isAtOrUnder(path, from) ? `${to}${path.slice(from.length)}` : path;

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

/** The file name every Gatehouse definition's `$schema` ends with (the format the studio reads and writes). */
const FORMAT_FILE = 'form-definition.schema.json';

/**
 * Why the designer cannot show this definition (the JSON pane still can), or `undefined` when it can: it must
 * be an object with an `id` and an object `schema` with `properties`; a `$schema` must name the Gatehouse form
 * definition format, and a `version` must be a whole number from 1 up. Each sentence names the JSON Pointer of
 * the part at fault.
 */
export function designProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'A form definition is a JSON object ({ "id", "schema", "ui", … }); this is not one.';
  const def = value as Record<string, unknown>;
  const format = def.$schema;
  if (format !== undefined && (typeof format !== 'string' || !format.endsWith(FORMAT_FILE)))
    return `/$schema names ${JSON.stringify(format)}, not the Gatehouse form definition format (${FORMAT_FILE}): another kind of JSON, or a format version this studio does not know.`;
  if (def.version !== undefined && !(Number.isInteger(def.version) && (def.version as number) >= 1))
    return `/version is ${JSON.stringify(def.version)}; a form's version is a whole number from 1 up.`;
  if (typeof def.id !== 'string') return 'The definition has no "id" (/id, a text such as "warranty-claim").';
  const schema = def.schema as Record<string, unknown> | undefined;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
    return 'The definition has no "schema" object (/schema).';
  if (
    schema.properties !== undefined &&
    (typeof schema.properties !== 'object' || Array.isArray(schema.properties))
  )
    return '/schema/properties must be an object of fields.';
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

/** An object schema that holds fields: the form's own schema, or a group's. */
export type Container = { properties: Record<string, Record<string, unknown>>; required?: string[] };

/** The object schema at `pointer` (`''`: the form's schema), or `undefined` when it is not one. */
export function containerOf(def: Definition, pointer: string): Container | undefined {
  let node: unknown = def.schema;
  for (const name of parsePointer(pointer)) {
    const props = (node as { properties?: Record<string, unknown> } | undefined)?.properties;
    node = props && Object.hasOwn(props, name) ? props[name] : undefined;
  }
  const props = (node as { properties?: unknown } | undefined)?.properties;
  return props !== null && typeof props === 'object' && !Array.isArray(props)
    ? (node as Container)
    : undefined;
}

/** Whether the pointer names a field of the schema (at any depth). */
export const fieldExists = (def: Definition, pointer: string) =>
  pointer !== '' && Object.hasOwn(containerOf(def, parentOf(pointer))?.properties ?? {}, nameOf(pointer));

/** The schema of a field (an empty object when there is none). */
export const schemaOf = (def: Definition, pointer: string): Record<string, unknown> =>
  (fieldExists(def, pointer) && containerOf(def, parentOf(pointer))!.properties[nameOf(pointer)]) || {};

/** The definition with the field's schema replaced. */
export function withSchema(def: Definition, pointer: string, schema: Record<string, unknown>): Definition {
  const next = copy(def);
  const container = containerOf(next as Definition, parentOf(pointer));
  if (container) container.properties[nameOf(pointer)] = schema;
  return next;
}

/** Whether the field is always required (in its group's, or the form's, `required`). */
export const isRequired = (def: Definition, pointer: string) =>
  (containerOf(def, parentOf(pointer))?.required ?? []).includes(nameOf(pointer));

/** The definition with the field always required, or not. */
export function withRequired(def: Definition, pointer: string, required: boolean): Definition {
  const next = copy(def);
  const container = containerOf(next, parentOf(pointer));
  if (!container) return next;
  const name = nameOf(pointer);
  const list = (container.required ?? []).filter((n) => n !== name);
  container.required = required ? [...list, name] : list;
  return next;
}

/** Whether the field is a group (an object with fields of its own). */
export const isGroup = (def: Definition, pointer: string) =>
  schemaOf(def, pointer).type === 'object' && containerOf(def, pointer) !== undefined;

/** The fields of a group in the order it shows them: its `ui.fields[group].order`, then the rest. */
export function childrenOf(def: Definition, group: string): string[] {
  const names = Object.keys(containerOf(def, group)?.properties ?? {});
  const all = names.map((n) => childPointer(group, n));
  const order = hintOf(def, group).order;
  const listed = Array.isArray(order) ? order.filter((p) => all.includes(p)) : [];
  return [...listed, ...all.filter((p) => !listed.includes(p))];
}

/** The definition with a group's fields shown in `order` (written as `ui.fields[group].order`). */
export const withChildren = (def: Definition, group: string, order: string[]): Definition =>
  withHint(def, group, { ...hintOf(def, group), order: order.length ? order : undefined });
