import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { CompiledForm } from '../engine/engine.js';
import { buildForm } from './build-form.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// An address the browser's compact free-provider filter flags (a hash collision, marked tentative) while the
// exact lists accept it: the one case where the environments must differ and the browser must not block.
const FILTER_FALSE_POSITIVE = 'jane.doe@acme-10.com';

// On the common-password list, long enough, and no weak pattern: only the list rejects it.
const LISTED_PASSWORD = 'passwordstandard';

const definition = {
  id: 'external-probe',
  schema: {
    type: 'object',
    properties: {
      email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' },
      password: {
        type: 'string',
        maxLength: 1024,
        'x-rule': { name: 'password', options: { contextFields: ['/email'] } },
      },
      confirm: {
        type: 'string',
        maxLength: 1024,
        'x-rule': { name: 'matches-field', options: { field: '/password' } },
      },
    },
    required: ['email'],
  },
};

// A scratch package folder whose node_modules links @gatehouse/forms here, as in a host app.
const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-external-'));
mkdirSync(join(scratch, 'node_modules', '@gatehouse'), { recursive: true });
symlinkSync(packageRoot, join(scratch, 'node_modules', '@gatehouse', 'forms'), 'dir');

describe('buildForm({ external: true })', async () => {
  const selfContained = await buildForm(definition);
  const external = await buildForm(definition, { external: true });
  const file = join(scratch, 'external-probe.js');
  writeFileSync(file, external.code);

  it('imports the engine and each built-in rule by package specifier instead of bundling them', () => {
    for (const specifier of [
      '@gatehouse/forms',
      '@gatehouse/forms/rules/business-email',
      '@gatehouse/forms/rules/password',
      '@gatehouse/forms/rules/matches-field',
    ])
      expect(external.code).toContain(`from"${specifier}"`);
    // The engine's own error text is in the self-contained module only.
    expect(selfContained.code).toContain('is not available');
    expect(external.code).not.toContain('is not available');
    expect(external.code.length).toBeLessThan(selfContained.code.length / 4);
  });

  it('in Node resolves the exact rules: same results as compileForm, the filter false positive accepted', async () => {
    const { form } = (await import(pathToFileURL(file).href)) as { form: CompiledForm };
    // Node resolves the exact, synchronous rules: nothing to wait for.
    let ready = false;
    void form.ready().then(() => {
      ready = true;
    });
    await Promise.resolve();
    expect(ready).toBe(true);
    const runtime = compileForm(definition);
    for (const data of [
      { email: 'ada@gmail.com' },
      { email: FILTER_FALSE_POSITIVE },
      { email: 'ada.lovelace@siemens.com', password: 'password1234567890', confirm: 'x' },
      { email: 'ada.lovelace@siemens.com', password: 'lovelace-analytical-engine', confirm: 'y' },
    ])
      expect(form.validate(data)).toEqual(runtime.validate(data));
    expect(form.validate({ email: FILTER_FALSE_POSITIVE })).toEqual({
      ok: true,
      value: { email: FILTER_FALSE_POSITIVE },
    });
    // The common-password list is there in Node.
    const listed = form.validate({ email: 'ada.lovelace@siemens.com', password: LISTED_PASSWORD });
    expect(listed.ok === false && listed.issues.map((i) => i.code)).toEqual(['common-password']);
  });

  it('bundled for browsers resolves the compact variants and lets a tentative-only rejection through', async () => {
    const bundled = await build({
      entryPoints: [file],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser', 'source'],
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = bundled.outputFiles[0]!.text;
    // Neither the common-password list nor the exact provider list is in the bundle.
    expect(code).not.toContain(LISTED_PASSWORD);
    // (The e-mail policy's keyboard rows contain `qwertyuiop`: another listed word marks the list.)
    expect(code).not.toContain('trustno1');
    const browserFile = join(scratch, 'browser-bundle.mjs');
    writeFileSync(browserFile, code);
    const { form } = (await import(pathToFileURL(browserFile).href)) as { form: CompiledForm };
    // The browser e-mail policy loads lazily (a dynamic import, inlined here without code splitting).
    await form.ready();
    const result = form.validate({ email: FILTER_FALSE_POSITIVE });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings?.map((w) => [w.path, w.code, w.params.tentative])).toEqual([
      ['/email', 'free-provider', true],
    ]);
    // No list in the browser: the server's check decides.
    expect(form.validate({ email: 'ada.lovelace@siemens.com', password: LISTED_PASSWORD }).ok).toBe(true);
    // A certain rejection still blocks, with the tentative one reported beside it.
    const both = form.validate({ email: 'ada@gmail.com' });
    expect(both.ok === false && both.issues.map((i) => i.code)).toEqual(['free-provider']);
  });
});
