/**
 * The preview's compiled forms: each definition is built with the forms package's own `buildForm` (the module a
 * published page loads, ajv standalone validators and no `eval`), then bundled with the engine and its German
 * issue texts into one self-contained module the studio page imports from its own origin, so the preview runs
 * under `script-src 'self'` and validates with the very code the server builds.
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildForm } from '@gatehouse/forms/build';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** Where `@gatehouse/forms` resolves for the bundle: the studio package itself. */
const packageRoot = join(here, '..', '..');

/** How many built modules stay in memory (each is tens of kilobytes); the oldest go first. */
const KEEP = 40;

/** The built modules, by content hash. */
export interface PreviewModules {
  /** Builds (or finds) the module of `definition`; returns its name, e.g. `3f2a….js`. Throws like `buildForm`. */
  add(definition: unknown): Promise<string>;
  /** The code of a module built before, if still kept. */
  get(name: string): string | undefined;
}

/** Bundles a module built with `external: true` together with the engine and the German built-in texts. */
async function bundleForBrowser(code: string, id: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import '@gatehouse/forms/locales/de';\n${code}`,
      resolveDir: packageRoot,
      sourcefile: `${id}.form.js`,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** An empty store. */
export function createPreviewModules(): PreviewModules {
  const modules = new Map<string, string>();
  return {
    async add(definition) {
      const name = `${createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 24)}.js`;
      if (modules.has(name)) return name;
      const built = await buildForm(definition, { external: true });
      modules.set(name, await bundleForBrowser(built.code, built.id));
      while (modules.size > KEEP) modules.delete(modules.keys().next().value as string);
      return name;
    },
    get: (name) => modules.get(name),
  };
}
