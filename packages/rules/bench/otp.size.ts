/**
 * Size budgets of the browser bundles of `/otp`, `/pin`, `/password` (without the big list) and `/phone`:
 * esbuild bundle + minify of a tiny entry, then gzip -9. The common-password list is measured as the lazy
 * chunk `loadCommonPasswords()` splits off, and the server password policy for comparison. Exits 1 when a
 * budgeted bundle is over budget.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

interface Row {
  name: string;
  entry: string;
  budgetKb?: number;
  /** Code splitting, so a dynamic import() becomes its own chunk (only where the lazy load is the point). */
  splitting?: boolean;
}

async function measure(entry: string, splitting: boolean): Promise<Array<{ file: string; minified: number; gzip: number }>> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    splitting,
    format: 'esm',
    outdir: 'bench-out',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles.map((file) => ({
    file: file.path.replace(/.*\//, ''),
    minified: file.contents.length,
    gzip: gzipSync(file.contents, { level: 9 }).length,
  }));
}

const rows: Row[] = [
  { name: 'otp: everything (import *)', entry: "import * as m from '@gatehouse/rules/otp'; console.log(m);", budgetKb: 6 },
  {
    name: 'otp: verifyTotp',
    entry: "import { verifyTotp } from '@gatehouse/rules/otp'; console.log(verifyTotp);",
    budgetKb: 2.5,
  },
  {
    name: 'otp: otpauthUri + generateSecret',
    entry: "import { otpauthUri, generateSecret } from '@gatehouse/rules/otp'; console.log(otpauthUri, generateSecret);",
    budgetKb: 2.5,
  },
  { name: 'pin: everything', entry: "import * as m from '@gatehouse/rules/pin'; console.log(m);", budgetKb: 2.5 },
  {
    name: 'password: createBrowserPasswordPolicy',
    entry: "import { createBrowserPasswordPolicy } from '@gatehouse/rules/password'; console.log(createBrowserPasswordPolicy);",
    budgetKb: 3,
  },
  {
    name: 'password: browser policy + lazy list',
    entry:
      "import { createBrowserPasswordPolicy, loadCommonPasswords } from '@gatehouse/rules/password'; console.log(createBrowserPasswordPolicy, loadCommonPasswords);",
    budgetKb: 3.5,
    splitting: true,
  },
  {
    name: 'password: createPasswordPolicy (server)',
    entry: "import { createPasswordPolicy } from '@gatehouse/rules/password'; console.log(createPasswordPolicy);",
  },
  { name: 'phone: parsePhone', entry: "import { parsePhone } from '@gatehouse/rules/phone'; console.log(parsePhone);", budgetKb: 32 },
];

const kb = (bytes: number) => (bytes / 1024).toFixed(2);
let over = false;
console.log('bundle                                   | chunk          | minified KB | gzip -9 KB | budget KB');
console.log('-----------------------------------------|----------------|-------------|------------|----------');
for (const row of rows) {
  const files = await measure(row.entry, row.splitting === true);
  const [entry, ...chunks] = files;
  if (!entry) throw new Error(`no output for ${row.name}`);
  // The budget applies to what the page loads up front: the entry chunk.
  const status = row.budgetKb !== undefined && entry.gzip / 1024 > row.budgetKb ? ' OVER' : '';
  if (status) over = true;
  console.log(
    `${row.name.padEnd(41)}| ${'entry'.padEnd(15)}| ${kb(entry.minified).padStart(11)} | ${kb(entry.gzip).padStart(10)} | ${row.budgetKb ?? '-'}${status}`,
  );
  for (const chunk of chunks) {
    console.log(
      `${''.padEnd(41)}| ${'lazy chunk'.padEnd(15)}| ${kb(chunk.minified).padStart(11)} | ${kb(chunk.gzip).padStart(10)} | -`,
    );
  }
}
if (over) {
  console.error('over budget: see the rows marked OVER');
  process.exit(1);
}
