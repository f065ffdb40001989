/**
 * `@gatehouse/forms/compile`: the runtime compiler (ajv). For Node, tests and development; browsers load
 * modules built by `gatehouse-forms build`.
 */

export { builtinRules, registerRule } from '../rules/registry.js';
export { type CompileOptions, compileForm } from './compile-form.js';
export type { DefinitionProblem } from './prepare.js';
