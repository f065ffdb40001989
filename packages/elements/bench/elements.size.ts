/**
 * Bundle-size budgets of the elements (issue 6): esbuild bundle + minify for the browser, then gzip -9.
 * Prints one table and exits 1 when any bundle is over its budget.
 *
 * Bundles measured: a page that registers only `<gate-form>`, a page with only `<gate-registration>` (Lit, XState,
 * the machine, its build-time compiled form, the browser e-mail filter, the fetch adapter, persistence), and every
 * element (`@gatehouse/elements/define`). All three budgets are enforced; an over-budget row also prints its
 * largest inputs so the owner of the bytes is visible.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

interface Budget {
  name: string;
  entry: string;
  budgetKb: number;
  /** False while the bundle is a projection of a page that does not exist yet: printed, not failed. */
  enforced: boolean;
}

const budgets: Budget[] = [
  { name: '<gate-form> only (lit + renderer)', entry: `import '@gatehouse/elements/form/define';`, budgetKb: 20, enforced: true },
  {
    name: '<gate-registration> only (lit, xstate, machine, forms)',
    entry: `import '@gatehouse/elements/registration/define';`,
    budgetKb: 40,
    enforced: true,
  },
  {
    name: 'all flow elements (define)',
    entry: `import '@gatehouse/elements/define';`,
    budgetKb: 90,
    enforced: true,
  },
];

/** The biggest contributors of a bundle (minified bytes by package or source folder), for the printed breakdown. */
function contributors(meta: import('esbuild').Metafile): string {
  const out = Object.values(meta.outputs)[0]!;
  const by = new Map<string, number>();
  for (const [file, v] of Object.entries(out.inputs)) {
    const key = file
      .replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1')
      .replace(/^(\.\.\/)+/, '')
      .replace(/^packages\/([^/]+)\/(src|generated)\/([^/]+).*/, '$1/$3');
    by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`)
    .join(' · ');
}

async function measure(entry: string): Promise<{ min: number; gzip: number; top: string }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // `module` as host bundlers (vite, webpack, esbuild's defaults) use it: without it XState resolves to its CJS
    // build, which does not tree-shake (+3 KB gzip).
    conditions: ['source', 'browser', 'module', 'import', 'default'],
    metafile: true,
    tsconfig: new URL('../../../tsconfig.base.json', import.meta.url).pathname,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, top: contributors(result.metafile!) };
}

let over = 0;
const rows: string[] = [];
for (const b of budgets) {
  try {
    const { min, gzip, top } = await measure(b.entry);
    const ok = gzip <= b.budgetKb * 1024;
    if (!ok && b.enforced) over += 1;
    rows.push(
      `${b.name.padEnd(72)} ${(min / 1024).toFixed(1).padStart(8)} ${(gzip / 1024).toFixed(1).padStart(8)} ${String(b.budgetKb).padStart(7)}  ${ok ? 'ok' : b.enforced ? 'OVER' : 'over (projection, not enforced)'}`,
    );
    if (!ok) rows.push(`    largest inputs, min KB: ${top}`);
  } catch (error) {
    over += 1;
    rows.push(`${b.name.padEnd(72)} build failed: ${(error as Error).message.split('\n')[0]}`);
  }
}
console.log(`${'bundle'.padEnd(72)} ${'min KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'budget'.padStart(7)}`);
for (const row of rows) console.log(row);
process.exit(over === 0 ? 0 : 1);
