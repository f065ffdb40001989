import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import {
  invitedUser,
  type LastMessage,
  linkToken,
  registerSuperAdmin,
  TEST_PASSWORD,
} from '../testing/company.js';
import { TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: LastMessage;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db, {
    policies: { accountLimit: { max: 10, windowMs: 60_000 } },
  }));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

const invite = (admin: TestClient, email: string, roles = ['support-cases']) =>
  admin.post('/invitations', { email, givenName: 'Tom', familyName: 'Tester', roles });

describe('invitations', () => {
  it('go only to the company’s own domain, under the business-e-mail policy', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@domain-corp.com', 'Domain Corp');
    const other = await invite(admin, 'tom@other-company.com');
    expect(other.status).toBe(422);
    expect(other.json.error.issues).toContainEqual(
      expect.objectContaining({
        path: '/email',
        code: 'company-domain',
        params: { domain: 'domain-corp.com' },
      }),
    );
    const role = await invite(admin, 'info@domain-corp.com');
    expect(role.json.error.issues).toContainEqual(
      expect.objectContaining({ path: '/email', code: 'generic-role' }),
    );
    const free = await invite(admin, 'tom@gmail.com');
    expect(free.json.error.issues).toContainEqual(
      expect.objectContaining({ path: '/email', code: 'free-provider' }),
    );
    expect(await lastMessage('tom@other-company.com')).toBeUndefined();
    expect((await invite(admin, 'Tom.Tester@Domain-Corp.com')).status).toBe(202);
  });

  it('answer the same whether the address has an account (in any company) or not', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@same-answer.com', 'Same Answer');
    // An account of this company and one that registered a second company at the same domain.
    await invitedUser(app, lastMessage, admin, 'kim.known@same-answer.com', ['rma']);
    await registerSuperAdmin(app, lastMessage, 'olga.other@same-answer.com', 'Same Answer Two');
    const known = await invite(admin, 'kim.known@same-answer.com');
    const elsewhere = await invite(admin, 'olga.other@same-answer.com');
    const unknown = await invite(admin, 'nina.new@same-answer.com');
    for (const answer of [known, elsewhere, unknown]) {
      expect(answer.status).toBe(202);
      expect(Object.keys(answer.json)).toEqual(['invitationId']);
      expect(answer.json.invitationId).toMatch(/^inv_/);
    }
    // The owner is told by e-mail instead; no invitation link goes out for an existing account.
    expect((await lastMessage('olga.other@same-answer.com'))?.subject).toBe(
      'You already have a customer portal account',
    );
  });

  it('are rate limited per inviting user', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@many-invites.com', 'Many Invites');
    const statuses: number[] = [];
    for (let i = 0; i < 14; i += 1)
      statuses.push((await invite(admin, `person${i}.x@many-invites.com`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  });
});

describe('user management', () => {
  it('lists users and invitations with roles and state; resend replaces the link, revoke ends it', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@manage-corp.com', 'Manage Corp');
    await invitedUser(app, lastMessage, admin, 'rita.returns@manage-corp.com', ['rma']);
    await invite(admin, 'ivan.invited@manage-corp.com', ['support-cases', 'rma']);
    const firstLink = await linkToken(lastMessage, 'ivan.invited@manage-corp.com');
    const list = await admin.get('/users');
    expect(list.status).toBe(200);
    const byEmail = Object.fromEntries(list.json.users.map((u: { email: string }) => [u.email, u]));
    expect(byEmail['ada.lovelace@manage-corp.com']).toMatchObject({
      state: 'active',
      roles: ['super-admin'],
      self: true,
    });
    expect(byEmail['rita.returns@manage-corp.com']).toMatchObject({ state: 'active', roles: ['rma'] });
    const ivan = byEmail['ivan.invited@manage-corp.com'];
    expect(ivan).toMatchObject({ state: 'invited', kind: 'invitation', roles: ['support-cases', 'rma'] });
    expect(list.json.assignableRoles.map((r: { id: string }) => r.id)).toEqual([
      'super-admin',
      'support-cases',
      'rma',
      'user-management',
    ]);

    expect((await admin.post(`/invitations/${ivan.id}/resend`)).status).toBe(202);
    const secondLink = await linkToken(lastMessage, 'ivan.invited@manage-corp.com');
    expect(secondLink).not.toBe(firstLink);
    const stale = await new TestClient(app).post('/invitations/accept', {
      token: firstLink,
      newPassword: TEST_PASSWORD,
    });
    expect(stale.json.error.code).toBe('invalid-token');

    expect((await admin.request('DELETE', `/invitations/${ivan.id}`)).status).toBe(204);
    const revoked = await new TestClient(app).post('/invitations/accept', {
      token: secondLink,
      newPassword: TEST_PASSWORD,
    });
    expect(revoked.json.error.code).toBe('invalid-token');
    const after = await admin.get('/users');
    expect(after.json.users.map((u: { email: string }) => u.email)).not.toContain(
      'ivan.invited@manage-corp.com',
    );
  });

  it('changes roles; a deactivated user’s sessions end and they cannot log in', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@deact-corp.com', 'Deact Corp');
    const rita = await invitedUser(app, lastMessage, admin, 'rita.returns@deact-corp.com', ['rma']);
    const id = (await rita.get('/session')).json.session.user.id as string;
    expect((await rita.get('/rma/defaults')).status).toBe(200);
    const changed = await admin.request('PATCH', `/users/${id}`, { roles: ['support-cases'] });
    expect(changed.json).toEqual({ id, roles: ['support-cases'] });
    expect((await rita.get('/rma/defaults')).status).toBe(403);
    expect((await rita.get('/support/cases')).status).toBe(200);
    expect(
      (await admin.request('PATCH', `/users/${id}`, { roles: ['root'] })).json.error.issues[0],
    ).toMatchObject({
      path: '/roles/0',
      code: 'enum',
    });
    expect((await admin.request('PATCH', `/users/${id}`, { roles: 'rma' })).status).toBe(422);

    expect((await admin.post(`/users/${id}/deactivate`)).status).toBe(204);
    expect((await rita.get('/support/cases')).status).toBe(401);
    expect((await rita.get('/session')).json.session).toBeNull();
    const again = await new TestClient(app).post('/session', {
      email: 'rita.returns@deact-corp.com',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(401);
    const list = await admin.get('/users');
    expect(list.json.users.find((u: { id: string }) => u.id === id)).toMatchObject({ state: 'deactivated' });
  });

  it('the last Super Admin cannot be demoted or deactivated; a user administrator cannot make Super Admins', async () => {
    const admin = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@last-admin.com', 'Last Admin');
    const adaId = (await admin.get('/session')).json.session.user.id as string;
    const uma = await invitedUser(app, lastMessage, admin, 'uma.people@last-admin.com', ['user-management']);
    const umaId = (await uma.get('/session')).json.session.user.id as string;

    const demoted = await admin.request('PATCH', `/users/${adaId}`, { roles: ['support-cases'] });
    expect(demoted.status).toBe(409);
    expect(demoted.json.error.code).toBe('last-super-admin');
    expect((await uma.post(`/users/${adaId}/deactivate`)).status).toBe(403);
    expect((await admin.post(`/users/${adaId}/deactivate`)).json.error.code).toBe('cannot-deactivate-self');
    // A user administrator may not promote anyone (themselves included) to Super Admin, nor invite one.
    expect(
      (await uma.request('PATCH', `/users/${umaId}`, { roles: ['user-management', 'super-admin'] })).status,
    ).toBe(403);
    const invited = await uma.post('/invitations', {
      email: 'sam.super@last-admin.com',
      givenName: 'Sam',
      familyName: 'Super',
      roles: ['super-admin'],
    });
    expect(invited.json.error.issues[0]).toMatchObject({ path: '/roles/0', code: 'enum' });
    expect((await uma.get('/roles')).json.roles.map((r: { id: string }) => r.id)).toEqual([
      'support-cases',
      'rma',
      'user-management',
    ]);

    // With a second Super Admin the first may step down.
    expect((await admin.request('PATCH', `/users/${umaId}`, { roles: ['super-admin'] })).status).toBe(200);
    expect((await admin.request('PATCH', `/users/${adaId}`, { roles: ['rma'] })).status).toBe(200);
    const rows = await db.query<{ roles: string[] }>('SELECT roles FROM accounts WHERE id = $1', [umaId]);
    expect(rows[0]?.roles).toEqual(['super-admin']);
    // Now uma is the last one.
    expect((await uma.request('PATCH', `/users/${umaId}`, { roles: ['rma'] })).json.error.code).toBe(
      'last-super-admin',
    );
  });

  it('another company’s user or invitation is not found', async () => {
    const one = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@company-one.com', 'Company One');
    const two = await registerSuperAdmin(app, lastMessage, 'ada.lovelace@company-two.com', 'Company Two');
    const twoId = (await two.get('/session')).json.session.user.id as string;
    expect((await one.request('PATCH', `/users/${twoId}`, { roles: ['rma'] })).status).toBe(404);
    expect((await one.post(`/users/${twoId}/deactivate`)).status).toBe(404);
    const inv = await invite(two, 'ivo.two@company-two.com');
    expect((await one.request('DELETE', `/invitations/${inv.json.invitationId}`)).status).toBe(404);
    expect((await one.post(`/invitations/${inv.json.invitationId}/resend`)).status).toBe(404);
  });
});
