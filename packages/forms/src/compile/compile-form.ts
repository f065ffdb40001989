/**
 * `compileForm`: compiles a definition at run time with ajv (Node, tests, development). Browsers should load
 * a module built by `gatehouse-forms build` instead, which needs no compilation and no `unsafe-eval`.
 */
import { GatehouseError } from '@gatehouse/rules';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { type CompiledForm, createForm } from '../engine/engine.js';
import type { FormValidators, NamedRule, ValidateFunction } from '../engine/types.js';
import { ruleTable } from '../rules/registry.js';
import { createAjv } from './ajv.js';
import { type DefinitionProblem, type Prepared, prepare } from './prepare.js';

/** Options of {@link compileForm}. */
export interface CompileOptions {
  /** Extra named rules for this form only (they win over registered and built-in ones). */
  rules?: readonly NamedRule[];
  /** Locale of issue messages; default `en`. */
  locale?: string;
}

/**
 * Compiles a form definition. Throws `GatehouseError` `invalid-definition` whose `params.problems` lists
 * every problem with its JSON Pointer into the definition; never throws for bad user data.
 */
export function compileForm<T = Record<string, unknown>>(
  definition: unknown,
  options: CompileOptions = {},
): CompiledForm<T> {
  const rules = ruleTable(options.rules);
  const { prepared, ajv } = prepareAndCheck(definition, rules, false);
  const compile = (id: string) => ajv.getSchema(id) as ValidateFunction;
  const validators: FormValidators = {
    form: compile(prepared.rootId),
    when: prepared.whenIds.map(compile),
    fields: prepared.fieldIds.map(compile),
  };
  return createForm<T>(prepared.plan, validators, rules, options.locale ? { locale: options.locale } : {});
}

/** Prepares and compiles every schema once, so all problems surface together; throws `invalid-definition`. */
export function prepareAndCheck(
  definition: unknown,
  rules: Record<string, NamedRule>,
  standalone: boolean,
): { prepared: Prepared; ajv: Ajv2020 } {
  const result = prepare(definition, rules);
  const problems: DefinitionProblem[] = result.ok ? [] : [...result.problems];
  const ajv = createAjv(standalone);
  const schema = (definition as { schema?: unknown } | null)?.schema;
  if (schema !== null && typeof schema === 'object' && !ajv.validateSchema(schema as object)) {
    for (const e of ajv.errors ?? [])
      problems.push({ pointer: `/schema${e.instancePath}`, message: `schema ${e.message}` });
  }
  if (result.ok && problems.length === 0) {
    try {
      ajv.addSchema(result.prepared.formSchema);
      ajv.getSchema(result.prepared.rootId);
      for (const id of [...result.prepared.whenIds, ...result.prepared.fieldIds]) ajv.getSchema(id);
    } catch (error) {
      problems.push({ pointer: '/schema', message: (error as Error).message });
    }
  }
  if (!result.ok || problems.length > 0) throw invalidDefinition(definition, problems);
  return { prepared: result.prepared, ajv };
}

/** The `invalid-definition` error: one line per problem, and the problems themselves in `params`. */
export function invalidDefinition(definition: unknown, problems: DefinitionProblem[]): GatehouseError {
  const id = (definition as { id?: unknown } | null)?.id;
  const lines = problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n');
  return new GatehouseError(
    'invalid-definition',
    `form definition${typeof id === 'string' ? ` "${id}"` : ''} is invalid:\n${lines}`,
    { problems },
  );
}
