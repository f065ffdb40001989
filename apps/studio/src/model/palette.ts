/**
 * The palette: one entry per widget the engine has (`builtinWidgets` of `@gatehouse/forms`, so a widget added
 * there shows up here), each with a starting schema made from the JSON types the widget fits, plus the named-rule
 * variants a product team asks for by name (business e-mail, phone, yes/no). The starting constraints keep lint
 * quiet (every string has a `maxLength`).
 */
import { builtinWidgets, type WidgetFit } from '@gatehouse/forms';

/** One button of the palette. */
export interface PaletteEntry {
  /** Stable id (the widget name, or `<widget>:<variant>`). */
  id: string;
  /** What the button says. */
  label: string;
  /** The base of the new field's name (`text`, `email`, …). */
  name: string;
  /** The `ui.fields` widget to set (none when the schema alone picks it). */
  widget?: string;
  /** The new field's schema. */
  schema: Record<string, unknown>;
}

/** Widgets a product team does not place by hand (flows own credential inputs; hidden has nothing to see). */
export const NOT_PLACED: ReadonlySet<string> = new Set([
  'password-new',
  'password-current',
  'one-time-code',
  'hidden',
]);

/** The schema a widget starts with when nothing more specific is known: from the types it fits. */
function fromFit(fit: WidgetFit): Record<string, unknown> {
  if (fit === 'choice') return { type: 'string', enum: ['option-1', 'option-2'], maxLength: 50 };
  if (fit === 'any' || fit.includes('string')) return { type: 'string', maxLength: 200 };
  if (fit.includes('number')) return { type: 'number' };
  if (fit.includes('integer')) return { type: 'integer' };
  if (fit.includes('boolean')) return { type: 'boolean' };
  if (fit.includes('array'))
    return { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 20 };
  if (fit.includes('object')) return { type: 'object', properties: {}, additionalProperties: false };
  return {};
}

/** Starting schemas that say more than the type (a date's format, a text area's length, a file's limits). */
const STARTERS: Record<string, Record<string, unknown>> = {
  textarea: { type: 'string', maxLength: 2000 },
  email: { type: 'string', format: 'email', maxLength: 254 },
  tel: { type: 'string', maxLength: 32 },
  date: { type: 'string', format: 'date', maxLength: 10 },
  file: {
    type: 'array',
    'x-rule': {
      name: 'file',
      options: { accept: ['image/*', 'application/pdf'], maxSize: 5_242_880, maxCount: 3 },
    },
  },
};

/** Palette texts of the widget names. */
export const LABELS: Record<string, string> = {
  text: 'Text',
  textarea: 'Long text',
  email: 'E-mail',
  tel: 'Phone (free text)',
  date: 'Date',
  number: 'Number',
  checkbox: 'Checkbox',
  select: 'Drop-down',
  radio: 'Radio buttons',
  list: 'List',
  file: 'File upload',
  group: 'Group',
};

/** Variants that add a named rule (or a boolean shown as two radio buttons) to a widget. */
const VARIANTS: PaletteEntry[] = [
  {
    id: 'email:business-email',
    label: 'Business e-mail',
    name: 'businessEmail',
    widget: 'email',
    schema: { type: 'string', maxLength: 254, 'x-rule': 'business-email' },
  },
  {
    id: 'tel:phone',
    label: 'Phone number',
    name: 'phone',
    widget: 'tel',
    schema: { type: 'string', maxLength: 32, 'x-rule': 'phone' },
  },
  { id: 'radio:yes-no', label: 'Yes/No', name: 'yesNo', widget: 'radio', schema: { type: 'boolean' } },
];

/** Every palette entry, in the order the engine lists its widgets, each widget's variants after it. */
export const palette: readonly PaletteEntry[] = Object.entries(builtinWidgets)
  .filter(([widget]) => !NOT_PLACED.has(widget))
  .flatMap(([widget, fit]) => [
    {
      id: widget,
      label: LABELS[widget] ?? widget,
      name: widget.replace(/-./g, (m) => m[1]!.toUpperCase()),
      widget,
      schema: STARTERS[widget] ?? fromFit(fit),
    },
    ...VARIANTS.filter((v) => v.id.startsWith(`${widget}:`)),
  ]);
