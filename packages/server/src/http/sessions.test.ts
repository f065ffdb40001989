import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: (to: string) => Promise<{ subject: string; body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

async function browser(email: string, userAgent: string) {
  const client = new TestClient(app);
  const answer = await client.request(
    'POST',
    '/session',
    { email, password: TEST_PASSWORD },
    { 'user-agent': userAgent },
  );
  expect(answer.json.status).toBe('ok');
  return client;
}

describe('sessions and devices', () => {
  it('lists this browser first and the others with browser, system and address; ends one, then all others', async () => {
    const email = 'ada@sessions-list.example.com';
    const first = await registerSuperAdmin(app, lastMessage, email);
    const laptop = await browser(email, FIREFOX);
    const phone = await browser(email, SAFARI);

    const listed = await laptop.get('/sessions');
    expect(listed.status).toBe(200);
    const sessions = listed.json.sessions as Record<string, unknown>[];
    expect(sessions).toHaveLength(3);
    expect(sessions[0]).toMatchObject({ current: true, browser: 'Firefox', system: 'Linux' });
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const onPhone = sessions.find((s) => s.browser === 'Safari');
    expect(onPhone).toMatchObject({ current: false, system: 'iOS', ip: expect.any(String) });
    expect(JSON.stringify(sessions)).not.toMatch(/[0-9a-f]{64}/);

    // The current session cannot be ended from the list (that is logging out); an unknown id is 404.
    expect((await laptop.request('DELETE', `/sessions/${sessions[0]?.id}`)).status).toBe(409);
    expect((await laptop.request('DELETE', '/sessions/ses_unknown')).status).toBe(404);
    // Another user's session id is unknown to this user.
    const other = await registerSuperAdmin(app, lastMessage, 'bea@sessions-other.example.com');
    expect((await other.request('DELETE', `/sessions/${onPhone?.id}`)).status).toBe(404);

    expect((await laptop.request('DELETE', `/sessions/${onPhone?.id}`)).status).toBe(204);
    expect((await phone.get('/session')).json).toEqual({ session: null });
    expect((await first.get('/session')).json.session.user.email).toBe(email);

    const ended = await laptop.request('DELETE', '/sessions');
    expect(ended.json).toEqual({ ended: 1 });
    expect((await first.get('/session')).json).toEqual({ session: null });
    expect((await laptop.get('/sessions')).json.sessions).toHaveLength(1);
  });

  it('needs a session', async () => {
    const anonymous = new TestClient(app);
    expect((await anonymous.get('/sessions')).status).toBe(401);
    expect((await anonymous.request('DELETE', '/sessions')).status).toBe(401);
    expect((await anonymous.request('DELETE', '/sessions/ses_x')).status).toBe(401);
  });
});
