/**
 * The browser rules that load lazily, as a host ships them: a form built with `external: true` and bundled for
 * browsers by esbuild with and without code splitting (minify, gzip -9). "First load" is the entry plus the chunks
 * it imports statically; "lazy" is what `import()` fetches after the form is created. Two forms: the registration
 * form (the `business-email` policy and its filter) and a form with one phone field (libphonenumber-js and its
 * metadata); beside them the self-contained module of the phone form (`buildForm` without `external`, one file).
 * Exits 1 when a rule's payload is in a first load.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type OutputFile } from 'esbuild';
import type { FormDefinition } from '../src/index.js';
import { buildForm } from '../src/build/build-form.js';
import { registrationWithRules } from './forms-under-test.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rulesRoot = dirname(createRequire(import.meta.url).resolve('@gatehouse/rules/package.json'));
const filterMark = /base64:\s*'([A-Za-z0-9+/]{40})/.exec(
  readFileSync(join(rulesRoot, 'src/email/data/free-filter.generated.ts'), 'utf8'),
)![1]!;
// A key of libphonenumber-js's metadata and code: present exactly where they are.
const phoneMark = 'country_calling_codes';

const onePhone: FormDefinition = {
  id: 'one-phone',
  schema: {
    type: 'object',
    properties: { phone: { type: 'string', maxLength: 30, 'x-rule': { name: 'phone', options: { defaultCountry: 'DE' } } } },
  },
};

// A scratch package whose node_modules links @gatehouse/forms here, as in a host app.
const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-lazy-size-'));
mkdirSync(join(scratch, 'node_modules', '@gatehouse'), { recursive: true });
symlinkSync(packageRoot, join(scratch, 'node_modules', '@gatehouse', 'forms'), 'dir');

const bundle = async (entry: string, splitting: boolean) =>
  (
    await build({
      entryPoints: [entry],
      bundle: true,
      splitting,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser', 'source'],
      minify: true,
      outdir: join(scratch, `${basename(entry, '.js')}-${splitting ? 'split' : 'single'}`),
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles;

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const byName = (files: OutputFile[]) => new Map(files.map((f) => [basename(f.path), f]));

/** The entry and every chunk reachable from it through static imports. */
function firstLoad(files: OutputFile[], entry: string): OutputFile[] {
  const named = byName(files);
  const seen = new Set<string>([entry]);
  for (const name of seen)
    for (const m of named.get(name)!.text.matchAll(/(?:import|from)\s*"\.\/([\w-]+\.js)"/g)) seen.add(m[1]!);
  return [...seen].map((n) => named.get(n)!);
}

const rows: [string, number, number][] = [];
let failed = false;
for (const [label, definition, mark] of [
  ['registration (e-mail policy)', registrationWithRules, filterMark],
  ['one phone field (phone metadata)', onePhone, phoneMark],
] as const) {
  const name = `${definition.id}.js`;
  const entry = join(scratch, name);
  writeFileSync(entry, (await buildForm(definition, { external: true })).code);
  const single = await bundle(entry, false);
  const split = await bundle(entry, true);
  const first = firstLoad(split, name);
  const lazy = split.filter((f) => !first.includes(f));
  const sum = (files: OutputFile[], f: (text: string) => number) => files.reduce((a, x) => a + f(x.text), 0);
  rows.push([`${label}: one bundle`, sum(single, (t) => t.length), sum(single, gz)]);
  rows.push([`${label}: split, first load`, sum(first, (t) => t.length), sum(first, gz)]);
  rows.push([`${label}: split, lazy (${lazy.length})`, sum(lazy, (t) => t.length), sum(lazy, gz)]);
  if (first.some((f) => f.text.includes(mark)) || !lazy.some((f) => f.text.includes(mark))) {
    console.log(`FAIL: ${label}: the rule's payload is in the first load (or not in a lazy chunk)`);
    failed = true;
  }
}
const selfContained = (await buildForm(onePhone)).code;
rows.push(['one phone field: self-contained module', selfContained.length, gz(selfContained)]);

console.log(`${'browser bundle'.padEnd(52)} | minified B | gzip -9 B`);
console.log(`${'-'.repeat(52)}-|------------|----------`);
for (const [n, raw, z] of rows) console.log(`${n.padEnd(52)} | ${String(raw).padStart(10)} | ${String(z).padStart(9)}`);
rmSync(scratch, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
