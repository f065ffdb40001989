import type { CompiledForm } from '@gatehouse/forms';
import { compileForm } from '@gatehouse/forms/compile';

/** Compiled versions kept in memory; the oldest is dropped beyond this. */
const MAX_CACHED = 64;

const cache = new Map<string, CompiledForm>();

/**
 * The server's compiled form of one published version: `compileForm` of the very definition its module was built
 * from, with the server's exact rule lists (the module in the browser carries the compact browser variants; both
 * give the same issue codes). Cached by id, version and content hash: a stored version never changes, and two
 * databases (tests, tenants) with different contents under one number never share an entry.
 */
export function submissionForm(version: {
  form_id: string;
  version: number;
  hash: string;
  definition: string;
}): CompiledForm {
  const key = `${version.form_id}@${version.version}:${version.hash}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const form = compileForm(JSON.parse(version.definition));
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, form);
  return form;
}
