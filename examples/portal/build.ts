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
    // The bot defence's solver runs in a module worker that the elements start from `proof-solver.worker.js`
    // beside the page script (the page solves by itself when the file is missing, on its own thread).
    entryPoints: {
      portal: join(here, 'src', 'portal.ts'),
      'proof-solver.worker': join(
        here,
        '..',
        '..',
        'packages',
        'elements',
        'src',
        'proof-of-work',
        'proof-solver.worker.ts',
      ),
    },
    outdir: out,
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
