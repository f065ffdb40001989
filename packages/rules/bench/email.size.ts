/**
 * Size budget of the browser e-mail check: esbuild bundles and minifies a tiny entry that imports
 * `@gatehouse/rules/email/browser`, then gzip -9. Prints a table; exits 1 when over 15 KB.
 * The server form (exact lists + tldts) is measured too, for comparison only.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_KB = 15;

async function measure(entry: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [
  {
    name: 'email/browser: checkBusinessEmail',
    entry: "import { checkBusinessEmail } from '@gatehouse/rules/email/browser'; console.log(checkBusinessEmail('a@b.co'));",
    budget: BUDGET_KB,
  },
  {
    name: 'email/browser: createEmailPolicy',
    entry: "import { createEmailPolicy } from '@gatehouse/rules/email/browser'; console.log(createEmailPolicy({}).check('a@b.co'));",
    budget: BUDGET_KB,
  },
  {
    name: 'email (server form, for comparison)',
    entry: "import { checkBusinessEmail } from '@gatehouse/rules/email'; console.log(checkBusinessEmail('a@b.co'));",
    budget: undefined,
  },
];

let over = false;
console.log('bundle                               | minified KB | gzip -9 KB | budget KB');
console.log('-------------------------------------|-------------|------------|----------');
for (const row of rows) {
  const size = await measure(row.entry);
  const gzipKb = size.gzip / 1024;
  if (row.budget !== undefined && gzipKb > row.budget) over = true;
  console.log(
    `${row.name.padEnd(37)}| ${(size.minified / 1024).toFixed(1).padStart(11)} | ${gzipKb.toFixed(2).padStart(10)} | ${row.budget ?? '-'}`,
  );
}
if (over) {
  console.error(`over budget: the browser e-mail check must stay within ${BUDGET_KB} KB gzip`);
  process.exit(1);
}
