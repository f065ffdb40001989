/**
 * Serves the Vue app built by Vite (`dist/`) under a strict Content Security Policy, with the Gatehouse server
 * mounted under /api/gatehouse (Express 5, in-memory PGlite, one seeded account to log in with).
 * Run: pnpm --filter @gatehouse/example-vue-host start   (PORT, default 4420)
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createGatehouseServer, gatehouseExpress, openDatabase, seedAccount } from '@gatehouse/server';
import express from 'express';

/** Every page's policy: no inline script or style (Vue runs with render functions, no template compiler). */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'";

/** The seeded account of the example. */
export const demoAccount = { email: 'lin@northwind-traders.com', password: 'a long example passphrase' };

/** Starts the example on `port` (0: any free port); resolves with its URL and a `close()`. */
export async function startVueHost(options: { port?: number; dist?: string } = {}) {
  const dist = options.dist ?? fileURLToPath(new URL('./dist', import.meta.url));
  const app = express();
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const db = await openDatabase({ memory: true });
  await seedAccount(db, { ...demoAccount, givenName: 'Lin', familyName: 'Chen', roles: ['customer'] });
  const gatehouse = await createGatehouseServer({ db, basePath: '/api/gatehouse', publicUrl: url });
  app.use((_req, res, next) => {
    res.set('Content-Security-Policy', contentSecurityPolicy);
    next();
  });
  app.use('/api/gatehouse', gatehouseExpress(gatehouse));
  app.use(express.static(dist));
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      gatehouse.stop();
      await db.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const host = await startVueHost({ port: Number(process.env.PORT ?? 4420) });
  console.log(`Vue host: ${host.url}  (log in as ${demoAccount.email} / ${demoAccount.password})`);
}
