import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFormFiles } from './form-files.js';

function folder() {
  const root = mkdtempSync(join(tmpdir(), 'studio-files-'));
  const outside = mkdtempSync(join(tmpdir(), 'studio-outside-'));
  mkdirSync(join(root, 'nested'));
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(root, 'a.form.json'), '{"id":"a","schema":{}}');
  writeFileSync(join(root, 'nested', 'b.form.json'), '{ broken');
  writeFileSync(join(root, 'node_modules', 'c.form.json'), '{}');
  writeFileSync(join(root, 'notes.json'), '{}');
  writeFileSync(join(outside, 'secret.form.json'), '{"secret":true}');
  symlinkSync(outside, join(root, 'link'));
  return { root, outside };
}

describe('the studio file API', () => {
  it('lists the *.form.json files below the folder, skipping dependencies, links and other files', async () => {
    const files = await openFormFiles(folder().root);
    // The link leads out of the folder: it is neither followed nor listed.
    expect(await files.list()).toEqual(['a.form.json', 'nested/b.form.json']);
  });

  it('reads a broken file as text, so the page can show the mistake and keep it', async () => {
    const files = await openFormFiles(folder().root);
    expect(await files.read('nested/b.form.json')).toBe('{ broken');
  });

  it('refuses every path that leaves the folder or is not a form file, before touching the disk', async () => {
    const { root, outside } = folder();
    const files = await openFormFiles(root);
    for (const path of [
      '../x.form.json',
      'nested/../../x.form.json',
      join(outside, 'secret.form.json'),
      'link/secret.form.json',
      'notes.json',
      '',
      'a.form.json\0.txt',
    ]) {
      await expect(files.read(path), path).rejects.toMatchObject({ code: 'bad-path' });
      await expect(files.write(path, { id: 'x' }), path).rejects.toMatchObject({ code: 'bad-path' });
    }
    expect(readFileSync(join(outside, 'secret.form.json'), 'utf8')).toBe('{"secret":true}');
    await expect(files.read('missing.form.json')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('writes formatted with a stable key order, into new folders too', async () => {
    const { root } = folder();
    const files = await openFormFiles(root);
    const text = await files.write('new/c.form.json', { schema: { required: [], type: 'object' }, id: 'c' });
    expect(text).toBe('{\n  "id": "c",\n  "schema": {\n    "type": "object",\n    "required": []\n  }\n}\n');
    expect(readFileSync(join(root, 'new', 'c.form.json'), 'utf8')).toBe(text);
  });
});
