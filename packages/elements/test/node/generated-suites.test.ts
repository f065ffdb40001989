/**
 * The generated browser suites under test/generated are what `gatehouse-check generate` writes today from
 * their models: regenerating gives the same files, byte for byte (regenerate with the command below).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSuite, type ModelDefinition, suiteFiles } from '@gatehouse/check';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../generated/', import.meta.url));

describe('generated browser suites', () => {
  for (const stem of ['login', 'registration', 'rma-request']) {
    it(`${stem}: regenerating gives the committed files (gatehouse-check generate test/generated/${stem}.model.ts --adapter test/generated/${stem}.adapter.ts --out test/generated)`, async () => {
      const model = (await import(`../generated/${stem}.model.ts`)).default as ModelDefinition;
      const suite = generateSuite(model);
      expect(suite.missed).toEqual([]);
      for (const file of suiteFiles(suite, `${dir}${stem}.adapter.ts`, dir)) {
        expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.text);
      }
    });
  }
});
