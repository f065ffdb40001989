import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount } from '../accounts/seed.js';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, TEST_SCRYPT, TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let reviewer: TestClient;
let admin: TestClient;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app } = await testServer(db, { bodyLimit: 8 * 1024 }));
  reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  const superAdmin = { email: 'super.admin@bad-input.com', password: 'super admin passphrase 123' };
  await seedAccount(db, { ...superAdmin, roles: ['super-admin'], scrypt: TEST_SCRYPT });
  admin = new TestClient(app);
  await admin.post('/session', superAdmin);
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

const TABLES = [
  'accounts',
  'companies',
  'registrations',
  'codes',
  'support_cases',
  'rma_requests',
  'invitations',
  'outbox',
];

/** Row counts of every table a request could write (sessions, audit and rate limits excluded: they log the attempt). */
async function counts() {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = rows[0]?.n ?? -1;
  }
  return out;
}

/** Endpoints that take a body; `session` ones are called with the reviewer's session, `admin` with a Super Admin's (the roles they need). */
const ENDPOINTS: {
  path: string;
  method?: string;
  session?: boolean;
  admin?: boolean;
  wrongTypes: unknown;
  missing: unknown;
}[] = [
  {
    path: '/registrations',
    wrongTypes: { givenName: 42, familyName: [], email: true, company: {}, termsAccepted: 'yes' },
    missing: {},
  },
  { path: '/registrations/confirm', wrongTypes: { token: 123 }, missing: {} },
  { path: '/session', wrongTypes: { email: 1, password: null }, missing: { email: 'a@b.example' } },
  { path: '/password-reset', wrongTypes: { email: ['x'] }, missing: {} },
  {
    path: '/password-reset/confirm',
    wrongTypes: { email: 'a@b.example', code: 123456, newPassword: 5 },
    missing: { email: 'a@b.example' },
  },
  {
    path: '/support/cases',
    admin: true,
    wrongTypes: { environment: 'prod', subject: 1, description: false },
    missing: { environment: 'test' },
  },
  {
    path: '/rma',
    admin: true,
    wrongTypes: { serialNumber: 5, description: 1, deliveryAddress: 'here', addressConfirmed: 'yes' },
    missing: { serialNumber: 'SN-123456' },
  },
  { path: '/support/cases/case_x/comments', admin: true, wrongTypes: { body: 42 }, missing: {} },
  { path: '/users/acc_x', method: 'PATCH', admin: true, wrongTypes: { roles: 'rma' }, missing: {} },
  { path: '/rma/hardware-check', admin: true, wrongTypes: { serialNumber: 12 }, missing: {} },
  { path: '/password', session: true, wrongTypes: { currentPassword: 1, newPassword: 2 }, missing: {} },
  { path: '/session/reauthenticate', session: true, wrongTypes: { password: 7 }, missing: {} },
  { path: '/invitations/accept', wrongTypes: { token: 1, newPassword: 2 }, missing: {} },
  {
    path: '/profile',
    method: 'PATCH',
    session: true,
    wrongTypes: { givenName: 1, familyName: [] },
    missing: { jobTitle: 'x' },
  },
  { path: '/profile/phone', session: true, wrongTypes: { phone: 4915112345678 }, missing: {} },
  { path: '/mfa/totp/code_x/confirm', session: true, wrongTypes: { code: 123456 }, missing: {} },
  { path: '/mfa/email/code_x/confirm', session: true, wrongTypes: { code: true }, missing: {} },
  { path: '/approvals/reg_x/decisions', session: true, wrongTypes: { action: 1, reason: 2 }, missing: {} },
  {
    path: '/invitations',
    admin: true,
    wrongTypes: { email: 1, givenName: 2, familyName: 3, roles: 'admin' },
    missing: { email: 'new.user@bad-input.com' },
  },
];

describe.each(ENDPOINTS)(
  '$path with bad input',
  ({ path, method = 'POST', session, admin: asAdmin, wrongTypes, missing }) => {
    const client = () => (asAdmin ? admin : session ? reviewer : new TestClient(app));
    const send = (body: unknown, headers: Record<string, string> = {}) =>
      client().request(method, path, body, headers);

    it('413 over the size limit, 415 without JSON, 400 for broken JSON or a non-object — nothing written', async () => {
      const before = await counts();
      const huge = await send({ description: 'x'.repeat(20_000) });
      expect(huge.status).toBe(413);
      expect(huge.json.error.code).toBe('payload-too-large');
      const text = await send('a=b', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(text.status).toBe(415);
      expect(text.json.error.code).toBe('unsupported-media-type');
      const broken = await send('{"email": ');
      expect(broken.status).toBe(400);
      expect(broken.json.error).toMatchObject({
        code: 'invalid-request',
        issues: [{ path: '', code: 'invalid-json' }],
      });
      const array = await send('[1,2]');
      expect(array.status).toBe(400);
      expect(await counts()).toEqual(before);
    });

    it('422 invalid-request naming each field for wrong types and missing fields — nothing written', async () => {
      const before = await counts();
      for (const body of [wrongTypes, missing]) {
        const answer = await send(body);
        expect(['invalid-request', 'invalid-token']).toContain(answer.json.error.code);
        // The data failed the form: 422. A well-formed token that matches nothing stays 400 invalid-token.
        expect(answer.status).toBe(answer.json.error.code === 'invalid-request' ? 422 : 400);
        if (answer.json.error.code === 'invalid-request') {
          expect(answer.json.error.issues.length).toBeGreaterThan(0);
          for (const issue of answer.json.error.issues) expect(issue.path).toMatch(/^\/\w+/);
        }
      }
      expect(await counts()).toEqual(before);
    });
  },
);

describe('injection strings', () => {
  it('header injection in an e-mail address is a form issue, not a second recipient', async () => {
    const before = await counts();
    const answer = await new TestClient(app).post('/registrations', {
      givenName: 'Eve',
      familyName: 'Mallory',
      email: 'eve@evil-corp.com\r\nBcc: all@victims.example',
      company: 'Evil',
      termsAccepted: true,
    });
    expect(answer.status).toBe(422);
    expect(answer.json.error.issues[0].path).toBe('/email');
    expect(await counts()).toEqual(before);
  });

  it('SQL and markup in text fields are stored verbatim and answered as data', async () => {
    const name = "Robert'); DROP TABLE accounts;--";
    const company = '<script>alert(1)</script>';
    const answer = await new TestClient(app).post('/registrations', {
      givenName: name,
      familyName: 'Tables',
      email: 'robert.tables@little-bobby.com',
      company,
      termsAccepted: true,
    });
    expect(answer.status).toBe(202);
    const rows = await db.query<{ data: { givenName: string; company: string } }>(
      'SELECT data FROM registrations WHERE id = $1',
      [answer.json.id],
    );
    expect(rows[0]?.data).toMatchObject({ givenName: name, company });
    expect((await db.query('SELECT 1 FROM accounts LIMIT 1')).length).toBe(1);
  });

  it('unknown fields are dropped, never stored', async () => {
    const answer = await new TestClient(app).post('/registrations', {
      givenName: 'Mallory',
      familyName: 'Admin',
      email: 'mallory.admin@some-company.com',
      company: 'Some Company',
      termsAccepted: true,
      roles: ['reviewer'],
      isAdmin: true,
    });
    expect(answer.status).toBe(202);
    const rows = await db.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM registrations WHERE id = $1',
      [answer.json.id],
    );
    expect(Object.keys(rows[0]?.data ?? {}).sort()).toEqual([
      'company',
      'email',
      'familyName',
      'givenName',
      'locale',
      'termsAccepted',
    ]);
  });

  it('every link token the API reads is refused the same way: missing is required, too long is maxLength', async () => {
    const client = new TestClient(app);
    const links = [
      '/registrations/confirm',
      '/email-change/confirm',
      '/invitations/preview',
      '/invitations/accept',
    ];
    for (const path of links) {
      for (const [token, code] of [
        [undefined, 'required'],
        ['', 'required'],
        [42, 'type'],
        ['x'.repeat(201), 'maxLength'],
      ] as const) {
        const answer = await client.post(path, { token, newPassword: 'a long enough pass phrase 42' });
        expect(answer.status, `${path} ${String(token).slice(0, 8)}`).toBe(422);
        const issue = (answer.json.error.issues as { path: string; code: string }[]).find(
          (i) => i.path === '/token',
        );
        expect(issue?.code, `${path} ${String(token).slice(0, 8)}`).toBe(code);
      }
    }
  });

  it('an over-long session cookie or a made-up token is simply unauthenticated', async () => {
    const client = new TestClient(app);
    client.cookies.set('gatehouse_session', 'x'.repeat(5000));
    expect((await client.get('/profile')).status).toBe(401);
    expect((await client.post('/registrations/confirm', { token: "' OR 1=1 --" })).json.error.code).toBe(
      'invalid-token',
    );
    expect((await reviewer.post('/approvals/nope/decisions', { action: 'approve' })).status).toBe(404);
    expect((await reviewer.post('/approvals/nope/decisions', { action: 'delete-everything' })).status).toBe(
      422,
    );
    // A bad query parameter is a malformed request, not form data: 400.
    expect((await reviewer.get('/approvals?status=%27;DROP')).status).toBe(400);
  });
});
