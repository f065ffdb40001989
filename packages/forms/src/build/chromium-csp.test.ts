/**
 * The built RMA module in real Chromium under `Content-Security-Policy: script-src 'self'`: no
 * `securitypolicyviolation`, and the same issues as the runtime compiler.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  beforeAll(async () => {
    const module = (await buildForm(rma)).code;
    const files: Record<string, [string, string]> = {
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
});
