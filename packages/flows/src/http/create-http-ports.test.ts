import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { invitationAcceptMachine } from '../invitation-accept/invitation-accept.machine.js';
import { loginMachine } from '../login/login.machine.js';
import { registrationMachine } from '../registration/registration.machine.js';
import { createHttpPorts } from './create-http-ports.js';
import { createHttpClient } from './http-client.js';

interface Seen {
  method: string;
  url: string;
  body: unknown;
  credentials: RequestCredentials | undefined;
  contentType: string | null;
}

/** A fake backend: routes `METHOD /path` to [status, body]; records every request. */
function fakeFetch(routes: Record<string, [number, unknown?]>) {
  const seen: Seen[] = [];
  const fetch = async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    seen.push({
      method: init?.method ?? 'GET',
      url: url.pathname,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      credentials: init?.credentials,
      contentType: headers.get('Content-Type'),
    });
    const route = routes[`${init?.method ?? 'GET'} ${url.pathname}`];
    if (!route) return new Response(JSON.stringify({ error: { code: 'not-found' } }), { status: 404 });
    const [status, body] = route;
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

const base = 'https://portal.example/api/gatehouse';
const valid = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.example',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};

describe('createHttpPorts', () => {
  it('drives the registration flow over the REST contract', async () => {
    const api = fakeFetch({
      'POST /api/gatehouse/registrations': [202, { id: 'reg 1' }],
      'POST /api/gatehouse/registrations/confirm': [200, { id: 'reg 1', status: 'pending-approval' }],
    });
    const ports = createHttpPorts({ baseUrl: base, fetch: api.fetch });
    const actor = createActor(registrationMachine.provide({ actors: ports.registration }), {
      input: {},
    }).start();
    actor.send({ type: 'SUBMIT', data: valid });
    await waitFor(actor, (s) => s.matches('awaitingConfirmation'));
    actor.send({ type: 'CONFIRM', token: 'tok' });
    await waitFor(actor, (s) => s.matches('awaitingApproval'));
    expect(api.seen).toEqual([
      {
        method: 'POST',
        url: '/api/gatehouse/registrations',
        body: valid,
        credentials: 'include',
        contentType: 'application/json',
      },
      {
        method: 'POST',
        url: '/api/gatehouse/registrations/confirm',
        body: { token: 'tok' },
        credentials: 'include',
        contentType: 'application/json',
      },
    ]);
  });

  // 422: the body failed the form on the server; 400: the request was malformed. Both carry form issues.
  it.each([422, 400])('maps %i invalid-request issues onto the form fields', async (status) => {
    const api = fakeFetch({
      'POST /api/gatehouse/registrations': [
        status,
        {
          error: {
            code: 'invalid-request',
            issues: [{ path: '/email', code: 'disposable', params: { domain: 'x.example' } }],
          },
        },
      ],
    });
    const actor = createActor(
      registrationMachine.provide({
        actors: createHttpPorts({ baseUrl: base, fetch: api.fetch }).registration,
      }),
      { input: {} },
    ).start();
    actor.send({ type: 'SUBMIT', data: valid });
    await waitFor(actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    expect(actor.getSnapshot().context.issues).toEqual([
      { path: '/email', code: 'disposable', params: { domain: 'x.example' } },
    ]);
  });

  it('a 422 with issues but no code (another backend) still becomes invalid-request on the fields', async () => {
    const api = fakeFetch({
      'POST /api/gatehouse/registrations': [
        422,
        { error: { issues: [{ path: '/company', code: 'required', params: {} }] } },
      ],
    });
    const ports = createHttpPorts({ baseUrl: base, fetch: api.fetch });
    // The port's promise creator, called directly: what the machine would receive as the rejection.
    const register = ports.registration.register.config as (args: {
      input: { data: typeof valid };
      signal: AbortSignal;
    }) => Promise<unknown>;
    const error = await register({ input: { data: valid }, signal: new AbortController().signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'invalid-request',
      params: { status: 422, issues: [{ path: '/company', code: 'required', params: {} }] },
    });
  });

  it('401 invalid-credentials and 423 locked become login outcomes', async () => {
    const until = '2030-01-01T00:15:00Z';
    const api = fakeFetch({
      'GET /api/gatehouse/session': [200, { session: null }],
      'POST /api/gatehouse/session': [401, { error: { code: 'invalid-credentials' } }],
    });
    const ports = createHttpPorts({ baseUrl: `${base}/`, fetch: api.fetch });
    const actor = createActor(loginMachine.provide({ actors: ports.login }), { input: {} }).start();
    await waitFor(actor, (s) => s.matches('credentials'));
    actor.send({ type: 'SUBMIT', data: { email: 'a@b.example', password: 'pw' } });
    await waitFor(actor, (s) => s.matches('credentials') && s.context.failures === 1);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-credentials');
    const locked = fakeFetch({
      'GET /api/gatehouse/session': [200, { session: null }],
      'POST /api/gatehouse/session': [423, { error: { code: 'locked', until } }],
    });
    const a2 = createActor(
      loginMachine.provide({ actors: createHttpPorts({ baseUrl: base, fetch: locked.fetch }).login }),
      {
        input: {},
      },
    ).start();
    await waitFor(a2, (s) => s.matches('credentials'));
    a2.send({ type: 'SUBMIT', data: { email: 'a@b.example', password: 'pw' } });
    await waitFor(a2, (s) => s.matches('locked'));
    expect(a2.getSnapshot().context.lockedUntil).toBe(Date.parse(until));
  });

  it('a recovery code travels as recoveryCode, the way the MFA form names it', async () => {
    const api = fakeFetch({
      'GET /api/gatehouse/session': [200, { session: null }],
      'POST /api/gatehouse/session': [200, { status: 'mfa-required', methods: ['totp', 'recovery'] }],
      'POST /api/gatehouse/session/mfa': [
        200,
        { status: 'ok', session: { user: { id: 'u', email: 'a@b.c' } } },
      ],
    });
    const ports = createHttpPorts({ baseUrl: base, fetch: api.fetch });
    const actor = createActor(loginMachine.provide({ actors: ports.login }), { input: {} }).start();
    await waitFor(actor, (s) => s.matches('credentials'));
    actor.send({ type: 'SUBMIT', data: { email: valid.email, password: 'a long enough passphrase' } });
    await waitFor(actor, (s) => s.matches('mfaChallenge'));
    actor.send({ type: 'SUBMIT', data: { method: 'recovery', recoveryCode: 'abcde-fghjk' } });
    await waitFor(actor, (s) => s.status === 'done');
    expect(api.seen.at(-1)).toMatchObject({
      url: '/api/gatehouse/session/mfa',
      body: { method: 'recovery', recoveryCode: 'abcde-fghjk' },
    });
  });

  it('encodes path segments, reads Retry-After, and reports network and non-JSON failures', async () => {
    const calls: string[] = [];
    const ports = createHttpPorts({
      baseUrl: base,
      fetch: (async (input: URL | RequestInfo) => {
        calls.push(new URL(String(input)).pathname);
        if (calls.length === 1)
          return new Response(JSON.stringify({ error: { code: 'rate-limited' } }), {
            status: 429,
            headers: { 'Retry-After': '30' },
          });
        if (calls.length === 2) return new Response('<html>', { status: 502 });
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const run = (logic: unknown, input: unknown) =>
      new Promise<unknown>((resolve) => {
        const a = createActor(logic as never, { input } as never);
        a.subscribe({ error: resolve, complete: () => resolve(a.getSnapshot()) });
        a.start();
      });
    expect(await run(ports.registration.resendConfirmation, { id: 'a/b' })).toMatchObject({
      code: 'rate-limited',
      params: { retryAfter: 30, status: 429 },
    });
    expect(calls[0]).toBe('/api/gatehouse/registrations/a%2Fb/resend');
    expect(await run(ports.supportInfo.getSupportInfo, undefined)).toMatchObject({ code: 'unavailable' });
    expect(await run(ports.rma.loadRmaDefaults, undefined)).toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('Failed to fetch'),
    });
  });

  it('accepts an invitation: token and password to POST /invitations/accept, 410 ends in expired', async () => {
    const session = { user: { id: 'u-7', email: 'grace@analytical-engines.example' } };
    const api = fakeFetch({ 'POST /api/gatehouse/invitations/accept': [200, { status: 'ok', session }] });
    const ports = createHttpPorts({ baseUrl: base, fetch: api.fetch });
    const data = { newPassword: 'velvet hammock orbit 1842', confirmPassword: 'velvet hammock orbit 1842' };
    const actor = createActor(invitationAcceptMachine.provide({ actors: ports.invitationAccept }), {
      input: { token: 'tok 1' },
    }).start();
    actor.send({ type: 'SUBMIT', data });
    await waitFor(actor, (s) => s.status === 'done');
    expect(actor.getSnapshot().value).toBe('accepted');
    expect(actor.getSnapshot().context.session).toEqual(session);
    expect(api.seen.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/api/gatehouse/invitations/accept', { token: 'tok 1', newPassword: data.newPassword }],
    ]);

    const gone = fakeFetch({
      'POST /api/gatehouse/invitations/accept': [410, { error: { code: 'expired-token' } }],
    });
    const expired = createActor(
      invitationAcceptMachine.provide({
        actors: createHttpPorts({ baseUrl: base, fetch: gone.fetch }).invitationAccept,
      }),
      { input: { token: 'old' } },
    ).start();
    expired.send({ type: 'SUBMIT', data });
    await waitFor(expired, (s) => s.status === 'done');
    expect(expired.getSnapshot().value).toBe('expired');
  });

  it('rejects a bad baseUrl clearly', () => {
    expect(() => createHttpPorts({ baseUrl: 'not a url', fetch: globalThis.fetch })).toThrow(
      expect.objectContaining({ code: 'invalid-option', message: expect.stringContaining('baseUrl') }),
    );
  });
});

describe('state-changing requests without a body', () => {
  it('still say Content-Type: application/json (the contract answers 415 otherwise), GETs do not', async () => {
    const api = fakeFetch({
      'DELETE /api/gatehouse/mfa/factors/totp': [204],
      'GET /api/gatehouse/mfa/factors': [200, { factors: [] }],
    });
    const client = createHttpClient({ baseUrl: base, fetch: api.fetch });
    await client.call('DELETE', '/mfa/factors/totp', undefined);
    await client.call('GET', '/mfa/factors', undefined);
    expect(api.seen.map((s) => [s.method, s.contentType, s.body])).toEqual([
      ['DELETE', 'application/json', undefined],
      ['GET', null, undefined],
    ]);
  });
});
