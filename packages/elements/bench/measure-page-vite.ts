/**
 * What a page downloads for one entry when the host bundles with Vite (Rolldown), the bundler the consumer test
 * builds the registration embed with: gzip -9 of the entry chunk and every chunk it imports statically. Kept
 * beside the esbuild measurement (`measure-page.ts`) because the two minifiers differ by about 5 % on the same
 * sources, and the budget a consumer meets is the one their bundler produces.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** A page as a host writes it (an HTML file with one module script), so Vite adds what it adds to real pages. */
const PAGE = `${packageDir}size-page.html`;
const SCRIPT = `${packageDir}size-page.js`;

/** The page and its module as virtual files in packages/elements, so nothing is written to disk. */
function virtualPage(entry: string): Plugin {
  return {
    name: 'gatehouse-size-page',
    enforce: 'pre',
    resolveId: (id) => (id === PAGE || id === SCRIPT || id === '/size-page.js' ? (id === PAGE ? PAGE : SCRIPT) : undefined),
    load: (id) =>
      id === PAGE ? '<!doctype html><script type="module" src="/size-page.js"></script>' : id === SCRIPT ? entry : undefined,
  };
}

/** Gzip bytes of the chunks `entry` loads before its first render, bundled and minified by Vite from sources. */
export async function measurePageWithVite(entry: string): Promise<number> {
  const { build } = await import('vite');
  const output = await build({
    root: packageDir,
    configFile: false,
    logLevel: 'silent',
    plugins: [virtualPage(entry)],
    resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
    build: { write: false, rollupOptions: { input: PAGE } },
  });
  const chunks = (Array.isArray(output) ? output : [output as { output: unknown[] }]).flatMap(
    (o) => (o as { output: { fileName: string; type: string; isEntry?: boolean; imports?: string[]; code?: string }[] }).output,
  );
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set<string>();
  const walk = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of byName.get(name)?.imports ?? []) walk(imported);
  };
  for (const chunk of chunks) if (chunk.type === 'chunk' && chunk.isEntry) walk(chunk.fileName);
  let gzip = 0;
  for (const name of initial) gzip += gzipSync(byName.get(name)?.code ?? '', { level: 9 }).length;
  return gzip;
}
