/**
 * Turns ajv errors (runtime or standalone, same shape) into Gatehouse issues: the path points at the offending
 * value (for `required` that is the missing property itself, not its parent) and params use the names the
 * message catalogs use (`min`, `max`, `property`, …).
 */
import type { ValidatorError } from './types.js';

/** An issue before its message is attached. */
export interface RawIssue {
  path: string;
  code: string;
  params: Record<string, unknown>;
}

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

// Keywords whose failure is only a summary of errors already reported inside (if → then/else).
const summaryKeywords = new Set(['if']);

/** Converts ajv errors to raw issues, prefixing every path with `base` (for per-field validators). */
export function toRawIssues(errors: readonly ValidatorError[] | null | undefined, base = ''): RawIssue[] {
  const out: RawIssue[] = [];
  if (!errors) return out;
  for (const e of errors) {
    if (summaryKeywords.has(e.keyword)) continue;
    const p = e.params ?? {};
    let path = base + e.instancePath;
    let params: Record<string, unknown>;
    let code = e.keyword;
    switch (e.keyword) {
      case 'required':
      case 'dependentRequired':
        path += `/${escapeSegment(String(p.missingProperty))}`;
        params = { property: p.missingProperty };
        break;
      case 'additionalProperties':
      case 'unevaluatedProperties':
        path += `/${escapeSegment(String(p.additionalProperty ?? p.unevaluatedProperty))}`;
        params = { property: p.additionalProperty ?? p.unevaluatedProperty };
        break;
      case 'propertyNames':
        params = { property: p.propertyName };
        break;
      case 'minLength':
      case 'minItems':
      case 'minProperties':
      case 'minContains':
      case 'minimum':
      case 'exclusiveMinimum':
        params = { min: p.limit };
        break;
      case 'maxLength':
      case 'maxItems':
      case 'maxProperties':
      case 'maxContains':
      case 'maximum':
      case 'exclusiveMaximum':
        params = { max: p.limit };
        break;
      case 'enum':
        params = { allowed: p.allowedValues };
        break;
      case 'const':
        params = { allowed: p.allowedValue };
        break;
      case 'uniqueItems':
        // ajv reports the later index as i and the earlier as j; people count from 1.
        params = { first: Number(p.j) + 1, second: Number(p.i) + 1 };
        break;
      case 'false schema':
        code = 'false-schema';
        params = {};
        break;
      case 'type':
        params = { type: p.type };
        break;
      default:
        params = { ...p };
    }
    out.push({ path, code, params });
  }
  return out;
}
