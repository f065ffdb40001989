/**
 * Embedding in a host: the Gatehouse API mounted in real Express 5, Express 4, Fastify and Hono apps over real
 * HTTP, each with a global JSON body parser where the framework has one, and the host's own route reading who is
 * logged in through `getSession` and the session middleware.
 */
import type { AddressInfo } from 'node:net';
import { runConformance } from '@gatehouse/flows/contract';
import { serve } from '@hono/node-server';
import express from 'express';
import express4 from 'express4';
import fastify from 'fastify';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, testServer } from '../testing/test-server.js';
import { gatehouseExpress, gatehouseExpressSession } from './express.js';
import { gatehouseFastify } from './fastify.js';
import { type GatehouseSessionVariables, gatehouseSession } from './hono.js';

const MOUNT = '/api/gatehouse';
let db: Database;
let gatehouse: GatehouseApp;
let clock: { advance(ms: number): void };
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  ({ app: gatehouse, clock } = await testServer(db, { basePath: MOUNT }));
  await db.query(
    `INSERT INTO companies (id, name, domain, created_at) VALUES ('co_host', 'Host Works GmbH', 'hostworks.example', now())`,
  );
  await db.query(`UPDATE accounts SET company_id = 'co_host' WHERE email = $1`, [REVIEWER.email]);
}, 120_000);
afterAll(async () => {
  for (const close of closers) await close();
  await gatehouse?.idle();
  await db?.close();
});

/** Starts a Node HTTP server on an ephemeral port and returns its origin. */
async function listen(server: import('node:http').Server): Promise<string> {
  if (!server.listening) await new Promise<void>((resolve) => server.once('listening', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Logs the reviewer in through the mounted API, as the browser would; returns the session cookie. */
async function logIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}${MOUNT}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: REVIEWER.email, password: REVIEWER.password }),
  });
  expect(response.status).toBe(200);
  expect((await response.json()).status).toBe('ok');
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('gatehouse_session='));
  expect(cookie).toBeDefined();
  return (cookie as string).split(';')[0] as string;
}

/** What every host must show: the API works under the mount path with the host's body parser in front of it. */
async function expectMountedApi(origin: string, mePath: string): Promise<void> {
  // Logged out: the host route sees null, the API answers its own session read.
  expect(await (await fetch(`${origin}${mePath}`)).json()).toEqual({ session: null });
  expect(await (await fetch(`${origin}${MOUNT}/session`)).json()).toEqual({ session: null });
  // A body the parser in front already read still reaches the API's validation (422 with the form's issues).
  const invalid = await fetch(`${origin}${MOUNT}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: 'not-an-address' }),
  });
  expect(invalid.status).toBe(422);
  expect((await invalid.json()).error.code).toBe('invalid-request');
  const cookie = await logIn(origin);
  const me = await (await fetch(`${origin}${mePath}`, { headers: { cookie } })).json();
  expect(me.session.user).toMatchObject({
    email: REVIEWER.email,
    name: 'Review Team',
    roles: ['reviewer'],
    company: { id: 'co_host', name: 'Host Works GmbH' },
  });
  expect(me.session.mfa).toEqual({ enrolled: [], verifiedWith: null });
  // The API itself sees the same session under the mount path.
  const own = await (await fetch(`${origin}${MOUNT}/session`, { headers: { cookie } })).json();
  expect(own.session.user.email).toBe(REVIEWER.email);
  // The whole REST contract holds through the mount, the host's body parser in front included (broken JSON
  // answers the contract's 400 with an `invalid-json` issue, not the framework's own error page).
  const report = await runConformance({ baseUrl: `${origin}${MOUNT}` });
  expect(report.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.problems.join('; ')}`)).toEqual([]);
}

describe('mounting in a host', () => {
  it('Express 5: app.use(mount, gatehouseExpress(gatehouse)) after a global express.json()', async () => {
    const app = express();
    app.use(express.json());
    app.use(gatehouseExpressSession(gatehouse));
    app.use(MOUNT, gatehouseExpress(gatehouse));
    app.get('/me', (req, res) => {
      res.json({ session: (req as { gatehouseSession?: unknown }).gatehouseSession });
    });
    const origin = await listen(app.listen(0, '127.0.0.1'));
    await expectMountedApi(origin, '/me');
    // Over express.json()'s own limit (100 kB): the contract's 413, not Express's HTML error page.
    const big = await fetch(`${origin}${MOUNT}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a'.repeat(200_000) }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: { code: 'payload-too-large' } });
  });

  it('Express 4: the same mount and middleware', async () => {
    const app = express4();
    app.use(express4.json());
    app.use(gatehouseExpressSession(gatehouse));
    app.use(MOUNT, gatehouseExpress(gatehouse));
    app.get('/me', (_req, res) => {
      res.json({ session: res.locals.gatehouseSession });
    });
    await expectMountedApi(await listen(app.listen(0, '127.0.0.1')), '/me');
  });

  it('Fastify: app.register(gatehouseFastify(gatehouse), { prefix: mount })', async () => {
    const app = fastify();
    await app.register(gatehouseFastify(gatehouse), { prefix: MOUNT });
    app.get('/me', async (request) => ({ session: await gatehouse.getSession(request.raw) }));
    // The host's own routes keep Fastify's JSON parser.
    app.post('/echo', async (request) => ({ got: request.body }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await expectMountedApi(origin, '/me');
    const echo = await fetch(`${origin}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(await echo.json()).toEqual({ got: { a: 1 } });
  });

  it('Hono: app.route("/", gatehouse) and the gatehouseSession middleware', async () => {
    const app = new Hono<{ Variables: GatehouseSessionVariables }>();
    app.use('/me', gatehouseSession(gatehouse));
    app.get('/me', (c) => c.json({ session: c.get('gatehouseSession') }));
    app.route('/', gatehouse);
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await expectMountedApi(await listen(server as import('node:http').Server), '/me');
  });
});

describe('getSession(request)', () => {
  it('reads the database once per request object, whoever asks', async () => {
    const origin = await listen(express().use(MOUNT, gatehouseExpress(gatehouse)).listen(0, '127.0.0.1'));
    const cookie = await logIn(origin);
    const request = new Request('http://host.test/', { headers: { cookie } });
    let reads = 0;
    const query = db.query;
    // Count session reads only: the app's background workers (the mail queue filled by the tests above) share
    // this database and may query it meanwhile.
    db.query = ((...args: Parameters<typeof query>) => {
      if (/FROM sessions s JOIN accounts/.test(String(args[0]))) reads += 1;
      return query(...args);
    }) as typeof query;
    try {
      const [first, second] = await Promise.all([
        gatehouse.getSession(request),
        gatehouse.getSession(request),
      ]);
      expect(await gatehouse.getSession(request)).toBe(first);
      expect(second).toBe(first);
      expect(reads).toBe(1);
      // A new request object is a new read.
      await gatehouse.getSession(new Request('http://host.test/', { headers: { cookie } }));
      expect(reads).toBe(2);
    } finally {
      db.query = query;
    }
  });

  it('answers null for no cookie, a garbage or unknown token, a logged-out or expired session', async () => {
    const origin = await listen(express().use(MOUNT, gatehouseExpress(gatehouse)).listen(0, '127.0.0.1'));
    const ask = (cookie?: string) =>
      gatehouse.getSession({ headers: cookie === undefined ? {} : { cookie } });
    expect(await ask()).toBeNull();
    expect(await ask('gatehouse_session=')).toBeNull();
    expect(await ask(`gatehouse_session=${'x'.repeat(5000)}`)).toBeNull();
    expect(await ask('gatehouse_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    const cookie = await logIn(origin);
    expect((await ask(`other=1; ${cookie}`))?.user.email).toBe(REVIEWER.email);
    const out = await fetch(`${origin}${MOUNT}/session`, {
      method: 'DELETE',
      headers: { cookie, origin, 'content-type': 'application/json' },
    });
    expect(out.status).toBeLessThan(300);
    expect(await ask(cookie)).toBeNull();
    const later = await logIn(origin);
    expect(await ask(later)).not.toBeNull();
    clock.advance(8 * 3600_000 + 1000);
    expect(await ask(later)).toBeNull();
  });
});
