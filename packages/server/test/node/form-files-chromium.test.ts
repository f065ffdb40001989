/**
 * A person fills in the three-step warranty claim in real Chromium, under `script-src 'self'`, with a photo of the
 * damage: the form is published on the Gatehouse server, `<gate-form>` (its file picker arrives as a lazy chunk)
 * checks the declared limits, uploads the photo to the server (type read from the bytes, stored in the database),
 * and the submission the server stores references it. A too-big file (refused in the browser before sending) and a PDF named `.jpg` (refused by the
 * server, which reads the content) show their errors on the photo field.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormDefinition } from '@gatehouse/forms';
import { buildForm } from '@gatehouse/forms/build';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { databaseFileStorage, type FileStorage } from '../../src/form-files/file-storage.js';
import type { Database } from '../../src/storage/database.js';
import { openTestDatabase } from '../../src/storage/test-database.js';
import { FORM_EDITOR, TestClient, testServer } from '../../src/testing/test-server.js';

const CHROME = chromiumPath();
// esbuild is the forms package's build tool (the server has no bundler of its own): borrow its copy.
const { build } = createRequire(new URL('../../../forms/package.json', import.meta.url))('esbuild') as {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { path: string; text: string }[] }>;
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const warranty = JSON.parse(
  readFileSync(join(root, 'packages/forms/examples/warranty-claim.form.json'), 'utf8'),
) as FormDefinition;
/** Set `GATEHOUSE_SCREENSHOTS=1` to refresh the docs' screenshots of the photo field. */
const screenshots = process.env.GATEHOUSE_SCREENSHOTS ? join(root, 'docs/screenshots') : undefined;

/** The page: `<gate-form>` with the built warranty claim, uploading to the server, posting the value on submit. */
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Warranty claim</title><link rel="stylesheet" href="/theme.css"><script type="module" src="/main.js"></script>
<main><h1>Warranty claim</h1>
<gate-form show-required submit-label="Send claim" upload-url="/api/forms/warranty-claim/versions/1/files"></gate-form>
<p id="done" hidden>Thank you: claim <output id="claim"></output> received.</p></main>`;
const main = `import '@gatehouse/elements/form/define';
import { form } from './warranty-claim.js';
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
const el = document.querySelector('gate-form');
el.form = form;
el.addEventListener('gate-submit', async (e) => {
  const res = await fetch('/api/forms/warranty-claim/versions/1/submissions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e.detail.value) });
  const body = await res.json();
  if (res.ok) { document.querySelector('#claim').textContent = body.id; document.querySelector('#done').hidden = false; }
  else el.issues = body.error.issues;
});`;

/** The page's script and its lazy chunks, bundled from the sources like a host's bundler would. */
async function bundle(): Promise<Map<string, string>> {
  const scratch = join(root, 'packages/server/node_modules/.cache/form-files-page');
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'warranty-claim.js'), (await buildForm(warranty)).code);
  writeFileSync(join(scratch, 'main.js'), main);
  const { outputFiles } = await build({
    entryPoints: [join(scratch, 'main.js')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'source'],
    nodePaths: [join(root, 'examples/portal/node_modules')],
    tsconfig: join(root, 'packages/elements/tsconfig.json'),
    outdir: join(scratch, 'out'),
    write: false,
    logLevel: 'silent',
  });
  return new Map(outputFiles.map((f) => [`/${f.path.slice(join(scratch, 'out').length + 1)}`, f.text]));
}

let db: Database;
let storage: FileStorage;
let server: Server;
let api: Awaited<ReturnType<typeof testServer>>['app'];
let origin: string;
let browser: Browser;

beforeAll(async () => {
  db = await openTestDatabase();
  storage = databaseFileStorage(db);
  const files = await bundle();
  // The Gatehouse server under /api, the warranty claim published on it by a form editor.
  ({ app: api } = await testServer(db, { basePath: '/api' }));
  const editor = new TestClient(api, '/api');
  expect((await editor.post('/session', FORM_EDITOR)).status).toBe(200);
  expect((await editor.post('/forms/warranty-claim/versions', warranty)).status).toBe(201);
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'",
    );
  });
  app.route('/', api);
  app.get('*', (c) => {
    if (c.req.path === '/') return c.html(page);
    if (c.req.path === '/theme.css')
      return c.body(readFileSync(join(root, 'packages/elements/themes/light.css'), 'utf8'), 200, {
        'content-type': 'text/css',
      });
    const code = files.get(c.req.path);
    return code ? c.body(code, 200, { 'content-type': 'text/javascript' }) : c.notFound();
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise((r) => server.once('listening', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROME, args: [...chromiumArgs] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await api?.idle();
  await db?.close();
});

/** A real JPEG photo, drawn by Chromium's canvas (a few KB). */
async function photo(p: Page): Promise<Buffer> {
  const base64 = await p.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#456';
    g.fillRect(0, 0, 320, 240);
    g.fillStyle = '#e33';
    g.fillRect(120, 80, 90, 60);
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.8));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  });
  return Buffer.from(base64, 'base64');
}

const photoMessage = async (p: Page) => {
  const input = p.locator('[data-pointer="/photos"]');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  const texts = await Promise.all(ids.map((id) => p.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
};

async function shoot(p: Page, name: string) {
  if (!screenshots) return;
  for (const [width, suffix] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await p.setViewportSize({ width, height: 900 });
    await p.screenshot({ path: join(screenshots, `${name}-${suffix}.png`), fullPage: true });
  }
  await p.setViewportSize({ width: 1280, height: 900 });
}

const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!existsSync(CHROME))('the warranty claim with a photo, in Chromium', () => {
  it('refuses a too-big and a wrong-type file on the photo field, uploads a photo, and the stored claim references it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(origin);
    await p.locator('[data-pointer="/photos"]').waitFor({ timeout: 20_000 });

    // Too big: refused in the browser from the declared limit, nothing is sent.
    const big = Buffer.alloc(5_000_001);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    await p.setInputFiles('[data-pointer="/photos"]', {
      name: 'huge.jpg',
      mimeType: 'image/jpeg',
      buffer: big,
    });
    await expect.poll(() => photoMessage(p), { timeout: 20_000 }).toContain('huge.jpg is larger than 5 MB.');
    expect(await p.locator('[data-pointer="/photos"]').getAttribute('aria-invalid')).toBe('true');
    expect((await db.query('SELECT count(*)::int AS n FROM form_files'))[0]).toEqual({ n: 0 });

    // A PDF named like a photo, claimed as a JPEG by the browser: the server reads the content and refuses it.
    await p.setInputFiles('[data-pointer="/photos"]', {
      name: 'receipt.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
    });
    await expect
      .poll(() => photoMessage(p), { timeout: 20_000 })
      .toContain(
        'receipt.jpg is not a file of an accepted type (image/jpeg, image/png, image/webp, image/heic).',
      );
    expect((await db.query('SELECT count(*)::int AS n FROM form_files'))[0]).toEqual({ n: 0 });
    await shoot(p, 'forms-file-refused');

    // A real photo: uploaded, listed with its size, the message gone.
    const jpeg = await photo(p);
    await p.setInputFiles('[data-pointer="/photos"]', {
      name: 'damage.jpg',
      mimeType: 'image/jpeg',
      buffer: jpeg,
    });
    await p.locator('.gate-files .gate-file-name', { hasText: 'damage.jpg' }).waitFor({ timeout: 20_000 });
    expect(await photoMessage(p)).not.toContain('accepted type');

    await p.fill('[data-pointer="/serialNumber"]', 'GH2-004512');
    await p.selectOption('[data-pointer="/model"]', { label: 'GH-200' });
    await p.fill('[data-pointer="/problem"]', 'The display stays black after a fall.');
    await shoot(p, 'forms-file-uploaded');
    await p.getByRole('button', { name: 'Next' }).click();
    await p.locator('[data-pointer="/purchaseDate"]').waitFor({ timeout: 20_000 });
    await p.fill('[data-pointer="/purchaseDate"]', iso(200));
    await p.fill('[data-pointer="/failureDate"]', iso(3));
    await p.fill('[data-pointer="/boughtFrom"]', 'Elektro Meier');
    await p.getByRole('radio', { name: 'No' }).check();
    await p.getByRole('button', { name: 'Next' }).click();
    await p.locator('[data-pointer="/name"]').waitFor({ timeout: 20_000 });
    await p.fill('[data-pointer="/name"]', 'Grace Hopper');
    await p.fill('[data-pointer="/email"]', 'grace@navy.example');
    await p.locator('[data-pointer="/consent"]').check();
    await p.getByRole('button', { name: 'Send claim' }).click();
    await p.locator('#done').waitFor({ state: 'visible', timeout: 20_000 });

    // The stored claim references the stored photo; the bytes are the photo's, the type read from them.
    const claims = await db.query<{
      id: string;
      form_id: string;
      version: number;
      data: Record<string, unknown>;
    }>('SELECT id, form_id, version, data FROM form_submissions');
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(claim).toMatchObject({ form_id: 'warranty-claim', version: 1 });
    expect(await p.locator('#claim').textContent()).toBe(claim.id);
    const refs = claim.data.photos as { id: string; name: string; type: string; size: number }[];
    expect(refs).toEqual([
      { id: expect.stringMatching(/^file_/), name: 'damage.jpg', type: 'image/jpeg', size: jpeg.length },
    ]);
    expect(await storage.find(refs[0]!.id)).toMatchObject({ submissionId: claim.id, field: '/photos' });
    expect(Buffer.from((await storage.read(refs[0]!.id))!)).toEqual(jpeg);
    expect(await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
