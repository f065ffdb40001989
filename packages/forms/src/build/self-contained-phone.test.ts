/**
 * A self-contained module (`buildForm` without `external`, what `gatehouse-forms build` writes and the server
 * publishes) with one phone field stays light: libphonenumber-js and its metadata are a chunk of their own that
 * the module imports lazily by a relative URL, and once it arrived the module's verdicts are the server rule's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import { phoneRule } from '../rules/phone.js';
import { buildForm } from './build-form.js';

/** The module's own size, gzip -9: a plain one-field form is ≈ 5.6 KB; the phone metadata alone ≈ 28 KB. */
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

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

describe('a self-contained module with one phone field', () => {
  it(`is at most ${BUDGET} B gzip; the phone metadata is one chunk it imports lazily`, async () => {
    const built = await buildForm(definition);
    expect(built.code).not.toContain(metadataMark);
    expect(gzip(built.code)).toBeLessThanOrEqual(BUDGET);
    expect(built.chunks).toHaveLength(1);
    const [chunk] = built.chunks;
    expect(chunk!.file).toMatch(/^rule-phone\.[0-9a-f]{16}\.js$/);
    expect(chunk!.code).toContain(metadataMark);
    // Only by a dynamic import: a static one would put the chunk back into the first load.
    expect(built.code).toContain(`import("./${chunk!.file}")`);
    expect(built.code).not.toMatch(
      new RegExp(`(?:from|import)\\s*"\\./${chunk!.file.replace(/\./g, '\\.')}"`),
    );
    // No eval, no require: the chunk runs under a strict CSP like the module.
    expect(chunk!.code).not.toMatch(/(?<!['"\w.$])require\s*\(|__require|new Function|\beval\(/);
  });

  it('names the same chunk for every form (one copy per server) and none without a phone field', async () => {
    const other = await buildForm({
      id: 'contact',
      schema: {
        type: 'object',
        properties: {
          name: { type: 'string', maxLength: 40 },
          mobile: { type: 'string', maxLength: 30, 'x-rule': 'phone' },
        },
      },
    });
    const [a, b] = [(await buildForm(definition)).chunks[0]!, other.chunks[0]!];
    expect(b.file).toBe(a.file);
    expect(b.code).toBe(a.code);
    const plain = await buildForm({
      id: 'plain',
      schema: { type: 'object', properties: { name: { type: 'string', maxLength: 40 } } },
    });
    expect(plain.chunks).toEqual([]);
    expect((await buildForm(definition, { external: true })).chunks).toEqual([]);
  });

  it('refuses "+49 30 12" and accepts "+49 30 901820" once the chunk arrived, like the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-phone-module-'));
    const built = await buildForm(definition);
    writeFileSync(join(dir, 'one-phone.js'), built.code);
    for (const chunk of built.chunks) writeFileSync(join(dir, chunk.file), chunk.code);
    const { form } = (await import(pathToFileURL(join(dir, 'one-phone.js')).href)) as {
      form: ReturnType<typeof compileForm>;
    };
    // Before the chunk arrived the server decides: nothing is refused.
    expect(form.validate({ phone: '+49 30 12' }).ok).toBe(true);
    await form.ready();
    const server = compileForm(definition, { rules: [phoneRule] });
    for (const phone of [
      '+49 30 12',
      '+49 30 123',
      '+44 20 7946 095',
      '+49 30 901820',
      '030 901820',
      '12',
      'not a number',
    ]) {
      expect(form.validate({ phone })).toEqual(server.validate({ phone }));
    }
    expect(form.validate({ phone: '+49 30 12' }).ok).toBe(false);
    expect(form.validate({ phone: '+49 30 901820' }).ok).toBe(true);
  });
});
