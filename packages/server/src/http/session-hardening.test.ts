import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let proxied: GatehouseApp;
let twoProxies: GatehouseApp;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app } = await testServer(db));
  ({ app: proxied } = await testServer(db, { trustProxy: true }));
  ({ app: twoProxies } = await testServer(db, { trustProxy: 2 }));
}, 60_000);
afterAll(async () => {
  for (const a of [app, proxied, twoProxies]) {
    await a?.idle();
    a?.stop();
  }
  await db?.close();
});

const setCookie = (headers: Headers, name: string) =>
  headers.getSetCookie().find((line) => line.startsWith(`${name}=`));

describe('session ids', () => {
  it('re-authentication (step-up) rotates the session id; the old id no longer works', async () => {
    const user = new TestClient(app);
    expect((await user.post('/session', REVIEWER)).status).toBe(200);
    const before = user.cookies.get('gatehouse_session');
    const stepUp = await user.post('/session/reauthenticate', { password: REVIEWER.password });
    expect(stepUp.status).toBe(200);
    const after = user.cookies.get('gatehouse_session');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect((await user.get('/session')).json.session.user.email).toBe(REVIEWER.email);
    const stale = new TestClient(app);
    stale.cookies.set('gatehouse_session', before as string);
    expect((await stale.get('/session')).json.session).toBeNull();
  });
});

describe('cookies', () => {
  it('are Secure for a real host even over plain http (TLS ended by a proxy the app does not trust)', async () => {
    const login = await new TestClient(app).post('/session', REVIEWER);
    expect(setCookie(login.headers, 'gatehouse_session')).toMatch(/;\s*Secure/i);
  });

  it('stay usable over http on loopback during development (no Secure on http://localhost)', async () => {
    const login = await new TestClient(app).request('POST', '/session', REVIEWER, {});
    expect(login.status).toBe(200);
    const local = await app.request('http://localhost/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(REVIEWER),
    });
    expect(setCookie(local.headers, 'gatehouse_session')).not.toMatch(/;\s*Secure/i);
  });
});

describe('transport headers', () => {
  it('HSTS over https (or https a trusted proxy reports), none over plain http; nosniff always', async () => {
    const tls = await app.request('https://portal.test/session');
    expect(tls.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(tls.headers.get('x-content-type-options')).toBe('nosniff');
    expect(
      (await app.request('http://portal.test/session')).headers.get('strict-transport-security'),
    ).toBeNull();
    const viaProxy = await proxied.request('http://portal.test/session', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(viaProxy.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const untrusted = await app.request('http://portal.test/session', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('X-Forwarded-For behind trusted proxies', () => {
  const failedLoginIp = async (target: GatehouseApp, forwardedFor: string) => {
    const email = `xff-${Math.random().toString(36).slice(2)}@acme.test`;
    await new TestClient(target).request(
      'POST',
      '/session',
      { email, password: 'not the password at all' },
      { 'x-forwarded-for': forwardedFor },
    );
    const rows = await db.query<{ ip: string }>(
      "SELECT ip FROM audit_events WHERE event = 'login-failed' AND subject = $1",
      [email],
    );
    return rows[0]?.ip;
  };

  it('one trusted proxy: the address that proxy added (the last hop), not the one the client wrote', async () => {
    expect(await failedLoginIp(proxied, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('two trusted proxies: the second hop from the right', async () => {
    expect(await failedLoginIp(twoProxies, '6.6.6.6, 203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
  });

  it('without trustProxy the header is ignored', async () => {
    expect(await failedLoginIp(app, '6.6.6.6')).not.toBe('6.6.6.6');
  });
});

describe('state-changing requests', () => {
  it('from a foreign Origin are refused with 403 invalid-origin', async () => {
    const answer = await new TestClient(app).request('POST', '/session', REVIEWER, {
      origin: 'https://evil.example',
    });
    expect(answer.status).toBe(403);
    expect(answer.json.error.code).toBe('invalid-origin');
  });

  it('from the portal itself, or without an Origin (non-browser clients), pass', async () => {
    const same = await new TestClient(app).request('POST', '/session', REVIEWER, {
      origin: 'http://portal.test',
    });
    expect(same.status).toBe(200);
    expect((await new TestClient(app).post('/session', REVIEWER)).status).toBe(200);
  });

  it('Origin: null (sandboxed frames, some redirects) is refused', async () => {
    const answer = await new TestClient(app).request('POST', '/session', REVIEWER, { origin: 'null' });
    expect(answer.status).toBe(403);
  });

  it('DELETE without a JSON content type is 415, as the contract says; with it, the session ends', async () => {
    const user = new TestClient(app);
    await user.post('/session', REVIEWER);
    const cookie = `gatehouse_session=${user.cookies.get('gatehouse_session')}`;
    const bare = await app.request('http://portal.test/session', { method: 'DELETE', headers: { cookie } });
    expect(bare.status).toBe(415);
    expect(await bare.json()).toEqual({ error: { code: 'unsupported-media-type' } });
    expect((await user.get('/session')).json.session).not.toBeNull();
    const proper = await user.request('DELETE', '/session');
    expect(proper.status).toBe(204);
    expect((await user.get('/session')).json.session).toBeNull();
  });
});
