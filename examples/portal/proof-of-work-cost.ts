/**
 * What the bot defence costs a person: solves real challenges from `GET /challenges` in Debian's Chromium with
 * `@gatehouse/elements/proof-of-work` (module worker, Web Crypto SHA-256) under a strict CSP, at no CPU throttling
 * and at 4× and 6× (DevTools `Emulation.setCPUThrottlingRate`, a phone-class CPU), and prints median and p95.
 * Every solution is redeemed by registering with it, so only accepted proofs count.
 * Run: node --conditions=source --import tsx examples/portal/proof-of-work-cost.ts [difficulty] [samples]
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGatehouseServer, openDatabase } from '@gatehouse/server';
import { serve } from '@hono/node-server';
import { build } from 'esbuild';
import { Hono } from 'hono';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const difficulty = Number(process.argv[2] ?? 50_000);
const samples = Number(process.argv[3] ?? 12);
const elements = fileURLToPath(new URL('../../packages/elements/src/proof-of-work/', import.meta.url));

const out = await mkdtemp(join(tmpdir(), 'gatehouse-pow-'));
await build({
  entryPoints: {
    page: join(elements, 'index.ts'),
    'proof-solver.worker': join(elements, 'proof-solver.worker.ts'),
  },
  outdir: out,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
});
const db = await openDatabase({ memory: true });
const api = await createGatehouseServer({
  db,
  basePath: '/api',
  maintenanceIntervalMs: 0,
  policies: { proofOfWork: { difficulty }, ipLimit: { max: 10_000, windowMs: 60_000 } },
});
const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  c.header(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'",
  );
});
app.route('/', api);
app.get('/', (c) =>
  c.html('<!doctype html><title>cost</title><script type="module" src="/page.js"></script>'),
);
app.get('/:file{.+\\.js}', async (c) =>
  c.body(await readFile(join(out, c.req.param('file')), 'utf8'), 200, { 'content-type': 'text/javascript' }),
);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as { port: number };

const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs] });
const page = await browser.newPage();
const violations: string[] = [];
await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
await page.addInitScript(() =>
  document.addEventListener('securitypolicyviolation', (e) =>
    (window as unknown as { reportViolation(v: string): void }).reportViolation(e.violatedDirective),
  ),
);
await page.goto(`http://127.0.0.1:${port}/`);
const cdp = await page.context().newCDPSession(page);
const rows: string[] = [];
let accepted = 0;
for (const rate of [1, 4, 6]) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    // A string, not a function: tsx would add helpers to a function that do not exist in the page.
    const result = (await page.evaluate(`(async () => {
      const { proofFetch } = await import('/page.js');
      let ms = 0;
      const fetchWithProof = proofFetch({
        challengeUrl: '/api/challenges',
        onProgress: (p) => { if (p.state === 'ready') ms = p.ms; },
      });
      const answer = await fetchWithProof('/api/registrations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ givenName: 'Ada', familyName: 'Lovelace', email: 'ada${rate}-${i}@analytical-engines.com',
          company: 'Analytical Engines', termsAccepted: true }),
      });
      return { status: answer.status, ms };
    })()`)) as { status: number; ms: number };
    if (result.status === 202) accepted += 1;
    times.push(result.ms);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  rows.push(`| ${rate}× | ${samples} | ${at(0.5)} | ${at(0.95)} | ${times[times.length - 1]} |`);
}
console.log(
  `difficulty ${difficulty.toLocaleString('en')} (≈ ${(difficulty / 2).toLocaleString('en')} SHA-256 on average), Chromium ${browser.version()}`,
);
console.log('| CPU throttling | n | median ms | p95 ms | max ms |\n|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`accepted by the server: ${accepted} of ${samples * 3}; CSP violations: ${violations.length}`);
await browser.close();
server.close();
await api.idle();
api.stop();
await db.close();
