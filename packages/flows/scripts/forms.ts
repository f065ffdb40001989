/**
 * Regenerates `generated/forms/*.form.js` (English texts only) and `*.form.de.js` (the German texts, registered
 * by `@gatehouse/flows/<flow>/de`), each with its `.d.ts`, from the flows' `*.form.json` definitions.
 * Run: `pnpm --filter @gatehouse/flows forms`. `--check` exits 1 when a module is out of date instead of writing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir, renderBuiltForms } from './built-forms.js';

const checkOnly = process.argv.includes('--check');
const forms = await renderBuiltForms();
mkdirSync(generatedDir, { recursive: true });
const expected = new Map<string, string>();
for (const f of forms) {
  expected.set(`${f.name}.js`, f.js);
  expected.set(`${f.name}.d.ts`, f.dts);
  expected.set(`${f.name}.de.js`, f.de.js);
  expected.set(`${f.name}.de.d.ts`, f.de.dts);
}
let stale = 0;
for (const [file, text] of expected) {
  const path = join(generatedDir, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  stale++;
  if (checkOnly) console.log(`out of date: generated/forms/${file}`);
  else writeFileSync(path, text);
}
// A module whose definition is gone must go too, or a machine could keep importing it.
for (const file of readdirSync(generatedDir)) {
  if (expected.has(file)) continue;
  stale++;
  if (checkOnly) console.log(`orphan: generated/forms/${file}`);
  else rmSync(join(generatedDir, file));
}
console.log(`${forms.length} forms, ${stale} file(s) ${checkOnly ? 'out of date' : 'written or removed'}`);
if (checkOnly && stale > 0) process.exit(1);
