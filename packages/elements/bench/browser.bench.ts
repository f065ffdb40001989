/**
 * Browser benches of the elements in Debian's Chromium (playwright-core drives it; nothing is downloaded):
 * time from `define` to the first rendered registration form (fresh page per sample), and keystroke → message
 * latency on a 200-field `<gate-form>`. Prints one table. `CHROME_PATH` overrides the browser.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const bundle = await build({
  entryPoints: [new URL('./browser-page.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source', 'browser', 'module', 'import', 'default'],
  tsconfig: new URL('../../../tsconfig.base.json', import.meta.url).pathname,
  write: false,
  logLevel: 'silent',
});
const js = bundle.outputFiles[0]!.text;
const page = '<!doctype html><html lang="en"><body><script type="module" src="/page.js"></script></body></html>';
const server = createServer((req, res) => {
  const isJs = req.url === '/page.js';
  res.writeHead(200, { 'Content-Type': isJs ? 'text/javascript' : 'text/html' });
  res.end(isJs ? js : page);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
try {
  const context = await browser.newContext();
  const defineTimes: number[] = [];
  for (let i = 0; i < 12; i++) {
    const p = await context.newPage();
    await p.goto(url);
    await p.waitForFunction(() => 'defineToForm' in window);
    defineTimes.push(await p.evaluate(() => (window as unknown as { defineToForm(): Promise<number> }).defineToForm()));
    await p.close();
  }
  const warm = defineTimes.slice(2); // the first pages also pay Chromium's own warm-up
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForFunction(() => 'keystrokes' in window);
  const keys = await p.evaluate(() => (window as unknown as { keystrokes(n: number): Promise<number[]> }).keystrokes(200));
  const row = (name: string, xs: number[]) =>
    `${name.padEnd(58)} ${String(xs.length).padStart(5)} ${quantile(xs, 0.5).toFixed(2).padStart(9)} ${quantile(xs, 0.95).toFixed(2).padStart(9)}`;
  console.log(`${'browser measurement (Chromium, ms)'.padEnd(58)} ${'n'.padStart(5)} ${'median'.padStart(9)} ${'p95'.padStart(9)}`);
  console.log(row('define → first rendered <gate-registration> form', warm));
  console.log(row('keystroke → message, 200-field <gate-form>', keys));
} finally {
  await browser.close();
  server.close();
}
