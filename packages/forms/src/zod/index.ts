/**
 * `@gatehouse/forms/zod`: the named rules as zod 4 checks (same codes as forms), and `fromZod` to turn a zod
 * object schema into a form definition with a lossiness report. zod is an optional peer dependency.
 * In browsers under a strict CSP call `z.config({ jitless: true })` first: zod otherwise probes `new Function`.
 */
import * as z from 'zod';
import { formatPointer } from '../engine/pointer.js';
import { finishConversion } from '../interop/finish-conversion.js';
import {
  attachRule,
  type Conversion,
  checkerFor,
  type FromSchemaOptions,
  type LossyItem,
  messageOf,
  type NamedRuleMark,
  namedRuleMarker,
} from '../interop/rule-check.js';

export type { Conversion, FromSchemaOptions, LossyItem } from '../interop/rule-check.js';

/**
 * A zod check running the named rule `name`: `z.string().max(254).check(zodRule('business-email'))`.
 * A rejection becomes a `custom` issue whose `params.code` is the Gatehouse code (`free-provider`, …).
 */
export function zodRule(name: string, options: Record<string, unknown> = {}): z.core.$ZodCheck<string> {
  const check = checkerFor(name, options);
  const zodCheck = z.check<string>((ctx) => {
    const rejection = check(ctx.value);
    if (rejection) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: messageOf(rejection),
        params: { code: rejection.code, ...rejection.params },
      });
    }
  });
  (zodCheck as unknown as Record<symbol, NamedRuleMark>)[namedRuleMarker] = { name, options };
  return zodCheck;
}

type ZodNode = { _zod: { def: Record<string, unknown> } };

/** zod types JSON Schema has no form for: `z.toJSONSchema` turns them into `{}`, so the form accepts anything. */
const unrepresentable: Record<string, string> = {
  date: 'z.date() (a Date object)',
  bigint: 'z.bigint()',
  symbol: 'z.symbol()',
  undefined: 'z.undefined()',
  void: 'z.void()',
  map: 'z.map()',
  set: 'z.set()',
  function: 'z.function()',
  nan: 'z.nan()',
  promise: 'z.promise()',
  custom: 'z.custom()/z.instanceof()',
};

/**
 * Converts a zod object schema to a definition via `z.toJSONSchema` on zod's input side (what a person types
 * in): `.optional()` and `.default()` fields are not required, `z.object()` (which strips unknown keys) and
 * `z.looseObject()` accept extra properties, `z.strictObject()` refuses them. `lossy` lists every difference
 * left, each with its pointer: refinements and transforms zod runs and JSON Schema cannot carry (checks made by
 * {@link zodRule} become `x-rule` instead, so they are not lost), defaults zod fills in, coercion, types with
 * no JSON form, and the form's own semantics (see `reviewImported`).
 */
export function fromZod(schema: z.ZodType, options: FromSchemaOptions = {}): Conversion {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
  }) as Record<string, unknown>;
  const lossy: LossyItem[] = [];
  visitZod(schema as unknown as ZodNode, [], json, lossy);
  return finishConversion(json, lossy, 'zod', options);
}

function visitZod(node: ZodNode, path: string[], json: Record<string, unknown>, lossy: LossyItem[]): void {
  const def = node._zod.def;
  const at = formatPointer(path);
  const add = (kind: string, effect: LossyItem['effect'], what: string) =>
    lossy.push({ path: at, kind, effect, what });
  for (const c of (def.checks as ZodNode[] | undefined) ?? []) {
    const mark = (c as unknown as Record<symbol, NamedRuleMark | undefined>)[namedRuleMarker];
    if (mark && attachRule(json, path, mark)) continue;
    const check = c._zod.def;
    if (check.check === 'custom') add('refinement', 'acceptance', 'refinement (.refine/.check/.superRefine)');
    const flags = (check.pattern as RegExp | undefined)?.flags.replace(/[gu]/g, '');
    if (flags) add('pattern-flags', 'acceptance', `regular expression flags "${flags}" are dropped`);
  }
  const type = String(def.type);
  if (def.coerce === true) add('coercion', 'acceptance', `z.coerce converts other values to ${type}`);
  if (type in unrepresentable)
    add(
      'no-json-form',
      'acceptance',
      `${unrepresentable[type]} has no JSON form: the form accepts any value`,
    );
  const inner = def.innerType as ZodNode | undefined;
  switch (type) {
    case 'object':
      reviewUnknownKeys(def.catchall as ZodNode | undefined, add);
      for (const [k, v] of Object.entries(def.shape as Record<string, ZodNode>))
        visitZod(v, [...path, k], json, lossy);
      if (def.catchall) visitZod(def.catchall as ZodNode, [...path, '*'], json, lossy);
      return;
    case 'array':
      visitZod(def.element as ZodNode, [...path, '*'], json, lossy);
      return;
    case 'default':
    case 'prefault':
      add(
        'default',
        'value',
        `zod fills in ${JSON.stringify(def.defaultValue)} when it is missing; the form only pre-fills the input`,
      );
      visitZod(inner!, path, json, lossy);
      return;
    case 'catch':
      add('catch', 'acceptance', 'zod replaces an invalid value (.catch); the form refuses it');
      visitZod(inner!, path, json, lossy);
      return;
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
      visitZod(inner!, path, json, lossy);
      return;
    case 'pipe':
      visitZod(def.in as ZodNode, path, json, lossy);
      if ((def.out as ZodNode)._zod.def.type === 'transform')
        add('transform', 'acceptance', 'transform: the form checks the input, never the transformed value');
      else add('pipe', 'acceptance', "the checks of .pipe()'s output schema are not carried over");
      return;
    case 'transform':
      add('transform', 'acceptance', 'transform: the form checks the input, never the transformed value');
      return;
    default:
  }
}

/** zod's `catchall` says what happens to unknown keys: absent strips them, never refuses, unknown keeps. */
function reviewUnknownKeys(
  catchall: ZodNode | undefined,
  add: (kind: string, effect: LossyItem['effect'], what: string) => void,
): void {
  if (catchall === undefined)
    add(
      'unknown-keys',
      'value',
      'z.object() removes unknown keys from its output; the form accepts them and keeps them in its value',
    );
}

export { type ExportOptions, toZod, type ZodExport } from './to-zod.js';
