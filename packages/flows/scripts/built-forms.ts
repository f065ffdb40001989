/**
 * The build-time compiled form modules of the flows: every `src/<flow>/*.form.json` built with
 * `buildForm(definition, { external: true })` into `generated/forms/<name>.form.js` (+ `.d.ts`). The machines
 * import these modules, so no flow compiles a schema at run time (no ajv, no `new Function`: CSP-safe), and
 * the engine and named rules stay shared imports whose export conditions pick the browser or the exact rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildForm } from '@gatehouse/forms/build';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the generated modules live. */
export const generatedDir = join(packageRoot, 'generated', 'forms');

/** One generated module: its source definition and the files' expected contents. */
export interface GeneratedForm {
  /** The definition, relative to the package root (`src/registration/registration.form.json`). */
  source: string;
  /** `registration.form` — the module is `generated/forms/registration.form.js`. */
  name: string;
  js: string;
  dts: string;
}

/** Every shipped definition file, sorted, relative to the package root. */
export function definitionFiles(): string[] {
  const src = join(packageRoot, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.form.json'))
    .map((f) => relative(packageRoot, join(src, f)).split('\\').join('/'))
    .sort();
}

/** Builds every definition into the text of its module and declaration (nothing is written). */
export async function renderBuiltForms(): Promise<GeneratedForm[]> {
  const out: GeneratedForm[] = [];
  for (const source of definitionFiles()) {
    const definition = JSON.parse(readFileSync(join(packageRoot, source), 'utf8'));
    const built = await buildForm(definition, { external: true });
    const name = basename(source, '.json');
    const header = `// Generated from ${source} by scripts/forms.ts (buildForm, external: true). Do not edit: run \`pnpm --filter @gatehouse/flows forms\`.\n`;
    out.push({ source, name, js: header + built.code, dts: header + built.declaration });
  }
  return out;
}
