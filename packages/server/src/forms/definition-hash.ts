import { createHash } from 'node:crypto';

/** JSON text with every object's keys sorted, so the same definition hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * `sha256-<base64url>` of a definition's content: keys sorted, the `version` member left out (the server gives the
 * number), so publishing the same content again, in any key order, is recognised as nothing new.
 */
export function definitionHash(definition: Record<string, unknown>): string {
  const { version: _version, ...content } = definition;
  return `sha256-${createHash('sha256').update(canonicalJson(content)).digest('base64url')}`;
}
