/**
 * The browser `business-email` policy as a lazy chunk: the registration form built with `external: true` and
 * bundled for browsers by esbuild with and without code splitting (minify, gzip -9). "First load" is the entry
 * plus the chunks it imports statically; "lazy" is what `import()` fetches after the form is created.
 * Exits 1 when the e-mail policy's filter is in the first load.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type OutputFile } from 'esbuild';
import { buildForm } from '../src/build/build-form.js';
import { registrationWithRules } from './forms-under-test.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rulesRoot = dirname(createRequire(import.meta.url).resolve('@gatehouse/rules/package.json'));
const filterMark = /base64:\s*'([A-Za-z0-9+/]{40})/.exec(
  readFileSync(join(rulesRoot, 'src/email/data/free-filter.generated.ts'), 'utf8'),
)![1]!;

// A scratch package whose node_modules links @gatehouse/forms here, as in a host app.
const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-lazy-size-'));
mkdirSync(join(scratch, 'node_modules', '@gatehouse'), { recursive: true });
symlinkSync(packageRoot, join(scratch, 'node_modules', '@gatehouse', 'forms'), 'dir');
const entry = join(scratch, 'registration.js');
writeFileSync(entry, (await buildForm(registrationWithRules, { external: true })).code);

const bundle = async (splitting: boolean) =>
  (
    await build({
      entryPoints: [entry],
      bundle: true,
      splitting,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser', 'source'],
      minify: true,
      outdir: join(scratch, splitting ? 'split' : 'single'),
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles;

const gz = (f: OutputFile) => gzipSync(f.text, { level: 9 }).length;
const byName = (files: OutputFile[]) => new Map(files.map((f) => [basename(f.path), f]));

/** The entry and every chunk reachable from it through static imports. */
function firstLoad(files: OutputFile[]): OutputFile[] {
  const named = byName(files);
  const seen = new Set<string>(['registration.js']);
  const queue = ['registration.js'];
  while (queue.length > 0) {
    const text = named.get(queue.shift()!)!.text;
    for (const m of text.matchAll(/(?:import|from)\s*"\.\/([\w-]+\.js)"/g)) {
      if (!seen.has(m[1]!)) {
        seen.add(m[1]!);
        queue.push(m[1]!);
      }
    }
  }
  return [...seen].map((n) => named.get(n)!);
}

const single = await bundle(false);
const split = await bundle(true);
const first = firstLoad(split);
const entryText = byName(split).get('registration.js')!.text;
const lazyNames = [...entryText.matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map((m) => m[1]!);
const lazy = lazyNames.map((n) => byName(split).get(n)!);
const sum = (files: OutputFile[], f: (x: OutputFile) => number) => files.reduce((a, x) => a + f(x), 0);

const rows: [string, number, number][] = [
  ['one bundle, no splitting', sum(single, (f) => f.text.length), sum(single, gz)],
  [`split: first load (${first.length} files)`, sum(first, (f) => f.text.length), sum(first, gz)],
  [`split: lazy e-mail policy (${lazy.length})`, sum(lazy, (f) => f.text.length), sum(lazy, gz)],
];
console.log('registration form, browser bundle   | minified B | gzip -9 B');
console.log('------------------------------------|------------|----------');
for (const [n, raw, z] of rows) console.log(`${n.padEnd(35)} | ${String(raw).padStart(10)} | ${String(z).padStart(9)}`);
rmSync(scratch, { recursive: true, force: true });

if (first.some((f) => f.text.includes(filterMark)) || !lazy.some((f) => f.text.includes(filterMark))) {
  console.log('FAIL: the e-mail policy filter is in the first load (or not in the lazy chunk)');
  process.exit(1);
}
console.log(`first load ${rows[1]![2]} B gzip; the e-mail policy (${rows[2]![2]} B gzip) loads after the form is created`);
