import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { registrationMachine } from '../registration/registration.machine.js';
import { supportInfoMachine } from '../support-info/support-info.machine.js';
import * as http from './index.js';

const base = 'https://portal.example/api/gatehouse';
const valid = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.example',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};

const perFlow = [
  http.registrationHttpPorts,
  http.loginHttpPorts,
  http.mfaEnrollmentHttpPorts,
  http.profileHttpPorts,
  http.passwordChangeHttpPorts,
  http.passwordResetHttpPorts,
  http.supportInfoHttpPorts,
  http.supportCaseHttpPorts,
  http.rmaHttpPorts,
  http.invitationHttpPorts,
  http.invitationAcceptHttpPorts,
  http.sessionsHttpPorts,
  http.passkeysHttpPorts,
  http.dataRightsHttpPorts,
  http.emailChangeHttpPorts,
];

describe('per-flow http ports', () => {
  it('registrationHttpPorts alone drives the registration flow, with the client headers', async () => {
    const seen: Array<[string, string, string | null]> = [];
    const client = http.createHttpClient({
      baseUrl: base,
      headers: { 'X-CSRF-Token': 'csrf-1' },
      fetch: (async (input: URL | RequestInfo, init?: RequestInit) => {
        const url = new URL(String(input));
        seen.push([init?.method ?? 'GET', url.pathname, new Headers(init?.headers).get('X-CSRF-Token')]);
        if (url.pathname.endsWith('/registrations')) return new Response('{"id":"reg 1"}', { status: 202 });
        return new Response('{"id":"reg 1","status":"pending-approval"}', { status: 200 });
      }) as typeof fetch,
    });
    const actor = createActor(registrationMachine.provide({ actors: http.registrationHttpPorts(client) }), {
      input: {},
    }).start();
    actor.send({ type: 'SUBMIT', data: valid });
    await waitFor(actor, (s) => s.matches('awaitingConfirmation'));
    actor.send({ type: 'CONFIRM', token: 'tok' });
    await waitFor(actor, (s) => s.matches('awaitingApproval'));
    expect(seen).toEqual([
      ['POST', '/api/gatehouse/registrations', 'csrf-1'],
      ['POST', '/api/gatehouse/registrations/confirm', 'csrf-1'],
    ]);
  });

  it('one client serves several flows; a failing answer keeps the contract code', async () => {
    const client = http.createHttpClient({
      baseUrl: base,
      fetch: (async () =>
        new Response('{"error":{"code":"unauthenticated"}}', { status: 401 })) as typeof fetch,
    });
    const actor = createActor(supportInfoMachine.provide({ actors: http.supportInfoHttpPorts(client) }), {
      input: {},
    }).start();
    await waitFor(actor, (s) => s.context.issues.length > 0 || s.status !== 'active');
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('unauthenticated');
  });

  it('each set is keyed as in createHttpPorts and has the same ports', () => {
    const fetch = (async () => new Response(null, { status: 204 })) as typeof globalThis.fetch;
    const all = http.createHttpPorts({ baseUrl: base, fetch });
    const client = http.createHttpClient({ baseUrl: base, fetch });
    expect(perFlow.map((f) => f.key).sort()).toEqual(Object.keys(all).sort());
    for (const factory of perFlow) {
      expect(Object.keys(factory(client)).sort(), factory.key).toEqual(Object.keys(all[factory.key]).sort());
    }
  });

  it('createHttpClient names the bad option', () => {
    expect(() => http.createHttpClient({ baseUrl: base, fetch: 'nope' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-option', params: { option: 'fetch' } }),
    );
    expect(() => http.createHttpClient({ baseUrl: 'http://[::1', fetch: globalThis.fetch })).toThrow(
      expect.objectContaining({ code: 'invalid-option', params: { option: 'baseUrl' } }),
    );
  });

  it('a bundle of one flow set holds none of the other flows paths (tree-shaking)', async () => {
    const result = await build({
      stdin: {
        contents: `import { createHttpClient, registrationHttpPorts } from './index.js';
          export const ports = registrationHttpPorts(createHttpClient({ baseUrl: '/api' }));`,
        resolveDir: import.meta.dirname,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['source', 'browser', 'module', 'import', 'default'],
      // xstate and the rules are the flows' own dependencies, not the adapter's bytes.
      external: ['xstate', '@gatehouse/rules'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('/registrations');
    for (const other of [
      '/session',
      '/rma',
      '/profile',
      '/mfa/',
      '/password',
      '/support',
      '/invitations',
      '/roles',
    ]) {
      expect(code, other).not.toContain(other);
    }
  });
});
