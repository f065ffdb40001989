/**
 * The studio page's script and stylesheet, bundled with esbuild when the server starts (no build step to
 * forget): Lit, `<gate-form>` and the studio's own elements in one module, from their TypeScript sources.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from './browser-bundle.js';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = join(here, '..', 'app');
const require = createRequire(import.meta.url);

/** The preview's light and dark themes, as `@gatehouse/elements` ships them (applied with `data-gate-theme`). */
async function themes(): Promise<string> {
  const files = ['@gatehouse/elements/themes/light.css', '@gatehouse/elements/themes/dark.css'];
  return (await Promise.all(files.map((f) => readFile(require.resolve(f), 'utf8')))).join('\n');
}

/** The static files of the studio page. */
export interface AppBundle {
  'studio.js': string;
  'studio.css': string;
  'index.html': string;
}

/** Bundles the page script and reads the page and stylesheet. */
export async function bundleApp(): Promise<AppBundle> {
  const script = await bundleForBrowser({
    entryPoints: [join(appRoot, 'main.ts')],
    logLevel: 'warning',
    tsconfig: join(here, '..', '..', 'tsconfig.json'),
  });
  return {
    'studio.js': script,
    'studio.css': `${await readFile(join(appRoot, 'studio.css'), 'utf8')}\n${await themes()}`,
    'index.html': await readFile(join(appRoot, 'index.html'), 'utf8'),
  };
}
