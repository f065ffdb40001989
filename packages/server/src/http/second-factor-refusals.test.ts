/**
 * Once MFA is enrolled, a refused second factor opens no session: a wrong TOTP code, a wrong e-mail code, a recovery
 * code already used, and a passkey assertion whose signature does not verify. Each refusal is followed by the right
 * answer on the same MFA step, which does sign in: so the refusal is the factor's, not a broken set-up.
 */
import { createHash, createSign, generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { base32Decode, generateTotp } from '@gatehouse/rules/otp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { TestClient, type TestClock, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let clock: TestClock;
let lastMessage: (to: string) => Promise<{ subject: string; body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, clock, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  app?.stop();
  await app?.idle();
  await db?.close();
});

/** The TOTP code of `secret` `steps` periods from now. */
function totpAt(secret: string, steps = 0): Promise<string> {
  const bytes = base32Decode(secret);
  if (!bytes.ok) throw new Error('bad secret');
  return generateTotp({ secret: bytes.value, time: clock.now().getTime() + steps * 30_000 });
}

/** A 6-digit code that none of the accepted windows (previous, current, next period) gives. */
async function wrongTotp(secret: string): Promise<string> {
  const near = new Set(await Promise.all([-1, 0, 1].map((s) => totpAt(secret, s))));
  for (let n = 0; ; n++) {
    const code = String((Number(await totpAt(secret)) + 1 + n) % 1_000_000).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

/** The 6-digit code of the newest mail to `email`. */
async function mailedCode(email: string): Promise<string> {
  const code = /\b(\d{6})\b/.exec((await lastMessage(email))?.body ?? '')?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

/** A Super Admin with the authenticator app: the TOTP secret and the recovery codes it brought. */
async function withTotp(email: string) {
  const user = await registerSuperAdmin(app, lastMessage, email);
  const started = await user.post('/mfa/totp');
  const confirmed = await user.post(`/mfa/totp/${started.json.enrollmentId}/confirm`, {
    code: await totpAt(started.json.secret),
  });
  expect(confirmed.status).toBe(200);
  await user.request('DELETE', '/session');
  // The next sign-in's code must be of a later period than the one used to enrol (a code counts once).
  clock.advance(31_000);
  return { secret: started.json.secret as string, codes: confirmed.json.recoveryCodes as string[] };
}

/** The password step of a sign-in: a client holding only the pending MFA step, and the step's methods. */
async function passwordStep(email: string) {
  const client = new TestClient(app);
  const answer = await client.post('/session', { email, password: TEST_PASSWORD });
  expect(answer.json.status).toBe('mfa-required');
  return { client, methods: answer.json.methods as string[] };
}

/** No session: no session cookie, and `GET /session` says so. */
async function expectNoSession(client: TestClient): Promise<void> {
  expect(client.cookies.has('gatehouse_session')).toBe(false);
  expect((await client.get('/session')).json).toEqual({ session: null });
}

/** A session for `email`. */
async function expectSession(client: TestClient, email: string): Promise<void> {
  expect((await client.get('/session')).json.session?.user?.email).toBe(email);
}

/** The COSE form of a P-256 public key (what the server stores for a passkey). */
function coseKey(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  const x = Buffer.from(jwk.x as string, 'base64url');
  const y = Buffer.from(jwk.y as string, 'base64url');
  // {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}
  const cbor = Buffer.concat([
    Buffer.from([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20]),
    x,
    Buffer.from([0x22, 0x58, 0x20]),
    y,
  ]);
  return cbor.toString('base64url');
}

/** An authenticator's assertion for `challenge`, signed with `signer` (user present and verified). */
function assertion(credentialId: string, challenge: string, signer: KeyObject, counter: number) {
  const clientData = Buffer.from(
    JSON.stringify({ type: 'webauthn.get', challenge, origin: 'http://localhost:3000' }),
  );
  const counterBytes = Buffer.alloc(4);
  counterBytes.writeUInt32BE(counter);
  const authData = Buffer.concat([
    createHash('sha256').update('localhost').digest(),
    Buffer.from([0x05]),
    counterBytes,
  ]);
  const sign = createSign('SHA256');
  sign.update(Buffer.concat([authData, createHash('sha256').update(clientData).digest()]));
  return {
    response: {
      id: credentialId,
      rawId: credentialId,
      type: 'public-key',
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientData.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: sign.sign(signer).toString('base64url'),
      },
    },
  };
}

describe('a refused second factor gives no session', () => {
  it('a wrong TOTP code', async () => {
    const email = 'ada@refused-totp.example.com';
    const { secret } = await withTotp(email);
    const { client } = await passwordStep(email);
    const refused = await client.post('/session/mfa', { method: 'totp', code: await wrongTotp(secret) });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('invalid-code');
    await expectNoSession(client);
    const passed = await client.post('/session/mfa', { method: 'totp', code: await totpAt(secret) });
    expect(passed.json.status).toBe('ok');
    await expectSession(client, email);
  });

  it('a wrong e-mail code', async () => {
    const email = 'bea@refused-email.example.com';
    const user = await registerSuperAdmin(app, lastMessage, email);
    const started = await user.post('/mfa/email', {});
    const confirmed = await user.post(`/mfa/email/${started.json.enrollmentId}/confirm`, {
      code: await mailedCode(email),
    });
    expect(confirmed.status).toBe(200);
    await user.request('DELETE', '/session');
    clock.advance(61_000);
    const { client, methods } = await passwordStep(email);
    expect(methods[0]).toBe('email');
    const sent = await mailedCode(email);
    const wrong = String((Number(sent) + 1) % 1_000_000).padStart(6, '0');
    const refused = await client.post('/session/mfa', { method: 'email', code: wrong });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('invalid-code');
    await expectNoSession(client);
    const passed = await client.post('/session/mfa', { method: 'email', code: sent });
    expect(passed.json.status).toBe('ok');
    await expectSession(client, email);
  });

  it('a recovery code already used', async () => {
    const email = 'cy@refused-recovery.example.com';
    const { codes } = await withTotp(email);
    const first = await passwordStep(email);
    expect(first.methods).toContain('recovery');
    expect(
      (await first.client.post('/session/mfa', { method: 'recovery', recoveryCode: codes[0] })).json.status,
    ).toBe('ok');
    const { client } = await passwordStep(email);
    const refused = await client.post('/session/mfa', { method: 'recovery', recoveryCode: codes[0] });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('invalid-code');
    await expectNoSession(client);
    const passed = await client.post('/session/mfa', { method: 'recovery', recoveryCode: codes[1] });
    expect(passed.json.status).toBe('ok');
    await expectSession(client, email);
  });

  it('a passkey assertion whose signature does not verify', async () => {
    const email = 'dee@refused-passkey.example.com';
    await withTotp(email);
    const own = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const credentialId = Buffer.from(randomUUID()).toString('base64url');
    await db.query(
      `INSERT INTO passkeys (id, account_id, credential_id, public_key, name, created_at)
       SELECT $1, id, $2, $3, 'Laptop', now() FROM accounts WHERE email = $4`,
      [`pk_${randomUUID()}`, credentialId, coseKey(own.publicKey), email],
    );
    const { client, methods } = await passwordStep(email);
    expect(methods[0]).toBe('passkey');
    const options = async () => (await client.post('/session/passkey/options', {})).json.options;

    const forged = assertion(credentialId, (await options()).challenge, stranger.privateKey, 1);
    const refused = await client.post('/session/passkey', forged);
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({ error: { code: 'passkey-not-accepted' } });
    await expectNoSession(client);

    const signed = assertion(credentialId, (await options()).challenge, own.privateKey, 2);
    const passed = await client.post('/session/passkey', signed);
    expect(passed.json.status).toBe('ok');
    await expectSession(client, email);
  });
});
