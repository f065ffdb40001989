/**
 * `@gatehouse/forms/build`: compile definitions into self-contained ES modules at build time (Node only).
 */
export { type BuildOptions, type BuiltForm, buildForm, type RuleModule } from './build-form.js';
export { buildFiles, type BuildFilesResult } from './build-files.js';
