import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildForm } from '../build/build-form.js';
import { compileForm } from '../compile/compile-form.js';
import { lintDefinition } from '../lint/lint.js';
import { acceptsType, readableSize } from './file.js';
import { mediaTypeOf } from './file-content.js';

const claim = {
  id: 'claim-photos',
  schema: {
    type: 'object',
    properties: {
      photos: {
        type: 'array',
        'x-rule': {
          name: 'file',
          options: { accept: ['image/jpeg', 'image/png'], maxSize: 2_000_000, maxCount: 2 },
        },
      },
    },
    required: ['photos'],
  },
  ui: { fields: { '/photos': { label: 'Photo of the damage' } } },
};

const photo = (over: Record<string, unknown> = {}) => ({
  name: 'damage.jpg',
  type: 'image/jpeg',
  size: 1500,
  ...over,
});
const codes = (r: { ok: boolean; issues?: { path: string; code: string; message: string }[] }) =>
  r.ok ? [] : r.issues!.map((i) => `${i.path} ${i.code}: ${i.message}`);

async function built() {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-file-'));
  const file = join(dir, 'claim.js');
  writeFileSync(file, (await buildForm(claim)).code);
  return (await import(pathToFileURL(file).href)).form as ReturnType<typeof compileForm>;
}

describe('file rule', () => {
  it('refuses a wrong type, a too big file and too many files, naming the field and the file; built and runtime agree', async () => {
    const runtime = compileForm(claim);
    const browser = await built();
    const cases = [
      { photos: [photo()] },
      { photos: [photo({ name: 'notes.pdf', type: 'application/pdf' })] },
      { photos: [photo({ size: 2_000_001 })] },
      { photos: [photo(), photo(), photo()] },
      { photos: [{ name: 'x' }] },
      { photos: 'damage.jpg' },
    ];
    const runtimeAnswers = cases.map((c) => codes(runtime.validate(c)));
    expect(runtimeAnswers.slice(0, 5)).toEqual([
      [],
      ['/photos file-type: notes.pdf is not a file of an accepted type (image/jpeg, image/png).'],
      ['/photos file-too-big: damage.jpg is larger than 2 MB.'],
      ['/photos too-many-files: Please choose at most 2 files.'],
      ['/photos invalid-file: This file could not be read; please choose it again.'],
    ]);
    // Not a list at all: the schema's own `type` issue, before any rule runs.
    expect(runtimeAnswers[5]![0]).toMatch(/^\/photos type: /);
    expect(cases.map((c) => codes(browser.validate(c)))).toEqual(runtimeAnswers);
    const de = compileForm(claim, { locale: 'de' });
    expect(codes(de.validate(cases[2]!))).toEqual(['/photos file-too-big: damage.jpg ist größer als 2 MB.']);
  });

  it('the default widget of a file field is "file", and the renderer gets its limits', () => {
    const field = compileForm(claim).fields()[0]!;
    expect(field.widget).toBe('file');
    expect(field.constraints).toMatchObject({
      accept: ['image/jpeg', 'image/png'],
      maxSize: 2_000_000,
      maxCount: 2,
    });
  });

  it('bad options are definition problems naming the option', () => {
    const bad = structuredClone(claim) as typeof claim;
    (bad.schema.properties.photos['x-rule'].options as Record<string, unknown>) = {
      accept: ['jpeg'],
      maxSize: 0,
    };
    const messages = lintDefinition(bad).map((p) => `${p.pointer}: ${p.message}`);
    expect(messages.join('\n')).toMatch(/x-rule.*option "accept" must list media types/);
    expect(messages.join('\n')).toMatch(/option "maxSize" must be the largest file in bytes/);
    expect(lintDefinition(claim)).toEqual([]);
  });

  it('accepts wildcards and reads sizes as people do', () => {
    expect(acceptsType(['image/*'], 'image/heic')).toBe(true);
    expect(acceptsType(['image/*'], 'application/pdf')).toBe(false);
    expect(acceptsType(['image/jpeg'], 'IMAGE/JPEG')).toBe(true);
    expect([readableSize(5_242_880), readableSize(300_000), readableSize(12)]).toEqual([
      '5.2 MB',
      '300 KB',
      '12 bytes',
    ]);
  });
});

describe('mediaTypeOf reads the content, not the name', () => {
  const bytes = (...parts: (number[] | string)[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

  it('knows the usual signatures', () => {
    expect(mediaTypeOf(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(mediaTypeOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(mediaTypeOf(bytes('GIF89a'))).toBe('image/gif');
    expect(mediaTypeOf(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(mediaTypeOf(bytes([0, 0, 0, 24], 'ftypheic'))).toBe('image/heic');
    expect(mediaTypeOf(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(mediaTypeOf(new TextEncoder().encode('Grüße, hello\n'))).toBe('text/plain');
    expect(mediaTypeOf(bytes([0x4d, 0x5a, 0x90, 0]))).toBe('application/octet-stream'); // a Windows program
    expect(mediaTypeOf(new Uint8Array())).toBe('application/octet-stream');
  });

  it('never throws and answers a type for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (b) => {
        expect(mediaTypeOf(b)).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      }),
    );
  });

  it('text cut in the middle of a character at 4 KB is still text', () => {
    const text = new TextEncoder().encode(`${'a'.repeat(4095)}ü and more`);
    expect(mediaTypeOf(text)).toBe('text/plain');
  });
});
