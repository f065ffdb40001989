/**
 * What a JSON body may hold before any form looks at it: a bounded nesting depth (so no recursive walk further
 * on, ours or a library's, can overflow the stack) and text that a person typed — no control characters (a NUL
 * byte cannot even be stored in Postgres), no directional overrides or isolates (which make a name display
 * differently from what it is), and no lone UTF-16 surrogates (which would be replaced silently on the way to
 * the database).
 */
import type { FlowIssue } from '@gatehouse/flows';

/** Nesting deeper than this is malformed: the deepest Gatehouse form nests 3 levels. */
export const MAX_JSON_DEPTH = 32;

/** At most this many character issues are reported per body (a flood of them helps nobody). */
const MAX_ISSUES = 20;

/**
 * C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the bidirectional embeddings,
 * overrides (U+202A–U+202E) and isolates (U+2066–U+2069). Marks such as U+200E/U+200F stay allowed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The first character of `text` a field must not hold, as `U+XXXX`, or null. */
export function forbiddenCharacter(text: string): string | null {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return codePoint(lone[0]);
  const match = FORBIDDEN.exec(text);
  return match ? codePoint(match[0]) : null;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Result of {@link inspectJson}. */
export type JsonInspection = { ok: true } | { ok: false; tooDeep: true } | { ok: false; issues: FlowIssue[] };

/**
 * Walks a parsed JSON value without recursion: too deep → `tooDeep`; otherwise every string value (and member
 * name) holding a forbidden character → an `invalid-characters` issue at its JSON pointer.
 */
export function inspectJson(root: unknown, maxDepth = MAX_JSON_DEPTH): JsonInspection {
  const issues: FlowIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      const character = forbiddenCharacter(value);
      if (character && issues.length < MAX_ISSUES) {
        issues.push({ path, code: 'invalid-characters', params: { character } });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { ok: false, tooDeep: true };
    for (const [key, member] of Object.entries(value)) {
      const memberPath = `${path}/${escapePointer(key)}`;
      const character = forbiddenCharacter(key);
      if (character && issues.length < MAX_ISSUES) {
        issues.push({ path: memberPath, code: 'invalid-characters', params: { character } });
      }
      stack.push({ value: member, path: memberPath, depth: depth + 1 });
    }
  }
  if (issues.length === 0) return { ok: true };
  issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: false, issues };
}
