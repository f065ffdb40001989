/**
 * The files of the consumer test's temporary project (scripts/consumer-test.mjs): a page that embeds
 * `<gate-registration>`, a server started from the installed `@gatehouse/server` that serves the built page, and
 * a TypeScript file using each package's public types with one tsconfig per module resolution.
 */

/** The page a host writes: one element, its define module, nothing inline (the server sends a strict CSP). */
const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Register</title>
    <script type="module" src="/main.js"></script>
  </head>
  <body>
    <main>
      <h1>Register your company</h1>
      <gate-registration endpoint="/api" persist="none" lang="en"></gate-registration>
    </main>
  </body>
</html>
`;

const mainJs = `import '@gatehouse/elements/registration/define';
`;

/** Serves the Vite build and mounts the Gatehouse API at /api, on PGlite in memory, on an ephemeral port. */
const serveJs = `import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createGatehouseServer, openDatabase } from '@gatehouse/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const dist = join(import.meta.dirname, 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };
const db = await openDatabase({ memory: true });
const api = await createGatehouseServer({ db, basePath: '/api', devRoutes: true, maintenanceIntervalMs: 0 });
const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  c.header('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'");
});
app.route('/', api);
app.get('*', async (c) => {
  const file = normalize(join(dist, c.req.path === '/' ? 'index.html' : c.req.path));
  if (!file.startsWith(dist) || !types[extname(file)]) return c.notFound();
  try {
    return c.body(new Uint8Array(await readFile(file)), 200, { 'content-type': types[extname(file)] });
  } catch {
    return c.notFound();
  }
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log('listening on http://127.0.0.1:' + info.port);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/** Uses a public value or type of every package and subpath a host is most likely to import. */
const typesTs = `import { check, type CheckResult } from '@gatehouse/check';
import { GateRegistration } from '@gatehouse/elements';
import { registrationMachine } from '@gatehouse/flows/registration';
import { compileForm } from '@gatehouse/forms/compile';
import { createForm } from '@gatehouse/forms';
import { checkBusinessEmail, type EmailVerdict } from '@gatehouse/rules/email';
import { createGatehouseServer, type GatehouseServerOptions } from '@gatehouse/server';
import type { SnapshotFrom } from 'xstate';

const verdict: EmailVerdict = checkBusinessEmail('ada@analytical-engines.com');
export const accepted: boolean = verdict.ok;
export const result: Promise<CheckResult> = check(registrationMachine);
export type RegistrationSnapshot = SnapshotFrom<typeof registrationMachine>;
export const element: typeof HTMLElement = GateRegistration;
export const compiled = compileForm;
export const engine = createForm;
export const start: (options: GatehouseServerOptions) => unknown = createGatehouseServer;
`;

const tsconfig = (resolution) =>
  `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: resolution === 'node16' ? 'node16' : 'esnext',
        moduleResolution: resolution,
        types: ['node'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      files: ['types.ts'],
    },
    null,
    2,
  )}\n`;

/** Path (relative to the project) → contents. */
export const consumerFiles = {
  'index.html': indexHtml,
  'main.js': mainJs,
  'serve.js': serveJs,
  'types.ts': typesTs,
  'tsconfig.node16.json': tsconfig('node16'),
  'tsconfig.bundler.json': tsconfig('bundler'),
};
