/**
 * Contract check: the flows' own fetch adapter (`createHttpPorts` from `@gatehouse/flows/http`) drives the
 * registration and login machines against this server, so the two sides of docs/rest-contract.md agree.
 */
import { createHttpPorts } from '@gatehouse/flows/http';
import { loginMachine } from '@gatehouse/flows/login';
import { registrationMachine } from '@gatehouse/flows/registration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: (to: string) => Promise<{ body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db, { basePath: '/api' }));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

/** A browser-like fetch over the in-process app: keeps cookies like `credentials: 'include'` would. */
function browserFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await app.request(String(input), { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [name, value] = (line.split(';')[0] ?? '').split('=');
      if (name && value && !/max-age=0/i.test(line)) jar.set(name, value);
      else if (name) jar.delete(name);
    }
    return response;
  }) as typeof fetch;
}

describe('the flows fetch adapter against this server', () => {
  it('registration: a free-mail SUBMIT stays in editing; a business one reaches awaitingApproval after CONFIRM', async () => {
    const ports = createHttpPorts({ baseUrl: 'http://portal.test/api', fetch: browserFetch() });
    const actor = createActor(registrationMachine.provide({ actors: ports.registration }), {
      input: {},
    }).start();
    const data = { givenName: 'Lise', familyName: 'Meitner', company: 'Fission GmbH', termsAccepted: true };
    actor.send({ type: 'SUBMIT', data: { ...data, email: 'lise@yahoo.com' } });
    expect(actor.getSnapshot().value).toBe('editing');
    actor.send({ type: 'SUBMIT', data: { ...data, email: 'lise.meitner@fission-gmbh.com' } });
    await waitFor(actor, (s) => s.matches('awaitingConfirmation'), { timeout: 10_000 });
    const token = /token=([\w%-]+)/.exec(
      (await lastMessage('lise.meitner@fission-gmbh.com'))?.body ?? '',
    )?.[1];
    actor.send({ type: 'CONFIRM', token: decodeURIComponent(token as string) });
    await waitFor(actor, (s) => s.matches('awaitingApproval'), { timeout: 10_000 });
    actor.stop();
  });

  it('login: wrong password is `invalid`; the reviewer reaches authenticated and the session is visible', async () => {
    const fetch = browserFetch();
    const ports = createHttpPorts({ baseUrl: 'http://portal.test/api', fetch });
    const actor = createActor(loginMachine.provide({ actors: ports.login }), { input: {} }).start();
    await waitFor(actor, (s) => s.matches('credentials'), { timeout: 10_000 });
    actor.send({ type: 'SUBMIT', data: { email: REVIEWER.email, password: 'not the right one at all' } });
    await waitFor(actor, (s) => s.matches('credentials') && s.context.issues.length > 0, { timeout: 10_000 });
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-credentials');
    actor.send({ type: 'SUBMIT', data: REVIEWER });
    await waitFor(actor, (s) => s.status === 'done', { timeout: 10_000 });
    expect(actor.getSnapshot().value).toBe('authenticated');
    const session = await fetch('http://portal.test/api/session').then((r) => r.json());
    expect(session.session.user.email).toBe(REVIEWER.email);
    // The session lives in the cookie: another browser without it has none.
    expect((await new TestClient(app, '/api').get('/session')).json).toEqual({ session: null });
  });
});
