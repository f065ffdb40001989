/**
 * What publishing does before anything is stored: the definition must be for the form named in the path, lint
 * clean (every problem blocks), and build into the CSP-safe module with the same `buildForm` the forms package
 * uses at build time.
 */
import { type LintProblem, lintDefinition } from '@gatehouse/forms/lint';
import { definitionHash } from './definition-hash.js';

/** A form id: it becomes part of module URLs (`/forms/<id>@<version>.js`), so letters, digits and dashes only. */
export const FORM_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** A definition ready to store: its module, the chunks the module imports lazily, and the content hash. */
export interface BuiltVersion {
  definition: Record<string, unknown>;
  module: string;
  /** Content-named files (`rule-phone.<hash>.js`) served beside the module. */
  chunks: { file: string; code: string }[];
  hash: string;
}

/** Result of {@link prepareVersion}: ready to store, or the problems that block publishing. */
export type PreparedVersion = { ok: true; value: BuiltVersion } | { ok: false; problems: LintProblem[] };

/**
 * Lints `definition` as the definition of form `id` and builds its module. Problems point into `definition` (the
 * request body). A definition that lints clean but does not build (a rule with no browser module) is a problem at
 * the root, never a server error.
 */
export async function prepareVersion(
  id: string,
  definition: Record<string, unknown>,
): Promise<PreparedVersion> {
  if (definition.id !== id) {
    return {
      ok: false,
      problems: [{ pointer: '/id', message: `id must be "${id}", the form this version is published for` }],
    };
  }
  const problems = lintDefinition(definition);
  if (problems.length > 0) return { ok: false, problems };
  const buildForm = await loadBuildForm();
  if (!buildForm) return { ok: false, problems: [{ pointer: '', message: NO_BUILDER }] };
  try {
    const built = await buildForm(definition);
    return {
      ok: true,
      value: { definition, module: built.code, chunks: built.chunks, hash: definitionHash(definition) },
    };
  } catch (error) {
    return { ok: false, problems: [{ pointer: '', message: (error as Error).message }] };
  }
}

/** Why publishing is refused on a server installed without the optional module builder. */
const NO_BUILDER =
  'publishing needs esbuild on the server (an optional peer of @gatehouse/forms): install it beside @gatehouse/server';

/**
 * The forms package's module builder, loaded on the first publish: it needs esbuild, an optional peer (it runs
 * an install script, so Gatehouse never installs it for a consumer), and a server that never publishes must
 * start without it. Null when esbuild is not installed.
 */
async function loadBuildForm(): Promise<typeof import('@gatehouse/forms/build').buildForm | null> {
  try {
    return (await import('@gatehouse/forms/build')).buildForm;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}
