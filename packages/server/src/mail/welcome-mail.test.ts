/**
 * The welcome e-mail as the person gets it: text and HTML, a "Log in" button that opens the login page, in the
 * language they registered in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { REVIEWER, TestClient, testServer } from '../testing/test-server.js';
import type { OutgoingMessage } from './messenger.js';

let db: Database;
let app: GatehouseApp;
const sent: OutgoingMessage[] = [];
beforeAll(async () => {
  db = await openTestDatabase();
  ({ app } = await testServer(db, {
    publicUrl: 'https://portal.example',
    loginPath: '/login.html',
    messenger: {
      describe: 'capture',
      async send(message) {
        sent.push(message);
      },
    },
  }));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

async function approve(email: string, language: string) {
  const user = new TestClient(app);
  await user.request(
    'POST',
    '/registrations',
    { givenName: 'Jane', familyName: 'Doe', email, company: 'Northwind Logistics', termsAccepted: true },
    { 'accept-language': language },
  );
  await app.idle();
  const link = sent.findLast((m) => m.to === email)?.text ?? '';
  const token = /token=([\w%-]+)/.exec(link)?.[1] as string;
  const { json } = await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  await reviewer.post(`/approvals/${json.id}/decisions`, { action: 'approve' });
  await app.idle();
  return sent.findLast((m) => m.to === email) as OutgoingMessage;
}

describe('the welcome e-mail', { timeout: 30_000 }, () => {
  it('has a "Log in" button to the login page, in HTML with the plain text beside it', async () => {
    const mail = await approve('jane.doe@northwind-logistics.com', 'en-GB,en;q=0.9');
    expect(mail.subject).toBe('Your portal account is ready');
    expect(mail.text).toContain('https://portal.example/login.html');
    expect(mail.text).toMatch(/One-time password: \S+/);
    expect(mail.html).toMatch(/<a href="https:\/\/portal\.example\/login\.html"[^>]*>Log in<\/a>/);
    expect(mail.html).toContain('lang="en"');
  });

  it('is German for a person who registered with a German browser', async () => {
    const mail = await approve('jana.doe@northwind-logistics.com', 'de-DE,de;q=0.9,en;q=0.5');
    expect(mail.subject).toBe('Ihr Portalkonto ist bereit');
    expect(mail.text).toMatch(/Einmalpasswort: \S+/);
    expect(mail.html).toMatch(/>Anmelden<\/a>/);
    expect(mail.html).toContain('lang="de"');
  });
});
