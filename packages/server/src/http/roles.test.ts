import { type Permission, ROLES } from '@gatehouse/rules/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { invitedUser, type LastMessage, registerSuperAdmin } from '../testing/company.js';
import { FORM_EDITOR, REVIEWER, TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: LastMessage;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

/** Endpoints anyone may call (the registration, login and reset steps carry their own proof). */
const PUBLIC = [
  'POST /registrations',
  'POST /registrations/confirm',
  'POST /email-change/confirm',
  'POST /email-change/cancel',
  'POST /registrations/:id/resend',
  'GET /registrations/:id',
  'GET /session',
  'GET /openapi.json',
  'POST /session',
  'POST /session/password',
  'POST /session/mfa',
  'POST /session/mfa/code',
  'DELETE /session',
  'POST /password-reset',
  'POST /password-reset/resend',
  'POST /password-reset/confirm',
  'POST /invitations/accept',
  'POST /invitations/preview',
  'GET /dev/outbox',
  'GET /dev/outbox.json',
  // Which version of a published form pages get, and submitting data to one (the account is recorded if any).
  'GET /forms/:id/current',
  'POST /forms/:id/versions/:version/submissions',
  // Files of a submission to a published form, uploaded before it (rate-limited like the submission).
  'POST /forms/:id/versions/:version/files',
  // A proof-of-work challenge, and signing in with a passkey (the signed assertion is the proof).
  'GET /challenges',
  'POST /session/passkey/options',
  'POST /session/passkey',
];

/** Endpoints every signed-in user may call: their own account, the support information, the company's devices. */
const SIGNED_IN = [
  'POST /session/reauthenticate',
  'GET /mfa/factors',
  'POST /mfa/totp',
  'POST /mfa/totp/:id/confirm',
  'POST /mfa/email',
  'POST /mfa/email/:id/confirm',
  'DELETE /mfa/factors/:method',
  'POST /mfa/recovery-codes',
  'GET /sessions',
  'DELETE /sessions',
  'DELETE /sessions/:id',
  'GET /profile',
  'PATCH /profile',
  'POST /profile/phone',
  'POST /profile/phone/:id/confirm',
  'POST /password',
  'GET /support',
  // The company's own registered devices (a reviewer sees every company's).
  'GET /devices',
  'PUT /preferences',
  // Their own passkeys, and their own data: download it, delete the account.
  'GET /passkeys',
  'POST /passkeys/options',
  'POST /passkeys',
  'PATCH /passkeys/:id',
  'DELETE /passkeys/:id',
  'GET /account/export',
  'GET /account/deletion',
  'POST /account/deletion',
  'POST /email-change',
];

/** Every other endpoint and the one permission of the role model it needs. */
const GUARDED: Record<string, Permission> = {
  'POST /support/cases': 'support-cases',
  'GET /support/cases': 'support-cases',
  'GET /support/cases/:id': 'support-cases',
  'POST /support/cases/:id/comments': 'support-cases',
  'GET /rma/defaults': 'rma',
  'POST /rma/hardware-check': 'rma',
  'POST /rma': 'rma',
  'GET /rma': 'rma',
  'POST /devices': 'approvals',
  'GET /roles': 'users',
  'POST /invitations': 'users',
  'POST /invitations/:id/resend': 'users',
  'DELETE /invitations/:id': 'users',
  'GET /users': 'users',
  'PATCH /users/:id': 'users',
  'POST /users/:id/deactivate': 'users',
  'GET /approvals': 'approvals',
  'GET /approvals/:id': 'approvals',
  'POST /approvals/:id/decisions': 'approvals',
  'GET /forms': 'forms',
  'GET /forms/:id': 'forms',
  'GET /forms/:id/versions/:version': 'forms',
  'POST /forms/:id/versions': 'forms',
  'POST /forms/:id/restore': 'forms',
};

const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

/** One logged-in client per single role of the model (the company roles by invitation). */
async function usersByRole(): Promise<Record<string, TestClient>> {
  const admin = await registerSuperAdmin(app, lastMessage, 'grace.hopper@role-corp.com', 'Role Corp');
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  const formEditor = new TestClient(app);
  await formEditor.post('/session', FORM_EDITOR);
  const clients: Record<string, TestClient> = { 'super-admin': admin, reviewer, 'form-editor': formEditor };
  const people = { 'support-cases': 'sam.cases', rma: 'rita.returns', 'user-management': 'uma.people' };
  for (const [role, name] of Object.entries(people)) {
    clients[role] = await invitedUser(app, lastMessage, admin, `${name}@role-corp.com`, [role]);
  }
  return clients;
}

describe('roles on every endpoint', () => {
  it('every endpoint of the app is public, for any signed-in user, or guarded by one permission', () => {
    const routes = new Set(app.routes.filter((r) => r.method !== 'ALL').map(routeKey));
    const known = new Set([...PUBLIC, ...SIGNED_IN, ...Object.keys(GUARDED)]);
    expect([...routes].filter((r) => !known.has(r))).toEqual([]);
    expect([...known].filter((r) => !routes.has(r))).toEqual([]);
  });

  it('each guarded endpoint answers 403 to every role without its permission, and lets the others through', async () => {
    const clients = await usersByRole();
    const refusals: string[] = [];
    const wrongly: string[] = [];
    for (const [route, permission] of Object.entries(GUARDED)) {
      const [method, path] = route.split(' ') as [string, string];
      for (const role of ROLES) {
        const client = clients[role.id] as TestClient;
        const answer = await client.request(
          method,
          path.replace(/:\w+/g, 'unknown-id'),
          method === 'GET' || method === 'DELETE' ? undefined : {},
        );
        const allowed = role.permissions.includes(permission);
        if (!allowed && answer.status !== 403) wrongly.push(`${role.id} ${route} → ${answer.status}`);
        if (allowed && (answer.status === 403 || answer.status === 401)) {
          wrongly.push(`${role.id} ${route} → ${answer.status}`);
        }
        if (!allowed) refusals.push(`${role.id} ${route}`);
      }
    }
    expect(wrongly).toEqual([]);
    expect(refusals.length).toBeGreaterThan(40);
  }, 60_000);

  it('a user with only "Support cases" cannot submit an RMA (403) but opens a support case', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.admin@support-only.com', 'Support Only');
    const support = await invitedUser(app, lastMessage, admin, 'sam.cases@support-only.com', [
      'support-cases',
    ]);
    const rma = await support.post('/rma', {
      serialNumber: 'SN-100200',
      description: 'Fans fail after a firmware update.',
      deliveryAddress: {
        company: 'Support Only',
        street: '1 Way',
        postalCode: '10115',
        city: 'Berlin',
        country: 'DE',
      },
      addressConfirmed: true,
    });
    expect(rma.status).toBe(403);
    expect(rma.json.error.code).toBe('forbidden');
    expect(
      await db.query(
        'SELECT 1 FROM rma_requests r JOIN accounts a ON a.id = r.account_id WHERE a.email = $1',
        ['sam.cases@support-only.com'],
      ),
    ).toEqual([]);
    const opened = await support.post('/support/cases', {
      environment: 'test',
      subject: 'Login is slow',
      description: 'Logging in takes about a minute since Monday.',
    });
    expect(opened.status).toBe(201);
    const session = await support.get('/session');
    expect(session.json.session.user).toMatchObject({
      roles: ['support-cases'],
      permissions: ['support-cases'],
    });
  });
});
