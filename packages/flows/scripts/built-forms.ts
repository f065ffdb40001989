/**
 * The build-time compiled form modules of the flows: every `src/<flow>/*.form.json` built with
 * `buildForm(definition, { external: true, locales: ['en'] })` into `generated/forms/<name>.form.js` (+ `.d.ts`),
 * and its German texts with `buildFormMessages(definition, 'de')` into `<name>.form.de.js`, which only
 * `@gatehouse/flows/<flow>/de` imports: an English page never downloads them. The machines
 * import these modules, so no flow compiles a schema at run time (no ajv, no `new Function`: CSP-safe), and
 * the engine and named rules stay shared imports whose export conditions pick the browser or the exact rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildForm, buildFormMessages } from '@gatehouse/forms/build';

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
  /** The German module `generated/forms/<name>.de.js` (+ `.d.ts`). */
  de: { js: string; dts: string };
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
    const built = await buildForm(definition, { external: true, locales: ['en'] });
    const german = buildFormMessages(definition, 'de');
    const name = basename(source, '.json');
    const header = (how: string) =>
      `// Generated from ${source} by scripts/forms.ts (${how}). Do not edit: run \`pnpm --filter @gatehouse/flows forms\`.\n`;
    const form = header("buildForm, external: true, locales: ['en']");
    const de = header("buildFormMessages, 'de'");
    out.push({
      source,
      name,
      js: form + built.code,
      dts: form + built.declaration,
      de: { js: de + german.code, dts: de + german.declaration },
    });
  }
  return out;
}
