/**
 * `@gatehouse/forms/zod`: the named rules as zod 4 checks (same codes as forms), and `fromZod` to turn a zod
 * object schema into a form definition with a lossiness report. zod is an optional peer dependency.
 * In browsers under a strict CSP call `z.config({ jitless: true })` first: zod otherwise probes `new Function`.
 */
import * as z from 'zod';
import { formatPointer } from '../engine/pointer.js';
import {
  attachRule,
  type Conversion,
  checkerFor,
  type FromSchemaOptions,
  type LossyItem,
  messageOf,
  type NamedRuleMark,
  namedRuleMarker,
  toDefinition,
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

/**
 * Converts a zod object schema to a definition via `z.toJSONSchema`. zod drops `.refine()`/`.check()`
 * silently; this walks the schema's checks and lists each one in `lossy` (checks made by {@link zodRule}
 * become `x-rule` instead, so they are not lost).
 */
export function fromZod(schema: z.ZodType, options: FromSchemaOptions = {}): Conversion {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const lossy: LossyItem[] = [];
  const visit = (node: ZodNode, path: string[]) => {
    const def = node._zod.def;
    for (const c of (def.checks as ZodNode[] | undefined) ?? []) {
      const mark = (c as unknown as Record<symbol, NamedRuleMark | undefined>)[namedRuleMarker];
      if (mark && attachRule(json, path, mark)) continue;
      if (c._zod.def.check === 'custom')
        lossy.push({ path: formatPointer(path), what: 'refinement (.refine/.check/.superRefine)' });
    }
    switch (def.type) {
      case 'object':
        for (const [k, v] of Object.entries(def.shape as Record<string, ZodNode>)) visit(v, [...path, k]);
        break;
      case 'array':
        visit(def.element as ZodNode, [...path, '*']);
        break;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        visit(def.innerType as ZodNode, path);
        break;
      case 'pipe':
        visit(def.in as ZodNode, path);
        if ((def.out as ZodNode)._zod.def.type === 'transform')
          lossy.push({ path: formatPointer(path), what: 'transform' });
        else visit(def.out as ZodNode, path);
        break;
      case 'transform':
        lossy.push({ path: formatPointer(path), what: 'transform' });
        break;
      default:
    }
  };
  visit(schema as unknown as ZodNode, []);
  return { definition: toDefinition(json, options), lossy };
}
