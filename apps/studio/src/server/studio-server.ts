/**
 * The studio's HTTP server: the page (under a strict Content-Security-Policy: nothing inline, nothing from
 * elsewhere, no `eval`), the file API over one folder, the preview's built modules, lint and sample checks.
 *
 * It binds to 127.0.0.1 and only accepts JSON writes from its own page (same `Origin`), so another web site open
 * in the same browser cannot make it write files.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { bundleApp } from './app-bundle.js';
import { lintForStudio, validateSample } from './check-definition.js';
import { type FormFiles, openFormFiles, StudioFileError } from './form-files.js';
import { createGatehouseClient, type GatehouseClient } from './gatehouse-client.js';
import { jsonBody, refuse } from './http-body.js';
import { createPreviewModules } from './preview-modules.js';
import { publishRoutes } from './publish-routes.js';

/** The header every response gets. */
export const STUDIO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Options of {@link startStudio}. */
export interface StudioOptions {
  /** The folder whose `*.form.json` files the studio opens and saves. */
  folder: string;
  /** Port (0: any free one); default 3300. */
  port?: number;
  /** Host to bind; default 127.0.0.1. */
  host?: string;
  /** The Gatehouse API to publish to (e.g. `http://localhost:3000/api`); without it, publishing says how to set it. */
  gatehouse?: string;
}

/** A running studio. */
export interface RunningStudio {
  url: string;
  files: FormFiles;
  close(): Promise<void>;
}

const TYPES = {
  'index.html': 'text/html; charset=utf-8',
  'studio.js': 'text/javascript; charset=utf-8',
  'studio.css': 'text/css; charset=utf-8',
} as const;

const fileError = (c: Context, error: unknown) => {
  if (error instanceof StudioFileError)
    return refuse(c, error.code === 'not-found' ? 404 : 400, error.code, error.message);
  throw error;
};

/** The Hono app of a studio over `files`. */
export async function createStudioApp(files: FormFiles, client?: GatehouseClient): Promise<Hono> {
  const bundle = await bundleApp();
  const previews = createPreviewModules();
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', STUDIO_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });

  const page = (name: keyof typeof TYPES) => (c: Context) =>
    c.body(bundle[name], 200, { 'Content-Type': TYPES[name] });
  app.get('/', page('index.html'));
  app.get('/studio.js', page('studio.js'));
  app.get('/studio.css', page('studio.css'));

  app.get('/preview/:name', (c) => {
    const code = previews.get(c.req.param('name'));
    if (code === undefined)
      return refuse(c, 404, 'not-found', 'This preview is no longer kept; check the form again.');
    return c.body(code, 200, { 'Content-Type': TYPES['studio.js'] });
  });

  app.get('/api/files', async (c) => c.json({ folder: files.root, files: await files.list() }));
  app.get('/api/file', async (c) => {
    const path = c.req.query('path') ?? '';
    try {
      return c.json({ path, text: await files.read(path) });
    } catch (error) {
      return fileError(c, error);
    }
  });
  app.put('/api/file', async (c) => {
    const got = await jsonBody(c);
    if ('response' in got) return got.response;
    const path = c.req.query('path') ?? '';
    try {
      return c.json({ path, text: await files.write(path, got.body.definition) });
    } catch (error) {
      return fileError(c, error);
    }
  });

  // Lint, and the preview module when the definition compiles; problems are an answer, not an error.
  app.post('/api/check', async (c) => {
    const got = await jsonBody(c);
    if ('response' in got) return got.response;
    const definition = got.body.definition;
    const lint = lintForStudio(definition);
    try {
      return c.json({ lint, module: `/preview/${await previews.add(definition)}` });
    } catch (error) {
      return c.json({ lint, buildError: (error as Error).message });
    }
  });

  app.post('/api/validate', async (c) => {
    const got = await jsonBody(c);
    if ('response' in got) return got.response;
    const locale = got.body.locale === 'de' ? 'de' : 'en';
    return c.json(validateSample(got.body.definition, got.body.data ?? {}, locale));
  });

  app.route('/api/publish', publishRoutes(client));

  app.notFound((c) => refuse(c, 404, 'not-found', 'Not found.'));
  return app;
}

/** Starts the studio on `folder`; resolves once it listens. */
export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const files = await openFormFiles(options.folder);
  const app = await createStudioApp(
    files,
    options.gatehouse ? createGatehouseClient(options.gatehouse) : undefined,
  );
  const server: Server = createServer(getRequestListener(app.fetch));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3300, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    files,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
