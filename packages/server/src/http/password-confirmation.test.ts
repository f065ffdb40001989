/**
 * A signed-in person's password, asked again (password change, re-authentication, account deletion), is counted like
 * a login: otherwise whoever holds a session — a browser left open, a stolen cookie — could guess the password there
 * at the rate limit's pace, and learn the one thing the session does not give them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { TestClient, testServer } from '../testing/test-server.js';

const WRONG = 'not the password at all 4711';
const NEW = 'a new passphrase for the portal 27';

let db: Database;
let app: GatehouseApp;
let lastMessage: Parameters<typeof registerSuperAdmin>[1];
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

describe('the password asked again while signed in', () => {
  it('wrong current passwords at the password change count toward the login lockout', async () => {
    const email = 'kim@lockout-change.example.com';
    const user = await registerSuperAdmin(app, lastMessage, email, 'Lockout Change Ltd');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await user.post('/password', { currentPassword: WRONG, newPassword: NEW });
      expect(wrong.status, `attempt ${attempt}`).toBe(401);
      expect(wrong.json.error.code).toBe('invalid-current-password');
    }
    // Locked: not even the right password is checked now, here or at the login.
    const locked = await user.post('/password', { currentPassword: TEST_PASSWORD, newPassword: NEW });
    expect(locked.status).toBe(423);
    expect(locked.json.error.code).toBe('locked');
    const login = await new TestClient(app).post('/session', { email, password: TEST_PASSWORD });
    expect(login.status).toBe(423);
  });

  it('a right current password starts the count again', async () => {
    const email = 'lou@lockout-change.example.com';
    const user = await registerSuperAdmin(app, lastMessage, email, 'Lockout Clear Ltd');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await user.post('/password', { currentPassword: WRONG, newPassword: NEW })).status).toBe(401);
    }
    expect((await user.post('/password', { currentPassword: TEST_PASSWORD, newPassword: NEW })).status).toBe(
      204,
    );
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(
        (await user.post('/password', { currentPassword: WRONG, newPassword: TEST_PASSWORD })).status,
      ).toBe(401);
    }
    const login = await new TestClient(app).post('/session', { email, password: NEW });
    expect(login.status).toBe(200);
  });
});
