/**
 * Regenerates the states/events/ports tables and the Mermaid diagram of every `docs/flows/<flow>.md`.
 * Run: `pnpm --filter @gatehouse/flows diagrams` (or `node --conditions=source --import tsx scripts/diagrams.ts`).
 * `--check` exits 1 when a page is out of date instead of writing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flows, renderPage } from './flow-docs.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/flows');
const checkOnly = process.argv.includes('--check');
let stale = 0;
for (const [flow, machine] of Object.entries(flows)) {
  const file = join(docs, `${flow}.md`);
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : `# ${flow}\n`;
  const next = renderPage(existing, machine);
  if (next === existing) continue;
  stale++;
  if (checkOnly) console.log(`out of date: docs/flows/${flow}.md`);
  else {
    writeFileSync(file, next);
    console.log(`wrote docs/flows/${flow}.md`);
  }
}
if (checkOnly && stale > 0) process.exit(1);
