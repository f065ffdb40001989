/**
 * Builds the demo portal into `.build/public`: the page script bundled with esbuild (the flow elements bring the
 * flows' build-time compiled forms: no ajv compilation and no `unsafe-eval` in the browser), the HTML pages in
 * every language.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LANGUAGES, pagesIn } from './pages.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds everything; returns the directory to serve. */
export async function buildPortal(): Promise<string> {
  const out = join(here, '.build', 'public');
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [join(here, 'src', 'portal.ts')],
    outfile: join(out, 'portal.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['source'],
    tsconfig: join(here, '..', '..', 'packages', 'elements', 'tsconfig.json'),
    logLevel: 'warning',
  });
  await copyFile(join(here, 'public', 'portal.css'), join(out, 'portal.css'));
  // English pages at the top, every other language in a folder of its own (`de/login.html`); the server picks.
  for (const [lang] of LANGUAGES) {
    const dir = lang === 'en' ? out : join(out, lang);
    await mkdir(dir, { recursive: true });
    for (const [name, html] of Object.entries(pagesIn(lang))) await writeFile(join(dir, name), html);
  }
  return out;
}
