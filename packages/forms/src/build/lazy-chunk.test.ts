/**
 * The browser `business-email` policy is a separate chunk: a host bundler with code splitting keeps the
 * Golomb filter out of the chunk a page loads first, and the runtime compiler in a browser (`compile` under
 * the `browser` condition) carries neither the filter nor the exact lists up front.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildForm } from './build-form.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rulesRoot = dirname(createRequire(import.meta.url).resolve('@gatehouse/rules/package.json'));
// The first characters of the filter's base64 data: present in a chunk exactly when the filter is.
const filterMark = /base64:\s*'([A-Za-z0-9+/]{40})/.exec(
  readFileSync(join(rulesRoot, 'src/email/data/free-filter.generated.ts'), 'utf8'),
)![1]!;
// An entry of free-email-domains that only the exact (server) list holds.
const exactListMark = '000webmail.ddnss.de';

const definition = {
  id: 'lazy-chunk-probe',
  schema: {
    type: 'object',
    properties: { email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' } },
    required: ['email'],
  },
};

const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-lazy-'));
mkdirSync(join(scratch, 'node_modules', '@gatehouse'), { recursive: true });
symlinkSync(packageRoot, join(scratch, 'node_modules', '@gatehouse', 'forms'), 'dir');

const browserBuild = (entry: string) =>
  build({
    entryPoints: [entry],
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

describe('the browser e-mail policy as a lazy chunk', () => {
  it('is not in the entry chunk of a built form bundled with splitting, and is in exactly one other chunk', async () => {
    const file = join(scratch, 'probe.js');
    writeFileSync(file, (await buildForm(definition, { external: true })).code);
    const { outputFiles } = await browserBuild(file);
    const entry = outputFiles.find((f) => f.path.endsWith('probe.js'))!;
    const chunks = outputFiles.filter((f) => f !== entry);
    expect(entry.text).not.toContain(filterMark);
    expect(entry.text).toMatch(/import\("\.\/[\w-]+\.js"\)/);
    expect(chunks.filter((c) => c.text.includes(filterMark))).toHaveLength(1);
    // The codes are there synchronously, from the light module: in the entry or a chunk it imports statically
    // (the English texts of the codes come with the lazy chunk).
    const statics = [...entry.text.matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => m[1]);
    const upFront = [entry, ...chunks.filter((c) => statics.some((name) => c.path.endsWith(`/${name}`)))];
    expect(upFront.map((c) => c.text).join('')).toContain('lookalike-domain');
    expect(upFront.map((c) => c.text).join('')).not.toContain('is a free e-mail provider');
    expect(entry.text + chunks.map((c) => c.text).join('')).not.toContain(exactListMark);
  });

  it('the runtime compiler for browsers resolves the lazy rule, not the exact lists', async () => {
    const file = join(scratch, 'dev.js');
    writeFileSync(file, "export { compileForm } from '@gatehouse/forms/compile';\n");
    const { outputFiles } = await browserBuild(file);
    const entry = outputFiles.find((f) => f.path.endsWith('dev.js'))!;
    expect(entry.text).not.toContain(filterMark);
    expect(outputFiles.map((f) => f.text).join('')).not.toContain(exactListMark);
    expect(outputFiles.filter((f) => f.text.includes(filterMark))).toHaveLength(1);
  });
});
