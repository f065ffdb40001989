/**
 * Serialises a form definition the same way every time: two-space JSON, a trailing newline, and a fixed order
 * of the keywords the format knows. Maps whose order means something (properties, ui.fields, messages, options)
 * keep their own order, so adding a field appends lines and a save of an unchanged form changes no byte.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TOP = ['$schema', 'id', 'version', 'description', 'migrations', 'schema', 'ui', 'rules', 'messages'];
const SCHEMA = [
  '$schema',
  '$id',
  '$ref',
  'title',
  'description',
  'type',
  'format',
  'enum',
  'const',
  'default',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'x-rule',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  '$defs',
];
const UI = ['order', 'steps', 'fields'];
const STEP = ['id', 'title', 'fields'];
const HINT = ['label', 'help', 'placeholder', 'widget', 'autocomplete', 'options', 'order'];
const RULE = ['when', 'show', 'require', 'disable', 'hiddenData'];

const isObject = (v: unknown): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys of `o`: the known ones in `known` order, then the rest alphabetically. */
function ordered(o: { [key: string]: Json }, known: readonly string[]): string[] {
  const keys = Object.keys(o);
  const rest = keys.filter((k) => !known.includes(k)).sort();
  return [...known.filter((k) => keys.includes(k)), ...rest];
}

function pick(o: { [key: string]: Json }, known: readonly string[], each: (key: string, v: Json) => Json) {
  const out: { [key: string]: Json } = {};
  for (const k of ordered(o, known)) out[k] = each(k, o[k] as Json);
  return out;
}

const mapValues = (o: Json, f: (v: Json) => Json): Json =>
  isObject(o) ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])) : o;

const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'if', 'then', 'else', 'not', 'contains']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

function schema(s: Json): Json {
  if (!isObject(s)) return s;
  return pick(s, SCHEMA, (k, v) => {
    if (SCHEMA_MAPS.has(k)) return mapValues(v, schema);
    if (SCHEMA_ONE.has(k)) return schema(v);
    if (SCHEMA_LISTS.has(k) && Array.isArray(v)) return v.map(schema);
    return v;
  });
}

function ui(u: Json): Json {
  if (!isObject(u)) return u;
  return pick(u, UI, (k, v) => {
    if (k === 'steps' && Array.isArray(v))
      return v.map((s) => (isObject(s) ? pick(s, STEP, (_, x) => x) : s));
    if (k === 'fields') return mapValues(v, (h) => (isObject(h) ? pick(h, HINT, (_, x) => x) : h));
    return v;
  });
}

const rule = (r: Json): Json => (isObject(r) ? pick(r, RULE, (k, v) => (k === 'when' ? schema(v) : v)) : r);

/** The definition with its keys in the stable order (a value that is not an object comes back as it is). */
export function orderDefinition(definition: unknown): unknown {
  if (!isObject(definition)) return definition;
  return pick(definition, TOP, (k, v) => {
    if (k === 'schema') return schema(v);
    if (k === 'ui') return ui(v);
    if (k === 'rules' && Array.isArray(v)) return v.map(rule);
    return v;
  });
}

/** The text to write to a `*.form.json` file. */
export function formatDefinition(definition: unknown): string {
  return `${JSON.stringify(orderDefinition(definition), null, 2)}\n`;
}
