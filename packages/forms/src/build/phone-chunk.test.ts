/**
 * A form with one phone field stays light in a browser: libphonenumber-js and its metadata (≈ 28 KB gzip) are a
 * chunk loaded after the form is created, not part of what the page loads first. Measured as a host ships it: the
 * form built with `external: true`, bundled by esbuild for browsers with code splitting, minified, gzip -9.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type OutputFile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildForm } from './build-form.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** First load of a one-phone-field form, gzip -9: a plain one-field form is ≈ 5.6 KB; the phone metadata alone ≈ 28 KB. */
const BUDGET = 8 * 1024;
// A key of libphonenumber-js's metadata and code (its country-calling-code table): present exactly where they are.
const metadataMark = 'country_calling_codes';

const definition = {
  id: 'one-phone',
  schema: {
    type: 'object',
    properties: {
      phone: {
        type: 'string',
        maxLength: 30,
        'x-rule': { name: 'phone', options: { defaultCountry: 'DE' } },
      },
    },
  },
};

const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-phone-'));
mkdirSync(join(scratch, 'node_modules', '@gatehouse'), { recursive: true });
symlinkSync(packageRoot, join(scratch, 'node_modules', '@gatehouse', 'forms'), 'dir');

/** The entry and every chunk it imports statically: what a page loads before the form can render. */
function firstLoad(files: OutputFile[], entry: string): OutputFile[] {
  const named = new Map(files.map((f) => [basename(f.path), f]));
  const seen = new Set([entry]);
  for (const name of seen)
    for (const m of named.get(name)!.text.matchAll(/(?:import|from)\s*"\.\/([\w-]+\.js)"/g)) seen.add(m[1]!);
  return [...seen].map((n) => named.get(n)!);
}

describe('a form with one phone field in a browser bundle', () => {
  it(`loads first at most ${BUDGET} B gzip; the phone metadata follows in a lazy chunk`, async () => {
    const file = join(scratch, 'one-phone.js');
    writeFileSync(file, (await buildForm(definition, { external: true })).code);
    const { outputFiles } = await build({
      entryPoints: [file],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser', 'source'],
      minify: true,
      outdir: join(scratch, 'out'),
      write: false,
      logLevel: 'silent',
    });
    const first = firstLoad(outputFiles, 'one-phone.js');
    const gzip = first.reduce((sum, f) => sum + gzipSync(f.text, { level: 9 }).length, 0);
    expect(first.some((f) => f.text.includes(metadataMark))).toBe(false);
    expect(gzip).toBeLessThanOrEqual(BUDGET);
    const lazy = outputFiles.filter((f) => !first.includes(f));
    expect(lazy.filter((f) => f.text.includes(metadataMark))).toHaveLength(1);
  });
});
