/**
 * `lintDefinition`: the problems that make a definition unsafe or incomplete even when it compiles — strings
 * without `maxLength`, patterns that can backtrack catastrophically, missing texts for a shipped locale,
 * required fields that are never visible — plus every `invalid-definition` problem.
 */
import { isGatehouseError } from '@gatehouse/rules';
import { prepareAndCheck } from '../compile/compile-form.js';
import { type DefinitionProblem, featureTexts } from '../compile/prepare.js';
import { isSchemaObject } from '../compile/walk.js';
import type { FormDefinition } from '../definition/types.js';
import { formatPointer } from '../engine/pointer.js';
import type { NamedRule } from '../engine/types.js';
import { builtinMessages, shippedLocales } from '../messages/catalog.js';
// Lint checks every shipped locale, so it needs German registered (a side effect: lint runs in Node, not pages).
import '../locales/de.js';
import { ruleTable } from '../rules/registry.js';
import { lintUi } from './ui-lint.js';
import { lintWhen } from './when-lint.js';

/** A lint finding: a JSON Pointer into the definition and a sentence. */
export type LintProblem = DefinitionProblem;

/** Options of {@link lintDefinition}. */
export interface LintOptions {
  /** Host rules the definition may name. */
  rules?: readonly NamedRule[];
  /** Widget names the host renders itself, accepted besides the built-in ones. */
  widgets?: readonly string[];
}

/**
 * Nested quantifiers (`(a+)+`, `(\w*)*`, `(x+){2,}`) are the classic catastrophic-backtracking shape; a
 * heuristic, not a proof: it may flag a safe pattern, and it does not catch overlapping alternations.
 */
export function mayBacktrack(pattern: string): boolean {
  return /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/.test(pattern);
}

/** Codes whose English and German texts come with the forms that use them (the `date` and `file` rules'). */
const travelling = new Set([
  ...Object.keys(featureTexts.date.en ?? {}),
  ...Object.keys(featureTexts.file.en ?? {}),
]);

/** Every problem of a definition; empty when it is fine. Never throws. */
export function lintDefinition(definition: unknown, options: LintOptions = {}): LintProblem[] {
  const problems: LintProblem[] = [];
  const rules = ruleTable(options.rules);
  try {
    prepareAndCheck(definition, rules, false);
  } catch (error) {
    if (isGatehouseError(error) && Array.isArray(error.params.problems)) {
      problems.push(...(error.params.problems as LintProblem[]));
    } else {
      problems.push({ pointer: '', message: (error as Error).message });
    }
  }
  if (!isSchemaObject(definition)) return problems;
  const def = definition as unknown as FormDefinition;
  problems.push(...lintUi(def, options.widgets ? { widgets: options.widgets } : {}), ...lintWhen(def));

  walkSchemas(def.schema, '/schema', (node, at) => {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const bounded = 'enum' in node || 'const' in node || typeof node.maxLength === 'number';
    if (types.includes('string') && !bounded)
      problems.push({ pointer: at, message: 'string without maxLength' });
    if (typeof node.pattern === 'string' && mayBacktrack(node.pattern)) {
      problems.push({
        pointer: `${at}/pattern`,
        message: 'pattern has nested quantifiers and can backtrack catastrophically',
      });
    }
  });

  // Texts: every key a locale defines must exist in every shipped locale, and every code needs a message.
  const messages = isSchemaObject(def.messages)
    ? (def.messages as Record<string, Record<string, unknown>>)
    : {};
  const keys = new Set<string>();
  for (const catalog of Object.values(messages))
    if (isSchemaObject(catalog)) for (const k of Object.keys(catalog)) keys.add(k);
  for (const locale of shippedLocales) {
    const catalog = isSchemaObject(messages[locale]) ? messages[locale]! : {};
    for (const key of keys) {
      if (!(key in catalog))
        problems.push({
          pointer: `/messages/${locale}`,
          message: `missing message "${key}" for locale ${locale}`,
        });
      else if (isSchemaObject(catalog[key])) {
        for (const other of Object.values(messages)) {
          const entry = isSchemaObject(other) ? other[key] : undefined;
          if (!isSchemaObject(entry)) continue;
          for (const code of Object.keys(entry)) {
            if (!(code in (catalog[key] as Record<string, unknown>))) {
              problems.push({
                pointer: `/messages/${locale}/${formatPointer([key]).slice(1)}`,
                message: `missing message "${code}" for ${key} in locale ${locale}`,
              });
            }
          }
        }
      }
    }
    const usedRules = new Set<string>();
    walkSchemas(def.schema, '/schema', (node) => {
      const ref = node['x-rule'];
      const name = typeof ref === 'string' ? ref : isSchemaObject(ref) ? ref.name : undefined;
      if (typeof name === 'string') usedRules.add(name);
    });
    for (const name of usedRules) {
      for (const code of rules[name]?.codes ?? []) {
        if (!(code in (builtinMessages[locale] ?? {})) && !(code in catalog) && !travelling.has(code)) {
          problems.push({
            pointer: `/messages/${locale}`,
            message: `missing message for code "${code}" (rule ${name}) in locale ${locale}`,
          });
        }
      }
    }
  }

  // Required fields that are never (or only conditionally) visible.
  const shown = new Set(
    (Array.isArray(def.rules) ? def.rules : []).flatMap((r) => (Array.isArray(r?.show) ? r.show : [])),
  );
  const uiFields = (isSchemaObject(def.ui) && isSchemaObject(def.ui.fields) ? def.ui.fields : {}) as Record<
    string,
    { widget?: string }
  >;
  walkProperties(def.schema, '', '/schema', (pointer, node, required, at) => {
    if (!required) return;
    if (shown.has(pointer)) {
      problems.push({
        pointer: at,
        message: `${pointer} is required but only visible while a rule shows it; use that rule's "require"`,
      });
    }
    if (uiFields[pointer]?.widget === 'hidden' && !('default' in node)) {
      problems.push({ pointer: at, message: `${pointer} is required but hidden and has no default` });
    }
  });
  return dedupe(problems);
}

function dedupe(list: LintProblem[]): LintProblem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Visits every schema object in a schema document (properties, items, $defs, applicators…). */
function walkSchemas(
  node: unknown,
  at: string,
  visit: (node: Record<string, unknown>, at: string) => void,
): void {
  if (!isSchemaObject(node)) return;
  visit(node, at);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples' || key === 'x-rule')
      continue;
    const here = `${at}/${formatPointer([key]).slice(1)}`;
    if (
      key === 'properties' ||
      key === '$defs' ||
      key === 'patternProperties' ||
      key === 'dependentSchemas'
    ) {
      if (isSchemaObject(value))
        for (const [k, v] of Object.entries(value))
          walkSchemas(v, `${here}/${formatPointer([k]).slice(1)}`, visit);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walkSchemas(value[i], `${here}/${i}`, visit);
    } else if (isSchemaObject(value)) {
      walkSchemas(value, here, visit);
    }
  }
}

function walkProperties(
  node: unknown,
  pointer: string,
  at: string,
  visit: (pointer: string, node: Record<string, unknown>, required: boolean, at: string) => void,
): void {
  if (!isSchemaObject(node) || !isSchemaObject(node.properties)) return;
  const required = Array.isArray(node.required) ? node.required : [];
  for (const [name, sub] of Object.entries(node.properties)) {
    const p = `${pointer}${formatPointer([name])}`;
    const subAt = `${at}/properties/${formatPointer([name]).slice(1)}`;
    if (!isSchemaObject(sub)) continue;
    visit(p, sub, required.includes(name), subAt);
    walkProperties(sub, p, subAt, visit);
  }
}
