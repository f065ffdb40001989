/**
 * Lint of the `ui` part: widget names (with a "did you mean"), UI properties, widgets that do not fit the field's
 * type, option labels for values the schema does not allow, and labels that look like message keys but are in no
 * catalog (people would see the raw key). Each finding names its JSON Pointer into the definition.
 */
import { deref, isSchemaObject } from '../compile/walk.js';
import type { FormDefinition, JsonSchema } from '../definition/types.js';
import { builtinWidgets, widgetMisfit } from '../definition/widgets.js';
import { formatPointer, parsePointer } from '../engine/pointer.js';
import type { LintProblem } from './lint.js';

const uiFieldKeys = ['label', 'help', 'placeholder', 'widget', 'autocomplete', 'options', 'order'];
const uiKeys = ['order', 'steps', 'fields'];
const stepKeys = ['id', 'title', 'fields'];

/** A text that reads like a message key (`ev.company`, `supportCase.step.details`), not like words. */
const messageKeyShape = /^[a-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)+$/;

/** Edit distance counting a swap of two neighbours as one edit (`hepl` → `help`), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** ` (did you mean "select"?)` when a known name is close, else `''`. */
export function didYouMean(name: string, known: readonly string[]): string {
  const best = known
    .map((k) => ({ k, d: editDistance(name.toLowerCase(), k.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(1, Math.floor(name.length / 3)) ? ` (did you mean "${best.k}"?)` : '';
}

/** The schema of the field at a data pointer (through properties and local refs), if there is one. */
export function fieldSchema(root: JsonSchema, pointer: string): Record<string, unknown> | undefined {
  if (!isSchemaObject(root)) return undefined;
  let node = deref(root, { schema: root, at: '' });
  for (const seg of parsePointer(pointer)) {
    const props = node.schema.properties;
    if (!isSchemaObject(props) || !isSchemaObject(props[seg])) return undefined;
    node = deref(root, { schema: props[seg] as Record<string, unknown>, at: '' });
  }
  return node.schema;
}

const typesOf = (s: Record<string, unknown>): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];

/** Options of `lintUi`. */
export interface UiLintOptions {
  /** Widget names a host renders itself, accepted besides the built-in ones. */
  widgets?: readonly string[];
}

/** Every problem of the definition's `ui` part. */
export function lintUi(def: FormDefinition, options: UiLintOptions = {}): LintProblem[] {
  const problems: LintProblem[] = [];
  const ui = isSchemaObject(def.ui) ? def.ui : undefined;
  if (!ui) return problems;
  const known = [...Object.keys(builtinWidgets), ...(options.widgets ?? [])];
  for (const key of Object.keys(ui))
    if (!uiKeys.includes(key))
      problems.push({
        pointer: `/ui/${formatPointer([key]).slice(1)}`,
        message: `unknown ui property "${key}"${didYouMean(key, uiKeys)} (known: ${uiKeys.join(', ')})`,
      });
  const keys = catalogKeys(def);
  const checkText = (text: unknown, at: string) => {
    if (typeof text === 'string' && messageKeyShape.test(text) && !keys.has(text))
      problems.push({
        pointer: at,
        message: `"${text}" looks like a message key but no locale of "messages" has it (people would see the key)`,
      });
  };
  (Array.isArray(ui.steps) ? ui.steps : []).forEach((step, i) => {
    if (!isSchemaObject(step)) return;
    for (const key of Object.keys(step))
      if (!stepKeys.includes(key))
        problems.push({
          pointer: `/ui/steps/${i}/${formatPointer([key]).slice(1)}`,
          message: `unknown step property "${key}"${didYouMean(key, stepKeys)} (known: ${stepKeys.join(', ')})`,
        });
    checkText(step.title, `/ui/steps/${i}/title`);
  });
  const fields = isSchemaObject(ui.fields) ? ui.fields : {};
  for (const [pointer, hint] of Object.entries(fields)) {
    if (!isSchemaObject(hint)) continue;
    const at = `/ui/fields/${formatPointer([pointer]).slice(1)}`;
    for (const key of Object.keys(hint))
      if (!uiFieldKeys.includes(key))
        problems.push({
          pointer: `${at}/${formatPointer([key]).slice(1)}`,
          message: `unknown ui property "${key}"${didYouMean(key, uiFieldKeys)} (known: ${uiFieldKeys.join(', ')})`,
        });
    for (const key of ['label', 'help', 'placeholder']) checkText(hint[key], `${at}/${key}`);
    const schema = fieldSchema(def.schema, pointer);
    const widget = hint.widget;
    if (typeof widget === 'string' && schema)
      problems.push(...widgetProblems(widget, schema, `${at}/widget`, known));
    if (isSchemaObject(hint.options)) {
      const allowed = allowedValues(schema, widget);
      for (const [value, label] of Object.entries(hint.options)) {
        const here = `${at}/options/${formatPointer([value]).slice(1)}`;
        if (allowed && !allowed.includes(value))
          problems.push({
            pointer: here,
            message: `option label for "${value}", which is not an allowed value (allowed: ${allowed.join(', ')})`,
          });
        checkText(label, here);
      }
    }
  }
  return problems;
}

function widgetProblems(
  widget: string,
  schema: Record<string, unknown>,
  at: string,
  known: readonly string[],
): LintProblem[] {
  if (!known.includes(widget))
    return [
      {
        pointer: at,
        message: `unknown widget "${widget}"${didYouMean(widget, known)} (known: ${Object.keys(builtinWidgets).join(', ')})`,
      },
    ];
  const misfit = widgetMisfit(widget, schema);
  return misfit ? [{ pointer: at, message: misfit }] : [];
}

function allowedValues(schema: Record<string, unknown> | undefined, widget: unknown): string[] | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  if (isSchemaObject(schema.items) && Array.isArray(schema.items.enum)) return schema.items.enum.map(String);
  if (typesOf(schema).includes('boolean') && widget === 'radio') return ['true', 'false'];
  return undefined;
}

function catalogKeys(def: FormDefinition): Set<string> {
  const keys = new Set<string>();
  const messages = isSchemaObject(def.messages) ? def.messages : {};
  for (const catalog of Object.values(messages))
    if (isSchemaObject(catalog)) for (const k of Object.keys(catalog)) keys.add(k);
  return keys;
}
