import { base32Decode, generateTotp } from '@gatehouse/rules/otp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { refuseMail } from '../testing/refuse-mail.js';
import { TestClient, type TestClock, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let clock: TestClock;
let lastMessage: (to: string) => Promise<{ subject: string; body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, clock, lastMessage } = await testServer(db, { onDeliveryError: () => undefined }));
}, 120_000);
afterAll(async () => {
  app?.stop();
  await app?.idle();
  await db?.close();
});

async function totp(secret: string) {
  const bytes = base32Decode(secret);
  if (!bytes.ok) throw new Error('bad secret');
  return generateTotp({ secret: bytes.value, time: clock.now().getTime() });
}

/** A Super Admin who enrolled the authenticator app: the client, the TOTP secret and the recovery codes shown. */
async function enrolled(email: string) {
  const user = await registerSuperAdmin(app, lastMessage, email);
  const started = await user.post('/mfa/totp');
  const confirmed = await user.post(`/mfa/totp/${started.json.enrollmentId}/confirm`, {
    code: await totp(started.json.secret),
  });
  expect(confirmed.status).toBe(200);
  return { user, secret: started.json.secret as string, codes: confirmed.json.recoveryCodes as string[] };
}

/** Signs `email` in up to the MFA step: the client and the answer of `POST /session`. */
async function passwordStep(email: string) {
  const client = new TestClient(app);
  const answer = await client.post('/session', { email, password: TEST_PASSWORD });
  return { client, answer };
}

const count = async (sql: string, params: unknown[] = []) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]?.n;

describe('recovery codes', () => {
  it('the first factor brings ten codes, shown once and stored only as hashes; a second factor brings none', async () => {
    const email = 'ada@recovery-first.example.com';
    const { user, codes } = await enrolled(email);
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    const rows = await db.query<Record<string, unknown>>(
      'SELECT r.* FROM recovery_codes r JOIN accounts a ON a.id = r.account_id WHERE a.email = $1',
      [email],
    );
    expect(rows).toHaveLength(10);
    const stored = JSON.stringify(rows);
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
    expect((await user.get('/mfa/factors')).json.recoveryCodes).toEqual({ remaining: 10 });

    clock.advance(61_000);
    const started = await user.post('/mfa/email', {});
    const sent = /is (\d{6})\./.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
    const second = await user.post(`/mfa/email/${started.json.enrollmentId}/confirm`, { code: sent });
    expect(second.json).toEqual({ method: 'email' });
  });

  it('the MFA step accepts a code once, however it is typed, and warns by e-mail in the user’s language', async () => {
    const email = 'bea@recovery-login.example.com';
    const { user, codes } = await enrolled(email);
    await user.request('PUT', '/preferences', { locale: 'de' });
    await user.request('DELETE', '/session');

    const { client, answer } = await passwordStep(email);
    expect(answer.json).toEqual({ status: 'mfa-required', methods: ['totp', 'recovery'] });
    const code = codes[3] as string;
    const passed = await client.post('/session/mfa', {
      method: 'recovery',
      recoveryCode: ` ${code.toUpperCase().replace('-', ' ')} `,
    });
    expect(passed.status).toBe(200);
    expect(passed.json.status).toBe('ok');
    expect((await client.get('/session')).json.session.user.email).toBe(email);

    // The newest message about a recovery code (a sign-in alert for the new browser comes beside it).
    await app.idle();
    const [warning] = await db.query<{ subject: string; body: string }>(
      "SELECT subject, body FROM outbox WHERE recipient = $1 AND subject LIKE '%Wiederherstellungscode%' ORDER BY id DESC LIMIT 1",
      [email],
    );
    expect(warning?.subject).toBe('Ein Wiederherstellungscode wurde verwendet');
    expect(warning?.body).toContain('9');
    expect(warning?.body).toContain('Passwort');
    expect(warning?.body).not.toContain(code);
    expect((await client.get('/mfa/factors')).json.recoveryCodes).toEqual({ remaining: 9 });

    await client.request('DELETE', '/session');
    const again = await passwordStep(email);
    const reused = await again.client.post('/session/mfa', { method: 'recovery', recoveryCode: code });
    expect(reused.status).toBe(400);
    expect(reused.json.error.code).toBe('invalid-code');
    expect(again.client.cookies.has('gatehouse_session')).toBe(false);
  });

  it('a code whose warning cannot be queued is not used up, and signs in once the mail works again', async () => {
    const email = 'cy@recovery-mail.example.com';
    const { user, codes } = await enrolled(email);
    await user.request('DELETE', '/session');
    const { client } = await passwordStep(email);
    await refuseMail(db, true);
    try {
      const refused = await client.post('/session/mfa', { method: 'recovery', recoveryCode: codes[0] });
      expect(refused.status).toBe(500);
      expect(client.cookies.has('gatehouse_session')).toBe(false);
    } finally {
      await refuseMail(db, false);
    }
    expect(
      await count(
        'recovery_codes r JOIN accounts a ON a.id = r.account_id WHERE a.email = $1 AND r.used_at IS NULL',
        [email],
      ),
    ).toBe(10);
    const passed = await client.post('/session/mfa', { method: 'recovery', recoveryCode: codes[0] });
    expect(passed.json.status).toBe('ok');
  });

  it('new codes need a recent password and void the old ones', async () => {
    const email = 'dee@recovery-new.example.com';
    const { user, codes } = await enrolled(email);
    clock.advance(10 * 60_000);
    const stale = await user.post('/mfa/recovery-codes', {});
    expect(stale.status).toBe(403);
    expect(stale.json.error.code).toBe('reauthentication-required');
    await user.post('/session/reauthenticate', { password: TEST_PASSWORD });
    const fresh = await user.post('/mfa/recovery-codes', {});
    expect(fresh.status).toBe(201);
    expect(fresh.json.recoveryCodes).toHaveLength(10);
    expect(fresh.json.recoveryCodes).not.toContain(codes[0]);
    await user.request('DELETE', '/session');

    const { client } = await passwordStep(email);
    const old = await client.post('/session/mfa', { method: 'recovery', recoveryCode: codes[0] });
    expect(old.json.error.code).toBe('invalid-code');
    const current = await client.post('/session/mfa', {
      method: 'recovery',
      recoveryCode: fresh.json.recoveryCodes[0],
    });
    expect(current.json.status).toBe('ok');
  });

  it('removing the last factor voids the codes; a recovery code is then no second factor', async () => {
    const email = 'eve@recovery-removed.example.com';
    const { user, codes } = await enrolled(email);
    expect((await user.request('DELETE', '/mfa/factors/totp')).status).toBe(204);
    expect(
      await count('recovery_codes r JOIN accounts a ON a.id = r.account_id WHERE a.email = $1', [email]),
    ).toBe(0);
    expect((await user.post('/mfa/recovery-codes', {})).status).toBe(409);
    await user.request('DELETE', '/session');
    const { client, answer } = await passwordStep(email);
    expect(answer.json.status).toBe('ok');
    await client.request('DELETE', '/session');
    // Without a pending MFA step the endpoint has nothing to check.
    const stray = await new TestClient(app).post('/session/mfa', {
      method: 'recovery',
      recoveryCode: codes[1],
    });
    expect(stray.status).toBe(401);
  });

  it('garbage is refused naming the field; a well-formed wrong code is a wrong code', async () => {
    const email = 'fay@recovery-bad.example.com';
    const { user } = await enrolled(email);
    await user.request('DELETE', '/session');
    const { client } = await passwordStep(email);
    const garbage = await client.post('/session/mfa', { method: 'recovery', recoveryCode: 'not a code!' });
    expect(garbage.status).toBe(422);
    expect(garbage.json.error.issues).toContainEqual(
      expect.objectContaining({ path: '/recoveryCode', code: 'pattern' }),
    );
    const missing = await client.post('/session/mfa', { method: 'recovery', code: '123456' });
    expect(missing.status).toBe(422);
    expect(missing.json.error.issues).toContainEqual(
      expect.objectContaining({ path: '/recoveryCode', code: 'required' }),
    );
    const wrong = await client.post('/session/mfa', { method: 'recovery', recoveryCode: 'zzzzz-zzzzz' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe('invalid-code');
  });
});
