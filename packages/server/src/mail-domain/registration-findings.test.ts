import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { type DnsStub, startDnsStub } from '../testing/dns-stub.js';
import { REVIEWER, TestClient, testServer } from '../testing/test-server.js';
import { createDnsMailDomainResolver } from './mail-domain-resolver.js';

let db: Database;
let app: GatehouseApp;
let stub: DnsStub;
let lastMessage: (to: string) => Promise<{ body: string } | undefined>;
beforeAll(async () => {
  stub = await startDnsStub({
    'acme-widgets.com': { mx: [{ priority: 10, exchange: 'mx.acme-widgets.com' }] },
    'web-only.com': { a: ['192.0.2.80'] },
    'no-mail.com': { mx: [{ priority: 0, exchange: '' }] },
    'dns-down.com': { servfail: true },
    'microsft.com': { mx: [{ priority: 10, exchange: 'mx.microsft.com' }] },
  });
  db = await openTestDatabase();
  const mailDomains = createDnsMailDomainResolver({ servers: [stub.server], timeoutMs: 400 });
  ({ app, lastMessage } = await testServer(db, { mailDomains }));
}, 240_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
  await stub?.close();
});

const registration = (email: string) => ({
  givenName: 'Jane',
  familyName: 'Doe',
  email,
  company: 'Acme Widgets',
  termsAccepted: true,
});

/** Registers and confirms `email`; returns the registration id. */
async function registerAndConfirm(email: string): Promise<string> {
  const user = new TestClient(app);
  const submitted = await user.post('/registrations', registration(email));
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(202);
  const token = /token=([\w%-]+)/.exec((await lastMessage(email))?.body ?? '')?.[1] as string;
  const confirmed = await user.post('/registrations/confirm', { token: decodeURIComponent(token) });
  return confirmed.json.id as string;
}

async function queueItem(id: string) {
  const reviewer = new TestClient(app);
  await reviewer.post('/session', REVIEWER);
  return (await reviewer.get(`/approvals/${id}`)).json;
}

describe('registration: mail-domain check and the findings the reviewer sees', () => {
  it('refuses a domain that cannot receive mail (none, null MX) with undeliverable-domain on /email', async () => {
    for (const email of ['jane.doe@no-mail.com', 'jane.doe@nowhere-at-all.com']) {
      const response = await new TestClient(app).post('/registrations', registration(email));
      expect(response.status, email).toBe(422);
      expect(response.json.error.issues, email).toEqual([
        {
          path: '/email',
          code: 'undeliverable-domain',
          params: expect.objectContaining({ domain: email.split('@')[1] }),
        },
      ]);
    }
  });

  it('refuses the policy II classes on the server too (same codes as the browser)', async () => {
    for (const [email, code] of [
      ['jane.doe@gmail.co', 'free-provider-typo'],
      ['jane.doe@micros0ft.com', 'lookalike-domain'],
      ['jane.doe@acme.c', 'unknown-tld'],
    ]) {
      const response = await new TestClient(app).post('/registrations', registration(email as string));
      expect(response.status, email).toBe(422);
      expect(response.json.error.issues[0], email).toMatchObject({ path: '/email', code });
    }
  });

  it('stores soft signals: first from the domain (once), no MX, DNS trouble, a likely typo', async () => {
    const first = await queueItem(await registerAndConfirm('jane.doe@acme-widgets.com'));
    expect(first.findings).toEqual([
      {
        code: 'first-from-domain',
        params: { domain: 'acme-widgets.com', unicodeDomain: 'acme-widgets.com' },
      },
    ]);
    const second = await queueItem(await registerAndConfirm('john.roe@acme-widgets.com'));
    expect(second.findings).toEqual([]);
    const webOnly = await queueItem(await registerAndConfirm('jane.doe@web-only.com'));
    expect(webOnly.findings.map((f: { code: string }) => f.code)).toEqual(['no-mx', 'first-from-domain']);
    const down = await queueItem(await registerAndConfirm('jane.doe@dns-down.com'));
    expect(down.findings.map((f: { code: string }) => f.code)).toEqual([
      'mail-domain-unchecked',
      'first-from-domain',
    ]);
    const typo = await queueItem(await registerAndConfirm('jane.doe@microsft.com'));
    expect(typo.findings).toContainEqual({
      code: 'domain-typo',
      params: { domain: 'microsft.com', unicodeDomain: 'microsft.com', suggestion: 'jane.doe@microsoft.com' },
    });
    expect(typo.emailCheck).toEqual({ ok: true });
  }, 60_000);

  it('lists the findings in the queue too', async () => {
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    const { items } = (await reviewer.get('/approvals')).json;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(Array.isArray(item.findings)).toBe(true);
  });
});
