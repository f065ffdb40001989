import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount } from '../accounts/seed.js';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, registrationBody, TEST_SCRYPT, TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let reviewer: TestClient;
let admin: TestClient;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app } = await testServer(db));
  reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  // RMA requests need the role permission `rma`: a Super Admin has it, the reviewer does not.
  const superAdmin = { email: 'super.admin@hostile-input.com', password: 'super admin passphrase 123' };
  await seedAccount(db, { ...superAdmin, roles: ['super-admin'], scrypt: TEST_SCRYPT });
  admin = new TestClient(app);
  await admin.post('/session', superAdmin);
}, 60_000);
afterAll(async () => {
  await app?.idle();
  app?.stop();
  await db?.close();
});

const registration = (patch: Record<string, unknown>) => registrationBody('ada@hostile.test', patch);

/** A JSON text of `depth` nested arrays around a string (built as text: JSON.stringify would recurse too). */
const nested = (depth: number) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;

describe('characters a text field must not hold', () => {
  it.each([
    ['a NUL byte', 'Ada\u0000Lovelace'],
    ['another control character', 'Ada\u0007'],
    ['a right-to-left override', 'Ada\u202Eecalevol'],
    ['a directional isolate', 'Ada\u2066x\u2069'],
    ['a lone high surrogate', 'Ada\uD800'],
    ['a lone low surrogate', '\uDC00Ada'],
  ])('%s in a name is refused with a field error, not a 500', async (_name, value) => {
    const answer = await new TestClient(app).post('/registrations', registration({ givenName: value }));
    expect(answer.status).toBe(422);
    expect(answer.json.error.code).toBe('invalid-request');
    expect(answer.json.error.issues).toContainEqual(
      expect.objectContaining({ path: '/givenName', code: 'invalid-characters' }),
    );
  });

  it('a NUL byte deep in a signed-in form (RMA description) is refused at its pointer', async () => {
    const answer = await admin.post('/rma', {
      serialNumber: 'GH-1234-5678',
      description: 'broken\u0000',
      additionalSerialNumbers: ['GH-1', 'GH-2\u0000'],
    });
    expect(answer.status).toBe(422);
    const paths = answer.json.error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toContain('/additionalSerialNumbers/1');
  });

  it('keeps ordinary text: tabs and line breaks in a description, right-to-left scripts, emoji', async () => {
    const answer = await new TestClient(app).post(
      '/registrations',
      registration({ givenName: 'عائشة', familyName: 'Lovelace 🚀', email: 'aisha@hostile.test' }),
    );
    expect(answer.status).toBe(202);
  });

  it.each([
    ['GET', '/registrations/reg%00x'],
    ['POST', '/registrations/reg%00x/resend'],
    ['GET', '/approvals/reg%00x'],
    ['POST', '/approvals/reg%00x/decisions'],
    ['GET', '/registrations/%ED%A0%80'],
  ])('%s %s (a NUL or broken UTF-8 in a path id) is 404, not a 500', async (method, path) => {
    const answer = await reviewer.request(method, path, method === 'POST' ? {} : undefined);
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBe('not-found');
  });
});

describe('e-mail addresses', () => {
  it('a trailing dot on the domain is the same address (one registration row, same spelling)', async () => {
    const user = new TestClient(app);
    const answer = await user.post('/registrations', registration({ email: 'Bob@Globex.test.' }));
    expect(answer.status).toBe(202);
    const rows = await db.query<{ email: string }>('SELECT email FROM registrations WHERE id = $1', [
      answer.json.id,
    ]);
    expect(rows[0]?.email).toBe('bob@globex.test');
  });
});

describe('deep nesting', () => {
  it('30,000 nested arrays (under the body limit) are refused as malformed, not a stack overflow', async () => {
    const body = JSON.stringify(registration({})).replace('"Ada"', nested(30_000));
    expect(body.length).toBeLessThan(64 * 1024);
    const answer = await new TestClient(app).request('POST', '/registrations', body);
    expect(answer.status).toBe(400);
    expect(answer.json.error.issues).toEqual([{ path: '', code: 'too-deep', params: { max: 32 } }]);
  });

  it('in a signed-in form too (RMA additionalSerialNumbers)', async () => {
    const body = `{"serialNumber":"GH-1234-5678","description":"broken","additionalSerialNumbers":[${nested(30_000)}]}`;
    const answer = await admin.request('POST', '/rma', body);
    expect(answer.status).toBe(400);
  });
});
