/**
 * `@gatehouse/forms/build`: compile definitions into self-contained ES modules at build time (Node only).
 */

export { type BuildFilesOptions, type BuildFilesResult, buildFiles } from './build-files.js';
export {
  type BuildOptions,
  type BuiltForm,
  type BuiltFormMessages,
  buildForm,
  buildFormMessages,
  type RuleModule,
} from './build-form.js';
