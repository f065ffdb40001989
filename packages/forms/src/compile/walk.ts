/**
 * Walks a definition's schema the way the engine sees data: along `properties` (fields) and `items` (list
 * entries), through local `$ref`s and the applicators that stay at the same data location.
 */
import type { JsonSchema } from '../definition/types.js';
import { formatPointer, parsePointer } from '../engine/pointer.js';

type SchemaObject = Record<string, unknown>;

/** True for a JSON object (not array, not null). */
export const isSchemaObject = (s: unknown): s is SchemaObject =>
  s !== null && typeof s === 'object' && !Array.isArray(s);

/** Resolves a local `$ref` (`#/…`) against `root`; `undefined` for remote or broken refs. */
export function resolveLocalRef(
  root: JsonSchema,
  ref: string,
): { schema: SchemaObject; at: string } | undefined {
  if (!ref.startsWith('#')) return undefined;
  const at = decodeURIComponent(ref.slice(1));
  let node: unknown = root;
  for (const seg of parsePointer(at)) {
    if (!isSchemaObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return isSchemaObject(node) ? { schema: node, at } : undefined;
}

/** A schema node with the location it was found at (a pointer into the schema document). */
export interface Located {
  schema: SchemaObject;
  at: string;
}

/** Follows `$ref` chains (cycle-safe) to the schema that describes the data. */
export function deref(root: JsonSchema, node: Located): Located {
  let current = node;
  const seen = new Set<string>();
  while (typeof current.schema.$ref === 'string' && !seen.has(current.at)) {
    seen.add(current.at);
    const target = resolveLocalRef(root, current.schema.$ref);
    if (!target) break;
    // Keywords beside $ref still apply (2020-12), so keep the original when it says more than $ref.
    if (Object.keys(current.schema).length > 1) return current;
    current = target;
  }
  return current;
}

/** Every `x-rule` occurrence: the data pattern (`*` for array items), the schema location, the reference. */
export function findNamedRules(root: JsonSchema): { pattern: string[]; at: string; ref: unknown }[] {
  const out: { pattern: string[]; at: string; ref: unknown }[] = [];
  const visit = (node: unknown, at: string, pattern: string[], seen: Set<string>) => {
    if (!isSchemaObject(node) || seen.has(at)) return;
    const inner = new Set(seen).add(at);
    if ('x-rule' in node) out.push({ pattern, at: `${at}/x-rule`, ref: node['x-rule'] });
    if (typeof node.$ref === 'string') {
      const target = resolveLocalRef(root, node.$ref);
      if (target) visit(target.schema, target.at, pattern, inner);
    }
    if (isSchemaObject(node.properties)) {
      for (const [k, v] of Object.entries(node.properties)) {
        visit(v, `${at}/properties/${formatPointer([k]).slice(1)}`, [...pattern, k], inner);
      }
    }
    if (isSchemaObject(node.items)) visit(node.items, `${at}/items`, [...pattern, '*'], inner);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) {
        list.forEach((s, i) => {
          visit(s, `${at}/${key}/${i}`, pattern, inner);
        });
      }
    }
    for (const key of ['then', 'else'] as const) visit(node[key], `${at}/${key}`, pattern, inner);
  };
  visit(root, '', [], new Set());
  return out;
}

/** The data pointers a `when` schema reads (through `properties`, `required` and applicators). */
export function pointersRead(when: JsonSchema): string[] {
  const out = new Set<string>();
  const visit = (node: unknown, prefix: string[]) => {
    if (!isSchemaObject(node)) return;
    let leaf = true;
    if (isSchemaObject(node.properties)) {
      for (const [k, v] of Object.entries(node.properties)) {
        leaf = false;
        out.add(formatPointer([...prefix, k]));
        visit(v, [...prefix, k]);
      }
    }
    if (Array.isArray(node.required)) {
      for (const k of node.required) if (typeof k === 'string') out.add(formatPointer([...prefix, k]));
      leaf = false;
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) for (const s of list) visit(s, prefix);
    }
    for (const key of ['not', 'if', 'then', 'else'] as const) visit(node[key], prefix);
    if (leaf && prefix.length === 0 && out.size === 0) out.add('');
  };
  visit(when, []);
  if (out.size === 0) out.add('');
  return [...out];
}
