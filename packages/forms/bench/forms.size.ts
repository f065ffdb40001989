/**
 * Size budget: the RMA form's built module (validators + engine runtime, all bundled) ≤ 10 KB gzip -9.
 * Exits 1 when over budget.
 */
import { gzipSync } from 'node:zlib';
import { buildForm } from '../src/build/build-form.js';
import { registration, rma, wideForm } from './forms-under-test.js';

const budget = 10 * 1024;
const rows: [string, number, number][] = [];
for (const [name, def] of [
  ['rma-request (budget 10 KB)', rma],
  ['registration-bench', registration],
  ['200-field', wideForm().definition],
] as const) {
  const { code } = await buildForm(def);
  rows.push([name, Buffer.byteLength(code), gzipSync(code, { level: 9 }).length]);
}
console.log('built module                 | minified B | gzip -9 B');
console.log('-----------------------------|------------|----------');
for (const [n, raw, gz] of rows) console.log(`${n.padEnd(28)} | ${String(raw).padStart(10)} | ${String(gz).padStart(9)}`);
const rmaGzip = rows[0]![2];
if (rmaGzip > budget) {
  console.log(`OVER BUDGET: ${rmaGzip} > ${budget}`);
  process.exit(1);
}
console.log(`rma-request: ${rmaGzip} B gzip, within ${budget} B`);
