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
import { bundleForBrowser } from './browser-bundle.js';

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
const bundleBuilt = (code: string, id: string) =>
  bundleForBrowser({
    stdin: {
      contents: `import '@gatehouse/forms/locales/de';\n${code}`,
      resolveDir: packageRoot,
      sourcefile: `${id}.form.js`,
      loader: 'js',
    },
  });

/** An empty store. */
export function createPreviewModules(): PreviewModules {
  const modules = new Map<string, string>();
  return {
    async add(definition) {
      const name = `${createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 24)}.js`;
      if (modules.has(name)) return name;
      const built = await buildForm(definition, { external: true });
      modules.set(name, await bundleBuilt(built.code, built.id));
      while (modules.size > KEEP) modules.delete(modules.keys().next().value as string);
      return name;
    },
    get: (name) => modules.get(name),
  };
}
