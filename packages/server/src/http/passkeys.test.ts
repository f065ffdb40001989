import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import { issueChallenge } from '../security/webauthn-challenges.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin } from '../testing/company.js';
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

/** A browser's answer naming `challenge` in its client data, with a made-up credential and signature. */
const forged = (challenge: string, id = 'AAAA') => ({
  response: {
    id,
    rawId: id,
    type: 'public-key',
    clientExtensionResults: {},
    response: {
      clientDataJSON: Buffer.from(
        JSON.stringify({ type: 'webauthn.get', challenge, origin: 'http://localhost:3000' }),
      ).toString('base64url'),
      authenticatorData: 'AAAA',
      signature: 'AAAA',
    },
  },
});

describe('passkeys on the server', () => {
  it('sign-in options: a fresh challenge each time, for anyone, saying nothing about accounts', async () => {
    const client = new TestClient(app);
    const a = await client.request('POST', '/session/passkey/options', {});
    const b = await client.request('POST', '/session/passkey/options', {});
    expect(a.status).toBe(201);
    expect(a.json.options).toMatchObject({
      rpId: 'localhost',
      userVerification: 'required',
      allowCredentials: [],
    });
    expect(a.json.options.challenge).not.toBe(b.json.options.challenge);
  });

  it('bad input names the member; an unknown credential and a replayed or unknown challenge get one answer', async () => {
    const client = new TestClient(app);
    const missing = await client.request('POST', '/session/passkey', {});
    expect(missing.status).toBe(422);
    expect(missing.json.error.issues).toEqual([{ path: '/response', code: 'required', params: {} }]);
    const garbage = await client.request('POST', '/session/passkey', {
      response: { id: 'AAAA', response: { clientDataJSON: 'not json at all' } },
    });
    expect(garbage.status).toBe(422);
    expect(garbage.json.error.issues[0].path).toBe('/response/response/clientDataJSON');

    const { options } = (await client.request('POST', '/session/passkey/options', {})).json;
    const unknownCredential = await client.request('POST', '/session/passkey', forged(options.challenge));
    // The challenge was spent by that attempt: the same answer again is refused the same way.
    const replayed = await client.request('POST', '/session/passkey', forged(options.challenge));
    const neverIssued = await client.request('POST', '/session/passkey', forged('bm90LWlzc3VlZA'));
    for (const answer of [unknownCredential, replayed, neverIssued]) {
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({ error: { code: 'passkey-not-accepted' } });
    }
    expect((await client.get('/session')).json).toEqual({ session: null });
  });

  it('an expired challenge is refused, and a registration challenge does not sign in', async () => {
    const client = new TestClient(app);
    const old = await issueChallenge(db, 'passkey-login', null, new Date(Date.now() - 600_000), 60_000);
    expect((await client.request('POST', '/session/passkey', forged(old))).status).toBe(400);
    const other = await issueChallenge(db, 'passkey-registration', null, new Date(), 60_000);
    expect((await client.request('POST', '/session/passkey', forged(other))).status).toBe(400);
  });

  it('managing passkeys needs a session; adding needs a recent login; a foreign id is not found', async () => {
    const anonymous = new TestClient(app);
    expect((await anonymous.get('/passkeys')).status).toBe(401);
    expect((await anonymous.request('POST', '/passkeys/options', {})).status).toBe(401);
    const email = 'ada@passkeys.example.com';
    const client = await registerSuperAdmin(app, lastMessage, email);
    const listed = await client.get('/passkeys');
    expect(listed.json).toMatchObject({ passkeys: [], authenticatedAt: expect.any(String) });
    const options = await client.request('POST', '/passkeys/options', {});
    expect(options.status).toBe(201);
    expect(options.json.options).toMatchObject({
      rp: { id: 'localhost' },
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      attestation: 'none',
    });
    // The user handle is the account id, never the e-mail address.
    expect(Buffer.from(options.json.options.user.id, 'base64url').toString()).not.toContain('@');
    const rename = await client.request('PATCH', '/passkeys/pk_unknown', { name: 'Laptop' });
    expect(rename.status).toBe(404);
    const badName = await client.request('PATCH', '/passkeys/pk_unknown', { name: 'a\nb' });
    expect(badName.status).toBe(422);
    expect(badName.json.error.issues[0].path).toBe('/name');
    expect((await client.request('DELETE', '/passkeys/pk_unknown')).status).toBe(404);
    const notMine = await client.request('POST', '/passkeys', forged(options.json.options.challenge));
    expect(notMine.status).toBe(400);
  });
});
