import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flows, renderPage } from '../scripts/flow-docs.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/flows');

describe('docs/flows pages', () => {
  for (const [flow, machine] of Object.entries(flows)) {
    it(`${flow}.md is up to date with the machine (run: pnpm --filter @gatehouse/flows diagrams)`, () => {
      const page = readFileSync(join(docs, `${flow}.md`), 'utf8');
      expect(page).toContain('## Purpose');
      expect(page).toContain('```mermaid\nstateDiagram-v2');
      expect(renderPage(page, machine)).toBe(page);
    });
  }
});
