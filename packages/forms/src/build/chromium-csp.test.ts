/**
 * The built RMA module in real Chromium under `Content-Security-Policy: script-src 'self'`: no
 * `securitypolicyviolation`, and the same issues as the runtime compiler. A second page loads a built
 * registration-like form bundled with code splitting: the e-mail policy arrives as its own chunk under the same
 * policy, and after `form.ready()` the browser rule rejects a free provider.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { compileForm } from '../compile/compile-form.js';
import { buildForm } from './build-form.js';

const executablePath = chromiumPath();
const rma = JSON.parse(
  readFileSync(new URL('../../examples/rma-request.form.json', import.meta.url), 'utf8'),
);
const data = {
  serialNumber: 'ab',
  moreThanOneDevice: true,
  additionalSerialNumbers: ['CD34-567890', 'CD34-567890'],
};

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lazyDefinition = {
  id: 'lazy-email',
  schema: {
    type: 'object',
    properties: { email: { type: 'string', maxLength: 254, 'x-rule': 'business-email' } },
    required: ['email'],
  },
};

/** The external build of `lazyDefinition` bundled for browsers with splitting: URL path → source. */
async function splitBundle(): Promise<Record<string, string>> {
  const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-csp-'));
  mkdirSync(join(scratch, 'node_modules', '@gatehouse'), { recursive: true });
  symlinkSync(packageRoot, join(scratch, 'node_modules', '@gatehouse', 'forms'), 'dir');
  writeFileSync(join(scratch, 'lazy-email.js'), (await buildForm(lazyDefinition, { external: true })).code);
  const { outputFiles } = await build({
    entryPoints: [join(scratch, 'lazy-email.js')],
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
  return Object.fromEntries(outputFiles.map((f) => [`/split/${basename(f.path)}`, f.text]));
}

const lazyPage = `<!doctype html><meta charset="utf-8"><title>lazy</title><script type="module" src="/lazy-main.js"></script>`;
const lazyMain = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
import('/split/lazy-email.js').then(async ({ form }) => {
  const before = form.validate({ email: 'jane@gmail.com' });
  await form.ready();
  window.__lazy = { before, after: form.validate({ email: 'jane@gmail.com' }) };
});`;

const page = `<!doctype html><meta charset="utf-8"><title>csp</title><script type="module" src="/main.js"></script>`;
// A separate page proves the header is enforced: eval there must throw.
const probe = `let blocked = false; try { (0, eval)('1'); } catch { blocked = true; } window.__evalBlocked = blocked;`;
const main = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
import('/rma-request.js').then(({ form }) => {
  window.__result = { result: form.validate(${JSON.stringify(data)}), field: form.validateField('/serialNumber', { serialNumber: 'ab' }) };
});`;

describe.runIf(existsSync(executablePath))('Chromium under script-src self', () => {
  let server: Server;
  let origin = '';
  const requested: string[] = [];
  let split: Record<string, string> = {};
  beforeAll(async () => {
    const module = (await buildForm(rma)).code;
    split = await splitBundle();
    const files: Record<string, [string, string]> = {
      ...Object.fromEntries(
        Object.entries(split).map(([path, code]) => [path, ['text/javascript', code] as [string, string]]),
      ),
      '/lazy': ['text/html', lazyPage],
      '/lazy-main.js': ['text/javascript', lazyMain],
      '/': ['text/html', page],
      '/main.js': ['text/javascript', main],
      '/rma-request.js': ['text/javascript', module],
      '/probe': [
        'text/html',
        '<!doctype html><title>probe</title><script type="module" src="/probe.js"></script>',
      ],
      '/probe.js': ['text/javascript', probe],
    };
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const file = files[req.url ?? ''];
      if (!file) return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': file[0], 'content-security-policy': "script-src 'self'" })
        .end(file[1]);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('validates with no CSP violation and the runtime issues', async () => {
    const browser = await chromium.launch({
      executablePath,
      args: [...chromiumArgs],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/`);
      await tab.waitForFunction(
        () => (window as unknown as { __result?: unknown }).__result !== undefined,
        null,
        { timeout: 10_000 },
      );
      const got = await tab.evaluate(() => {
        const w = window as unknown as {
          __result: { result: unknown; field: unknown };
          __violations: string[];
        };
        return { ...w.__result, violations: w.__violations };
      });
      const runtime = compileForm(rma);
      expect(got.violations).toEqual([]);
      expect(got.result).toEqual(runtime.validate(data));
      expect(got.field).toEqual(runtime.validateField('/serialNumber', { serialNumber: 'ab' }));
      const probeTab = await browser.newPage();
      await probeTab.goto(`${origin}/probe`);
      await probeTab.waitForFunction(() => 'evalBlocked' in window || '__evalBlocked' in window, null, {
        timeout: 10_000,
      });
      expect(
        await probeTab.evaluate(() => (window as unknown as { __evalBlocked: boolean }).__evalBlocked),
      ).toBe(true);
    } finally {
      await browser.close();
    }
  }, 30_000);

  it('loads the lazy e-mail policy chunk under the same policy; after ready() a free provider is rejected', async () => {
    const browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
    try {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/lazy`);
      await tab.waitForFunction(
        () => (window as unknown as { __lazy?: unknown }).__lazy !== undefined,
        null,
        {
          timeout: 10_000,
        },
      );
      const got = await tab.evaluate(() => {
        const w = window as unknown as {
          __lazy: { before: unknown; after: unknown };
          __violations: string[];
        };
        return { ...w.__lazy, violations: w.__violations };
      });
      expect(got.violations).toEqual([]);
      // Before the chunk arrived the rule is permissive (the server decides); afterwards it is the browser policy.
      expect(got.before).toEqual({ ok: true, value: { email: 'jane@gmail.com' } });
      expect(got.after).toMatchObject({
        ok: false,
        issues: [{ path: '/email', code: 'free-provider', params: { domain: 'gmail.com' } }],
      });
      // The policy was its own request: a chunk the form's module imports dynamically (the option reader is
      // another one, loaded with it).
      const lazyChunks = [
        ...(split['/split/lazy-email.js'] ?? '').matchAll(/import\("\.\/([\w-]+\.js)"\)/g),
      ].map((m) => m[1]);
      const policyChunk = lazyChunks.find((chunk) => split[`/split/${chunk}`]?.includes('free-provider'));
      expect(policyChunk).toBeDefined();
      for (const chunk of lazyChunks) expect(requested).toContain(`/split/${chunk}`);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
