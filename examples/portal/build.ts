/**
 * Builds the demo portal into `.build/public`: every flow form compiled to a standalone module (no ajv
 * compilation and no `unsafe-eval` in the browser), the page script bundled with esbuild, the HTML pages.
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles } from '@gatehouse/forms/build';
import { build } from 'esbuild';
import { pages } from './pages.js';

const here = dirname(fileURLToPath(import.meta.url));
const flowsSrc = join(here, '..', '..', 'packages', 'flows', 'src');

/** Builds everything; returns the directory to serve. */
export async function buildPortal(): Promise<string> {
  const out = join(here, '.build', 'public');
  await mkdir(out, { recursive: true });
  const forms: string[] = [];
  for (const flow of await readdir(flowsSrc, { withFileTypes: true })) {
    if (!flow.isDirectory()) continue;
    for (const file of await readdir(join(flowsSrc, flow.name))) {
      if (file.endsWith('.form.json')) forms.push(join(flowsSrc, flow.name, file));
    }
  }
  await buildFiles(forms, join(here, '.build', 'forms'));
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
  for (const [name, html] of Object.entries(pages)) await writeFile(join(out, name), html);
  return out;
}
