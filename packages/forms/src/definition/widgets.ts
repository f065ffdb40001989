/**
 * The widgets the engine plans and `<gate-form>` renders, each with the JSON types of the fields it fits: the one
 * list that lint checks definitions against and that editors (a form designer's palette) offer.
 */

/** What a widget fits: JSON types, any field with choices (`enum`/`const`, or a boolean for `radio`), or anything. */
export type WidgetFit = readonly string[] | 'choice' | 'any';

/** Every built-in widget name and the fields it fits. Hosts may render more names of their own. */
export const builtinWidgets: Readonly<Record<string, WidgetFit>> = {
  text: ['string'],
  textarea: ['string'],
  email: ['string'],
  tel: ['string'],
  date: ['string'],
  'password-new': ['string'],
  'password-current': ['string'],
  'one-time-code': ['string'],
  number: ['number', 'integer'],
  checkbox: ['boolean'],
  select: 'choice',
  radio: 'choice',
  list: ['array'],
  file: ['array'],
  group: ['object'],
  hidden: 'any',
};

const typesOf = (s: Record<string, unknown>): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];

const ruleNameOf = (s: Record<string, unknown>): string | undefined => {
  const rule = s['x-rule'];
  if (typeof rule === 'string') return rule;
  return rule !== null && typeof rule === 'object' ? (rule as { name?: string }).name : undefined;
};

/**
 * The widget a field gets when its hint names none: from its named rule (`rule`; by default the schema's own
 * `x-rule`), its format, choices and type.
 */
export function defaultWidget(s: Record<string, unknown>, rule: string | undefined = ruleNameOf(s)): string {
  if (rule === 'password') return 'password-new';
  if (rule === 'date' || s.format === 'date') return 'date';
  if (rule === 'file') return 'file';
  if (rule === 'business-email') return 'email';
  if (rule === 'phone') return 'tel';
  if (Array.isArray(s.enum)) return 'select';
  switch (s.type) {
    case 'boolean':
      return 'checkbox';
    case 'number':
    case 'integer':
      return 'number';
    case 'object':
      return 'group';
    case 'array':
      return 'list';
    default:
      if (s.format === 'email') return 'email';
      return typeof s.maxLength === 'number' && s.maxLength > 500 ? 'textarea' : 'text';
  }
}

/**
 * Why the built-in `widget` does not fit a field with schema `schema`, or `undefined` when it does (also for a
 * name that is not built in: hosts render their own). Lint reports these sentences; editors offer only the
 * widgets without one.
 */
export function widgetMisfit(widget: string, schema: Record<string, unknown>): string | undefined {
  if (widget === 'file' && !(ruleNameOf(schema) === 'file' && typesOf(schema).includes('array')))
    return 'widget "file" needs a field of type array with "x-rule": { "name": "file", "options": { "accept": [...], "maxSize": ... } }, so browser and server limit the files alike';
  const fits = builtinWidgets[widget];
  if (fits === undefined || fits === 'any') return undefined;
  const types = typesOf(schema);
  if (fits === 'choice') {
    const isBoolean = types.length === 1 && types[0] === 'boolean';
    if (Array.isArray(schema.enum) || 'const' in schema || (widget === 'radio' && isBoolean))
      return undefined;
    return `widget "${widget}" needs a field with "enum"${widget === 'radio' ? ' (or a boolean, shown as Yes/No)' : ''}; this field has none, so it would offer no options`;
  }
  if (types.length > 0 && !types.some((t) => fits.includes(t)))
    return `widget "${widget}" does not fit a field of type ${types.join('/')} (it fits ${fits.join('/')})`;
  return undefined;
}
