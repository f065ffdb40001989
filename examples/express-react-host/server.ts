/**
 * The host: an existing Express 5 site. It keeps its own global `express.json()`, sends a strict Content Security
 * Policy on every page, mounts Gatehouse under /api/gatehouse, reads who is logged in for its own route
 * `/api/me`, and serves the React app built by Vite (`dist/`, one page for every route).
 * Run: pnpm --filter @gatehouse/example-express-react-host start   (PORT, default 4410)
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  createGatehouseServer,
  type GatehouseSession,
  gatehouseExpress,
  gatehouseExpressSession,
  openDatabase,
  seedAccount,
} from '@gatehouse/server';
import express from 'express';

/** The policy every page of the site is served with: no inline script or style, nothing from elsewhere. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The account the example seeds, so that its login page has someone to log in. */
export const demoAccount = { email: 'ada@acme-industries.com', password: 'a long example passphrase' };

/** A running host: its URL and a way to stop it. */
export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

/** Starts the site on `port` (0: any free port) serving the Vite build in `dist`. */
export async function startHost(options: { port?: number; dist?: string } = {}): Promise<RunningHost> {
  const dist = options.dist ?? fileURLToPath(new URL('./dist', import.meta.url));
  const app = express();
  // Listen first: the Gatehouse server puts its public URL (with the port) into e-mail links.
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const db = await openDatabase({ memory: true });
  await seedAccount(db, { ...demoAccount, givenName: 'Ada', familyName: 'Lovelace', roles: ['customer'] });
  const gatehouse = await createGatehouseServer({
    db,
    basePath: '/api/gatehouse',
    publicUrl: url,
    confirmPath: '/register',
    loginPath: '/login',
  });

  app.use((_req, res, next) => {
    res.set('Content-Security-Policy', contentSecurityPolicy);
    next();
  });
  app.use(express.json()); // the site's own parser stays global; gatehouseExpress takes the parsed body
  app.use(gatehouseExpressSession(gatehouse)); // req.gatehouseSession on every request of the site
  app.use('/api/gatehouse', gatehouseExpress(gatehouse));
  // The site's own API: who is logged in, as the host's backend sees it.
  app.get('/api/me', (req, res) => {
    const session = (req as { gatehouseSession?: GatehouseSession | null }).gatehouseSession;
    if (!session) return void res.status(401).json({ loggedIn: false });
    res.json({
      loggedIn: true,
      name: session.user.name,
      email: session.user.email,
      roles: session.user.roles,
    });
  });
  app.use(express.static(dist, { index: false }));
  // Every other path is a route of the React app.
  app.use((_req, res) => res.sendFile('index.html', { root: dist }));

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
  const host = await startHost({ port: Number(process.env.PORT ?? 4410) });
  console.log(
    `Express + React host: ${host.url}  (log in as ${demoAccount.email} / ${demoAccount.password})`,
  );
}
