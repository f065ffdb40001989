/** `@gatehouse/forms/lint`: lint form definitions (what `gatehouse-forms lint` runs). */
export { type LintOptions, type LintProblem, lintDefinition, mayBacktrack } from './lint.js';
