/**
 * An existing Express site with Gatehouse mounted under /api/gatehouse: a global express.json() stays in front,
 * and the site's own route /account reads who is logged in. Prints what a browser would see, then exits.
 * Run: node --conditions=source --import tsx packages/server/examples/express-host.ts
 */
import {
  createGatehouseServer,
  type GatehouseSession,
  gatehouseExpress,
  gatehouseExpressSession,
  openDatabase,
  seedAccount,
} from '@gatehouse/server';
import express from 'express';

const db = await openDatabase({ memory: true }); // { dataDir: '.data' } or { url: process.env.DATABASE_URL }
await seedAccount(db, { email: 'ada@example.com', password: 'a long example passphrase', roles: ['customer'] });
const gatehouse = await createGatehouseServer({ db, basePath: '/api/gatehouse', publicUrl: 'http://127.0.0.1:3101' });

const app = express();
app.use(express.json()); // the site's own parser may stay global
app.use(gatehouseExpressSession(gatehouse)); // req.gatehouseSession on every request of the site
app.use('/api/gatehouse', gatehouseExpress(gatehouse)); // the mount path matches basePath
app.get('/account', (req, res) => {
  const session = (req as { gatehouseSession?: GatehouseSession | null }).gatehouseSession;
  if (!session) return void res.status(401).json({ error: 'log in first' });
  res.json({ hello: session.user.name, company: session.user.company?.name ?? null, roles: session.user.roles });
});

const server = app.listen(3101, '127.0.0.1', async () => {
  const origin = 'http://127.0.0.1:3101';
  console.log('GET /account logged out →', (await fetch(`${origin}/account`)).status); // 401
  const login = await fetch(`${origin}/api/gatehouse/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: 'ada@example.com', password: 'a long example passphrase' }),
  });
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const account = await fetch(`${origin}/account`, { headers: { cookie } });
  console.log('GET /account logged in →', await account.text()); // {"hello":"Review Team",...}
  server.close();
  gatehouse.stop();
  await db.close();
});
