import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { CompiledForm } from '../engine/engine.js';
import { runCli } from './cli.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const example = join(packageRoot, 'examples', 'rma-request.form.json');

const sink = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};

describe('gatehouse-forms build --external', () => {
  // A host package folder whose node_modules links @gatehouse/forms here, so the bare imports resolve.
  const host = mkdtempSync(join(tmpdir(), 'gatehouse-cli-external-'));
  mkdirSync(join(host, 'node_modules', '@gatehouse'), { recursive: true });
  symlinkSync(packageRoot, join(host, 'node_modules', '@gatehouse', 'forms'), 'dir');

  it('keeps the engine as a bare import and the module validates like compileForm', async () => {
    const bundledDir = join(host, 'bundled');
    const externalDir = join(host, 'external');
    const a = sink();
    expect(await runCli(['build', example, '--out', bundledDir], a.io)).toBe(0);
    const b = sink();
    expect(await runCli(['build', '--external', example, '--out', externalDir], b.io)).toBe(0);
    expect(b.out[0]).toMatch(/rma-request\.js \(\d+ bytes\)/);

    const bundled = readFileSync(join(bundledDir, 'rma-request.js'), 'utf8');
    const external = readFileSync(join(externalDir, 'rma-request.js'), 'utf8');
    expect(external).toContain('from"@gatehouse/forms"');
    expect(bundled).not.toContain('@gatehouse/forms');
    expect(external.length).toBeLessThan(bundled.length);

    const { form } = (await import(pathToFileURL(join(externalDir, 'rma-request.js')).href)) as {
      form: CompiledForm;
    };
    const runtime = compileForm(JSON.parse(readFileSync(example, 'utf8')));
    for (const data of [{}, { serialNumber: 'ab', moreThanOneDevice: true }, { unitType: 'toaster' }])
      expect(form.validate(data)).toEqual(runtime.validate(data));
  });

  it('is refused on lint, where it would mean nothing', async () => {
    const { err, io } = sink();
    expect(await runCli(['lint', '--external', example], io)).toBe(2);
    expect(err[0]).toMatch(/unknown option --external/);
    expect(err[0]).toMatch(/--external\s+keep @gatehouse\/forms/);
  });
});

describe('gatehouse-forms build --locales / --messages', () => {
  const host = mkdtempSync(join(tmpdir(), 'gatehouse-cli-locales-'));
  mkdirSync(join(host, 'node_modules', '@gatehouse'), { recursive: true });
  symlinkSync(packageRoot, join(host, 'node_modules', '@gatehouse', 'forms'), 'dir');

  it('writes an English-only module and a German one that registers the texts', async () => {
    const out = join(host, 'split');
    const { io, out: lines } = sink();
    const argv = ['build', example, '--external', '--locales', 'en', '--messages', 'de', '--out', out];
    expect(await runCli(argv, io)).toBe(0);
    expect(lines[1]).toMatch(/rma-request\.de\.js \(\d+ bytes, de\)/);
    const english = readFileSync(join(out, 'rma-request.js'), 'utf8');
    const definition = JSON.parse(readFileSync(example, 'utf8'));
    const aGermanText = Object.values(definition.messages.de).find((t) => typeof t === 'string') as string;
    expect(english).not.toContain(JSON.stringify(aGermanText).slice(1, -1));
    expect(readFileSync(join(out, 'rma-request.de.d.ts'), 'utf8')).toContain('export {};');

    const { form } = (await import(pathToFileURL(join(out, 'rma-request.js')).href)) as {
      form: CompiledForm;
    };
    await import(pathToFileURL(join(out, 'rma-request.de.js')).href);
    const runtime = compileForm(definition);
    const issue = { path: '/serialNumber', code: 'required', params: {} };
    expect(form.messagesFor('de').issue(issue)).toBe(runtime.messagesFor('de').issue(issue));
    expect(form.messagesFor('de').text(aGermanText)).toBe(aGermanText);
  });

  it('fails with the file name for a locale the definition has no texts for', async () => {
    const { io, err } = sink();
    const argv = ['build', example, '--messages', 'fr', '--out', join(host, 'fr')];
    expect(await runCli(argv, io)).toBe(1);
    expect(err[0]).toMatch(/rma-request\.form\.json: .*no messages for locale fr/);
  });
});
