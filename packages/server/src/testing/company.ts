import type { GatehouseApp } from '../create-server.js';
import { REVIEWER, TestClient } from './test-server.js';

/** The newest outbox message to an address (`testServer`'s `lastMessage`). */
export type LastMessage = (to: string) => Promise<{ subject: string; body: string } | undefined>;

/** The password the helpers below give every test user. */
export const TEST_PASSWORD = 'correct horse battery staple 42';

/** The token of the newest link in the newest message to `to`. */
export async function linkToken(lastMessage: LastMessage, to: string): Promise<string> {
  const token = /token=([\w%-]+)/.exec((await lastMessage(to))?.body ?? '')?.[1];
  if (!token) throw new Error(`no link in the last message to ${to}`);
  return decodeURIComponent(token);
}

/**
 * Registers, confirms and approves `email` (company `company`), logs in with the one-time password and changes
 * it to {@link TEST_PASSWORD}: the logged-in client of the company's Super Admin.
 */
export async function registerSuperAdmin(
  app: GatehouseApp,
  lastMessage: LastMessage,
  email: string,
  company = 'Analytical Engines Ltd',
): Promise<TestClient> {
  const user = new TestClient(app);
  await user.post('/registrations', {
    givenName: 'Ada',
    familyName: 'Lovelace',
    email,
    company,
    termsAccepted: true,
  });
  const { json } = await user.post('/registrations/confirm', { token: await linkToken(lastMessage, email) });
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' });
  const otp = /One-time password: (\S+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  await user.post('/session', { email, password: otp });
  await user.post('/session/password', { newPassword: TEST_PASSWORD });
  return user;
}

/** Invites `email` with `roles` through `admin` and accepts the invitation: the invited user's logged-in client. */
export async function invitedUser(
  app: GatehouseApp,
  lastMessage: LastMessage,
  admin: TestClient,
  email: string,
  roles: string[],
): Promise<TestClient> {
  const invited = await admin.post('/invitations', { email, givenName: 'Test', familyName: 'User', roles });
  if (invited.status !== 202) throw new Error(`invitation of ${email} answered ${invited.status}`);
  const user = new TestClient(app);
  const accepted = await user.post('/invitations/accept', {
    token: await linkToken(lastMessage, email),
    newPassword: TEST_PASSWORD,
  });
  if (accepted.status !== 200) throw new Error(`accepting ${email} answered ${accepted.status}`);
  return user;
}
