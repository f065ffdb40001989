/**
 * Changing how a field is shown after it was added (text → long text, drop-down → radio buttons, checkbox →
 * Yes/No): the widgets offered are the placeable ones the engine says fit the field's schema (`widgetMisfit` of
 * `@gatehouse/forms`, the check lint makes), so a change can never make lint complain.
 */
import { builtinWidgets, defaultWidget, widgetMisfit } from '@gatehouse/forms';
import { type Definition, hintOf, schemaOf, withHint } from './definition.js';
import { LABELS, NOT_PLACED } from './palette.js';

/** The name of the field's named rule (`x-rule`), if it has one. */
function ruleOf(schema: Record<string, unknown>): string | undefined {
  const rule = schema['x-rule'];
  return typeof rule === 'string' ? rule : (rule as { name?: string } | undefined)?.name;
}

/**
 * Whether `widget` shows the field as what it is: choices only as choices (a text box would let a person type a
 * value the list does not allow), a date only as a date and files only as an upload (the format and the file rule
 * decide what the server accepts), everything else as neither.
 */
function keepsKind(widget: string, schema: Record<string, unknown>): boolean {
  if (Array.isArray(schema.enum)) return builtinWidgets[widget] === 'choice';
  const isDate = schema.format === 'date' || ruleOf(schema) === 'date';
  return (widget === 'date') === isDate && (widget === 'file') === (ruleOf(schema) === 'file');
}

/** The widget the field is shown with now: its hint's, or the one the engine picks from the schema. */
export function widgetOf(def: Definition, pointer: string): string {
  return hintOf(def, pointer).widget ?? defaultWidget(schemaOf(def, pointer));
}

/** The widgets the field can be shown with, in the engine's order (its current one among them). */
export function widgetsFor(def: Definition, pointer: string): string[] {
  const schema = schemaOf(def, pointer);
  const current = widgetOf(def, pointer);
  const fitting = Object.keys(builtinWidgets).filter(
    (w) => !NOT_PLACED.has(w) && widgetMisfit(w, schema) === undefined && keepsKind(w, schema),
  );
  return fitting.includes(current) ? fitting : [current, ...fitting];
}

/** What the designer calls a widget on this field ("Yes/No" for radio buttons on a boolean). */
export function widgetLabel(def: Definition, pointer: string, widget: string): string {
  if (widget === 'radio' && schemaOf(def, pointer).type === 'boolean') return 'Yes/No';
  return LABELS[widget] ?? widget;
}

/** The definition with the field shown by `widget`; unchanged when the widget does not fit. */
export function withWidget(def: Definition, pointer: string, widget: string): Definition {
  if (!widgetsFor(def, pointer).includes(widget)) return def;
  return withHint(def, pointer, { ...hintOf(def, pointer), widget });
}
