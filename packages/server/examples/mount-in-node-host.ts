/**
 * Mounting Gatehouse in an existing Node host: the API answers under /api/gatehouse, everything else stays
 * with the host's own handler. Run: node --conditions=source --import tsx packages/server/examples/mount-in-node-host.ts
 */
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createGatehouseServer, openDatabase } from '@gatehouse/server';

// PGlite in memory here; { dataDir: '.data' } keeps data, { url: process.env.DATABASE_URL } uses Postgres.
const db = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { memory: true });
const gatehouse = await createGatehouseServer({
  db,
  basePath: '/api/gatehouse',
  publicUrl: 'http://localhost:3100',
  devRoutes: true, // /api/gatehouse/dev/outbox: never in production
});
const gatehouseListener = getRequestListener(gatehouse.fetch);

const server = createServer((req, res) => {
  if (req.url?.startsWith('/api/gatehouse/')) return gatehouseListener(req, res);
  // The host's own routes.
  res.writeHead(200, { 'content-type': 'text/plain' }).end('the host application\n');
});
server.listen(3100, '127.0.0.1', async () => {
  const answer = await fetch('http://127.0.0.1:3100/api/gatehouse/session').then((r) => r.json());
  console.log('GET /api/gatehouse/session →', JSON.stringify(answer)); // {"session":null}
  server.close();
  await db.close();
});
