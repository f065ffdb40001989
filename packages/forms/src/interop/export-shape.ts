/**
 * The first half of exporting a definition to zod or valibot: its schema read into a small shape tree that
 * both emitters turn into their library's schema, plus the report of everything the export cannot carry
 * (conditional rules, cross-field named rules, JSON Schema keywords outside the exported set). The shape
 * encodes the form's own semantics: `''` in an object property counts as missing, lengths count code points.
 */
import type { FormDefinition, JsonSchema } from '../definition/types.js';
import { formatPointer } from '../engine/pointer.js';
import { ruleTable } from '../rules/registry.js';
import { formatCheck } from './export-checks.js';
import type { LossyItem, NamedRuleMark } from './rule-check.js';

/** One alternative of a node, by JSON type, with the keywords the export carries for it. */
export type TypedShape =
  | { type: 'string'; minLength?: number; maxLength?: number; pattern?: string; format?: string }
  | {
      type: 'number' | 'integer';
      minimum?: number;
      maximum?: number;
      exclusiveMinimum?: number;
      exclusiveMaximum?: number;
      multipleOf?: number;
    }
  | { type: 'boolean' }
  | { type: 'null' }
  | { type: 'object'; properties: PropertyShape[]; additional: 'allow' | 'refuse' | Shape }
  | { type: 'array'; items?: Shape; minItems?: number; maxItems?: number };

/** A property of an object shape. `required` properties refuse `''`; optional ones accept it as "left empty". */
export interface PropertyShape {
  name: string;
  required: boolean;
  shape: Shape;
}

/** A node: its alternatives (`undefined` = any JSON value), allowed values (enum/const), named rules. */
export interface Shape {
  types?: TypedShape[];
  /** Primitive values from `enum`/`const`; the value must be one of them (and fit the alternatives). */
  values?: (string | number | boolean | null)[];
  rules: NamedRuleMark[];
  /** Refuse `''` (a required property whose schema has no type to carry it). */
  notEmpty?: boolean;
}

/** Options of `toZod`/`toValibot`. */
export interface ExportOptions {
  /**
   * `run` (default): field-local named rules (business e-mail, password, file, …) run through
   * `zodRule`/`valibotRule`, so the export needs `@gatehouse/forms` at run time; `report`: the export is plain
   * zod/valibot and every named rule is listed as lost.
   */
  namedRules?: 'run' | 'report';
}

/** The shape of a definition's data and what the export cannot carry. */
export interface ExportPlan {
  shape: Shape;
  lossy: LossyItem[];
}

// Keywords that only describe (never refuse data) or that this reader handles itself.
const annotations = new Set([
  'title',
  'description',
  'default',
  'examples',
  '$comment',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$schema',
  '$id',
  '$defs',
  '$anchor',
  'x-rule',
  'type',
  'enum',
  'const',
  '$ref',
]);
const keywordsOf: Record<string, string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  object: ['properties', 'required', 'additionalProperties'],
  array: ['items', 'minItems', 'maxItems'],
};
const allTypes = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];

/** Reads a definition for export. Never throws: what it cannot read is in `lossy`. */
export function planExport(definition: FormDefinition, options: ExportOptions = {}): ExportPlan {
  const lossy: LossyItem[] = [];
  const root = definition.schema;
  const reader = new ShapeReader(root, lossy, options.namedRules ?? 'run');
  const shape = reader.read(root, []);
  reportFormRules(definition, lossy);
  return { shape, lossy };
}

/** `when` rules decide visibility and required-ness from other fields: the export has no such notion. */
function reportFormRules(definition: FormDefinition, lossy: LossyItem[]): void {
  (definition.rules ?? []).forEach((rule, i) => {
    for (const p of rule.show ?? [])
      lossy.push({
        path: p,
        kind: 'conditional-field',
        effect: 'acceptance',
        what: `shown, checked and kept only while rule ${i} holds (rules/${i}/when); the export always checks it`,
      });
    for (const p of rule.require ?? [])
      lossy.push({
        path: p,
        kind: 'conditional-required',
        effect: 'acceptance',
        what: `required only while rule ${i} holds (rules/${i}/when); the export takes it as optional`,
      });
  });
}

class ShapeReader {
  constructor(
    private readonly root: JsonSchema,
    private readonly lossy: LossyItem[],
    private readonly namedRules: 'run' | 'report',
  ) {}

  private lose(path: string[], kind: string, what: string): void {
    this.lossy.push({ path: formatPointer(path), kind, effect: 'acceptance', what });
  }

  read(node: JsonSchema, path: string[], depth = 0): Shape {
    if (node === true || node === undefined) return { rules: [] };
    if (node === false || node === null || typeof node !== 'object') {
      this.lose(path, 'keyword', 'a `false` schema (nothing allowed) is exported as "anything"');
      return { rules: [] };
    }
    const s = this.resolve(node, path, depth);
    if (!s) return { rules: [] };
    const shape: Shape = { rules: this.rulesOf(s, path) };
    const values = this.valuesOf(s, path);
    if (values) shape.values = values;
    const declared = s.type === undefined ? undefined : ([] as unknown[]).concat(s.type).map(String);
    for (const key of Object.keys(s)) {
      const known = annotations.has(key) || Object.values(keywordsOf).some((list) => list.includes(key));
      if (!known)
        this.lose(path, 'keyword', `keyword "${key}" is not exported: the export does not check it`);
    }
    if (!declared) {
      // Without `type`, type-specific keywords still apply to values of their type: only exact when none is used.
      const used = Object.entries(keywordsOf).filter(([, list]) => list.some((k) => k in s));
      if (used.length > 0)
        this.lose(path, 'keyword', 'type-specific keywords without "type" are not exported: add "type"');
      return shape;
    }
    shape.types = declared.filter((t) => allTypes.includes(t)).map((t) => this.typed(t, s, path, depth));
    return shape;
  }

  private resolve(node: Record<string, unknown>, path: string[], depth: number) {
    let s = node;
    for (let hops = 0; typeof s.$ref === 'string'; hops++) {
      const target = typeof s.$ref === 'string' && s.$ref.startsWith('#/') ? this.lookup(s.$ref) : undefined;
      if (!target || hops > 20 || depth > 50 || Object.keys(s).length > 1) {
        this.lose(
          path,
          'keyword',
          `$ref "${String(s.$ref)}" is not exported (remote, recursive or with siblings)`,
        );
        return undefined;
      }
      s = target;
    }
    return s;
  }

  private lookup(ref: string): Record<string, unknown> | undefined {
    let node: unknown = this.root;
    for (const seg of ref.slice(2).split('/')) {
      const key = decodeURIComponent(seg).replace(/~1/g, '/').replace(/~0/g, '~');
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
    return node && typeof node === 'object' && !Array.isArray(node)
      ? (node as Record<string, unknown>)
      : undefined;
  }

  private valuesOf(s: Record<string, unknown>, path: string[]): Shape['values'] {
    const list = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
    if (!list) return undefined;
    if (list.some((v) => v !== null && typeof v === 'object')) {
      this.lose(path, 'keyword', 'enum/const with object or array values is not exported');
      return undefined;
    }
    return list as Shape['values'];
  }

  private rulesOf(s: Record<string, unknown>, path: string[]): NamedRuleMark[] {
    const ref = s['x-rule'];
    if (ref === undefined) return [];
    const mark: NamedRuleMark =
      typeof ref === 'string'
        ? { name: ref, options: {} }
        : {
            name: String((ref as { name?: unknown }).name),
            options: ((ref as { options?: Record<string, unknown> }).options ?? {}) as Record<
              string,
              unknown
            >,
          };
    const rule = ruleTable()[mark.name];
    const reads = rule?.dependsOn?.(mark.options) ?? [];
    if (!rule) this.lose(path, 'named-rule', `rule "${mark.name}" is unknown here and not exported`);
    else if (reads.length > 0)
      this.lose(
        path,
        'cross-field-rule',
        `rule "${mark.name}" compares with ${reads.join(', ')}: a field's check in the export cannot see other fields`,
      );
    else if (this.namedRules === 'report')
      this.lose(path, 'named-rule', `rule "${mark.name}" is not exported (namedRules: "report")`);
    else return [mark];
    return [];
  }

  private typed(type: string, s: Record<string, unknown>, path: string[], depth: number): TypedShape {
    const num = (k: string) => (typeof s[k] === 'number' ? { [k]: s[k] as number } : {});
    switch (type) {
      case 'string':
        if (typeof s.format === 'string' && !formatCheck(s.format))
          this.lose(path, 'format', `format "${s.format}" is unknown and not exported`);
        return {
          type,
          ...num('minLength'),
          ...num('maxLength'),
          ...(typeof s.pattern === 'string' ? { pattern: s.pattern } : {}),
          ...(typeof s.format === 'string' && formatCheck(s.format) ? { format: s.format } : {}),
        };
      case 'number':
      case 'integer':
        return {
          type,
          ...num('minimum'),
          ...num('maximum'),
          ...num('exclusiveMinimum'),
          ...num('exclusiveMaximum'),
          ...num('multipleOf'),
        };
      case 'object':
        return this.object(s, path, depth);
      case 'array':
        return {
          type,
          ...(s.items !== undefined
            ? { items: this.read(s.items as JsonSchema, [...path, '*'], depth + 1) }
            : {}),
          ...num('minItems'),
          ...num('maxItems'),
        };
      default:
        return { type: type as 'boolean' | 'null' };
    }
  }

  private object(s: Record<string, unknown>, path: string[], depth: number): TypedShape {
    const props =
      s.properties && typeof s.properties === 'object' ? (s.properties as Record<string, JsonSchema>) : {};
    const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
    const properties = Object.entries(props).map(([name, sub]) => {
      const shape = this.read(sub, [...path, name], depth + 1);
      return { name, required: required.has(name), shape: required.has(name) ? notEmpty(shape) : shape };
    });
    for (const name of required)
      if (!(name in props)) properties.push({ name, required: true, shape: { rules: [], notEmpty: true } });
    const extra = s.additionalProperties;
    const additional =
      extra === false
        ? ('refuse' as const)
        : extra === undefined || extra === true
          ? ('allow' as const)
          : this.read(extra as JsonSchema, [...path, '*'], depth + 1);
    return { type: 'object', properties, additional };
  }
}

/** A required property's shape: `''` counts as missing, so strings need a character and enums lose `''`. */
function notEmpty(shape: Shape): Shape {
  const out: Shape = { ...shape };
  if (out.values) out.values = out.values.filter((v) => v !== '');
  if (!out.types) return { ...out, notEmpty: true };
  out.types = out.types.map((t) =>
    t.type === 'string' ? { ...t, minLength: Math.max(1, t.minLength ?? 0) } : t,
  );
  return out;
}
