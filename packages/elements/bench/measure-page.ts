/**
 * What a page downloads for one entry, measured the way a host's bundler ships it: esbuild bundle + minify + code
 * splitting (conditions source/browser/module/import/default), gzip -9 per chunk. Shared by the size checks
 * (`elements.size.ts`, `german.size.ts`) so both count the same bytes.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** Minified and gzip bytes of a set of chunks. */
export interface ChunkBytes {
  min: number;
  gzip: number;
}

/** The bytes of a page: what loads before the first render, what `import()` may load later, and the details. */
export interface PageBytes {
  /** The entry chunk and everything it imports statically: what loads before the first render. */
  initial: ChunkBytes;
  /** Chunks reachable only through `import()` from those (the browser e-mail policy, …). */
  lazy: ChunkBytes;
  /** The concatenated text of the initial chunks (to check what a page carries). */
  initialText: string;
  /** The metafile outputs of the initial chunks (for a breakdown by input). */
  initialOutputs: Metafile['outputs'][string][];
}

/** The name esbuild gives the page's own module (stdin), by which its output chunk is found. */
const ENTRY_NAME = 'entry.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url));

/** Bundles `entry` (module source, resolved from packages/elements) and sorts its chunks into initial and lazy. */
export async function measurePage(entry: string): Promise<PageBytes> {
  const result = await build({
    stdin: { contents: entry, resolveDir: packageDir, loader: 'ts', sourcefile: ENTRY_NAME },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Code splitting as host bundlers do it: a dynamic `import()` becomes its own chunk, loaded when needed.
    splitting: true,
    outdir: '/virtual-out',
    // `module` as host bundlers (vite, webpack, esbuild's defaults) use it: without it XState resolves to its CJS
    // build, which does not tree-shake (+3 KB gzip).
    conditions: ['source', 'browser', 'module', 'import', 'default'],
    metafile: true,
    tsconfig,
    write: false,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const key = (path: string) => path.replace(/^.*virtual-out\//, '');
  // Every `import()` target is an entry point of its own in the metafile: the page's entry is the one built
  // from the stdin module, named by `sourcefile` above (metafile paths are relative to the working directory).
  const entryPoint = relative(process.cwd(), join(packageDir, ENTRY_NAME));
  const entryOut = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === entryPoint)!;
  const initial = new Set<string>();
  const walkStatic = (out: string) => {
    if (initial.has(out)) return;
    initial.add(out);
    for (const imp of outputs[out]!.imports) if (imp.kind === 'import-statement') walkStatic(imp.path);
  };
  walkStatic(entryOut);
  // esbuild also emits chunks for `import()`s that tree-shaking made unreachable; nothing loads those, so only
  // chunks reached from the initial ones count as lazy.
  const lazy = new Set<string>();
  const walkLazy = (out: string) => {
    for (const imp of outputs[out]!.imports) {
      if (initial.has(imp.path) || lazy.has(imp.path)) continue;
      lazy.add(imp.path);
      walkLazy(imp.path);
    }
  };
  for (const out of initial) walkLazy(out);
  const page: PageBytes = {
    initial: { min: 0, gzip: 0 },
    lazy: { min: 0, gzip: 0 },
    initialText: '',
    initialOutputs: [...initial].map((out) => outputs[out]!),
  };
  for (const file of result.outputFiles) {
    const out = Object.keys(outputs).find((k) => key(k) === key(file.path));
    if (!out?.endsWith('.js') || !(initial.has(out) || lazy.has(out))) continue;
    const part = initial.has(out) ? page.initial : page.lazy;
    part.min += file.contents.length;
    part.gzip += gzipSync(file.contents, { level: 9 }).length;
    if (initial.has(out)) page.initialText += file.text;
  }
  return page;
}
