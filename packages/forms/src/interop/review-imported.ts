/**
 * The differences between a code-first schema and the form made from its JSON Schema that neither zod nor
 * valibot mention, because they come from the form's own semantics: an empty text counts as missing, text
 * lengths count characters (code points) instead of UTF-16 units, formats are ajv-formats' checks, and
 * alternatives (`anyOf`, …) validate but have no widget. Shared by `fromZod` and `fromValibot`.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { UiField } from '../definition/types.js';
import { formatPointer } from '../engine/pointer.js';
import type { LossyItem } from './rule-check.js';

type Node = Record<string, unknown>;
const isNode = (n: unknown): n is Node => n !== null && typeof n === 'object' && !Array.isArray(n);

/** What {@link reviewImported} found: the differences, and widget hints for formats it took out. */
export interface Review {
  lossy: LossyItem[];
  fields: Record<string, UiField>;
}

/**
 * Walks a converted JSON Schema (changing it where the form can check exactly what the library checked) and
 * lists every remaining difference. `library` names the source in the texts ("zod", "valibot").
 */
export function reviewImported(schema: Node, library: string): Review {
  const review: Review = { lossy: [], fields: {} };
  visit(schema, [], library, review);
  return review;
}

function visit(node: Node, path: string[], library: string, review: Review): void {
  const at = formatPointer(path);
  const add = (kind: string, effect: LossyItem['effect'], what: string) =>
    review.lossy.push({ path: at, kind, effect, what });
  reviewFormat(node, at, library, review, add);
  reviewLengths(node, library, add);
  for (const key of ['anyOf', 'oneOf', 'allOf', 'not', 'if'] as const)
    if (key in node)
      add('alternatives', 'display', `${key}: the form validates it, but no widget offers the alternatives`);

  const props = isNode(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  for (const [name, sub] of Object.entries(props)) {
    if (!isNode(sub)) continue;
    reviewEmptyText(sub, required.has(name), formatPointer([...path, name]), library, review);
    visit(sub, [...path, name], library, review);
  }
  if (isNode(node.items)) visit(node.items, [...path, '*'], library, review);
  if (isNode(node.additionalProperties)) visit(node.additionalProperties, [...path, '*'], library, review);
  if (Array.isArray(node.prefixItems))
    node.prefixItems.forEach((s, i) => {
      if (isNode(s)) visit(s, [...path, String(i)], library, review);
    });
}

/** A form treats `''` as "not filled in": required fields refuse it, optional ones accept it whatever its schema. */
function reviewEmptyText(node: Node, required: boolean, at: string, library: string, review: Review): void {
  const empty = acceptsEmptyText(node);
  if (required && empty)
    review.lossy.push({
      path: at,
      kind: 'empty-text',
      effect: 'acceptance',
      what: `${library} accepts an empty text here; the form counts "" as not filled in and asks for it`,
    });
  else if (!required && !empty)
    review.lossy.push({
      path: at,
      kind: 'empty-text',
      effect: 'acceptance',
      what: `${library} refuses "" here; the form takes "" for a field left empty and accepts it`,
    });
}

/** Whether `''` passes the keywords a converted schema uses (a cautious reading: unknown means no). */
function acceptsEmptyText(node: Node): boolean {
  const types = node.type === undefined ? undefined : ([] as unknown[]).concat(node.type);
  if (types && !types.includes('string')) return false;
  if (Array.isArray(node.enum)) return node.enum.includes('');
  if ('const' in node) return node.const === '';
  if (typeof node.minLength === 'number' && node.minLength > 0) return false;
  if (typeof node.format === 'string') return false;
  if (typeof node.pattern === 'string') {
    try {
      return new RegExp(node.pattern, 'u').test('');
    } catch {
      return false;
    }
  }
  return !('anyOf' in node || 'oneOf' in node || 'allOf' in node || 'not' in node);
}

/**
 * zod and valibot emit `format` beside the regular expression they really check (zod's `email`, `uuid`, …):
 * then the pattern alone is the same check, and `format` would add ajv-formats' different one. Without a
 * pattern the format is the library's own code, which ajv-formats only approximates.
 */
function reviewFormat(
  node: Node,
  at: string,
  library: string,
  review: Review,
  add: (kind: string, effect: LossyItem['effect'], what: string) => void,
): void {
  const format = node.format;
  if (typeof format !== 'string') return;
  if (typeof node.pattern === 'string') {
    delete node.format;
    if (format === 'email') review.fields[at] = { widget: 'email' };
    return;
  }
  if (!(format in fullFormats)) {
    delete node.format;
    add('format', 'acceptance', `format "${format}" is unknown to the form: any text is accepted`);
    return;
  }
  add(
    'format',
    'acceptance',
    `format "${format}" is checked by ajv-formats, not by ${library}'s own code: a few texts pass one and fail the other`,
  );
}

/** Both libraries count a text's length in UTF-16 units; the form counts characters (code points). */
function reviewLengths(
  node: Node,
  library: string,
  add: (kind: string, effect: LossyItem['effect'], what: string) => void,
): void {
  const bounds = [
    typeof node.maxLength === 'number' ? `at most ${node.maxLength}` : '',
    typeof node.minLength === 'number' && node.minLength > 1 ? `at least ${node.minLength}` : '',
  ].filter(Boolean);
  if (bounds.length > 0)
    add(
      'text-length',
      'acceptance',
      `${bounds.join(' and ')}: ${library} counts UTF-16 units, the form counts characters, so texts with emoji or other characters beyond U+FFFF are measured differently`,
    );
}
