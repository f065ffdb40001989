/**
 * The welcome e-mail points at the host's login page: `publicUrl` + `loginPath` (a site with its own login page
 * under another path than the portal's root).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, TestClient, testServer } from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: (to: string) => Promise<{ body: string } | undefined>;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db, {
    publicUrl: 'https://www.example.com/',
    loginPath: '/account/login?from=welcome',
  }));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

it('the welcome e-mail links to publicUrl + loginPath', async () => {
  const email = 'grace.hopper@cobol-systems.example';
  const user = new TestClient(app);
  await user.post('/registrations', {
    givenName: 'Grace',
    familyName: 'Hopper',
    email,
    company: 'COBOL Systems',
    termsAccepted: true,
  });
  const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  const { json } = await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  expect((await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' })).status).toBe(200);
  const welcome = (await lastMessage(email))?.body ?? '';
  expect(welcome).toContain('One-time password:');
  expect(welcome).toContain('https://www.example.com/account/login?from=welcome');
});
