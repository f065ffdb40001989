import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { registerSuperAdmin, TEST_PASSWORD } from '../testing/company.js';
import { TestClient, testServer } from '../testing/test-server.js';
import type { PlaceLookup } from './place-lookup.js';
import { createRangeTablePlaceLookup } from './range-table.js';

let db: Database;
let app: GatehouseApp;
let lastMessage: (to: string) => Promise<{ subject: string; body: string } | undefined>;
/** What the host's lookup does in the current test; every address it is asked is recorded. */
let lookup: PlaceLookup;
const asked: string[] = [];

const TABLE = `startIp,endIp,country,region,city
203.0.113.0,203.0.113.255,DE,Bavaria,Munich
2001:db8::,2001:db8::ffff,AT,Vienna,Vienna
10.0.0.0,10.255.255.255,DE,,`;

beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, lastMessage } = await testServer(db, {
    trustProxy: true,
    places: {
      lookup: (ip, signal) => {
        asked.push(ip);
        return lookup(ip, signal);
      },
      timeoutMs: 100,
    },
  }));
}, 120_000);
afterAll(async () => {
  await app?.idle();
  await db?.close();
});

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** Signs `email` in from `ip` in a new browser; the answer's status and the client. */
async function signInFrom(email: string, ip: string) {
  const client = new TestClient(app);
  const answer = await client.request(
    'POST',
    '/session',
    { email, password: TEST_PASSWORD },
    { 'user-agent': FIREFOX, 'x-forwarded-for': ip },
  );
  return { status: answer.status, outcome: answer.json.status, client };
}

/** The place the sessions list gives the session of `client` (its own, listed first). */
async function ownPlace(client: TestClient) {
  const listed = await client.get('/sessions');
  expect(listed.status).toBe(200);
  return (listed.json.sessions as Record<string, unknown>[])[0]?.place;
}

describe('session places', () => {
  it('looks the address up once at sign-in, lists the place and names it in the new-sign-in e-mail (en, de)', async () => {
    lookup = createRangeTablePlaceLookup(TABLE);
    const email = 'ada@places-list.example.com';
    await registerSuperAdmin(app, lastMessage, email);
    asked.length = 0;
    const { client } = await signInFrom(email, '203.0.113.7');
    expect(asked).toEqual(['203.0.113.7']);
    expect(await ownPlace(client)).toEqual({ city: 'Munich', region: 'Bavaria', country: 'DE' });
    // Listing again asks nothing: the place was stored with the session.
    await client.get('/sessions');
    expect(asked).toHaveLength(1);
    const mail = await lastMessage(email);
    expect(mail?.subject).toBe('New sign-in to your portal account');
    expect(mail?.body).toContain('IP address 203.0.113.7 (Munich, Bavaria, Germany)');

    await client.request('PUT', '/preferences', { locale: 'de' });
    await signInFrom(email, '2001:db8::1');
    const german = await lastMessage(email);
    expect(german?.subject).toBe('Neue Anmeldung an Ihrem Portal-Konto');
    expect(german?.body).toContain('IP-Adresse 2001:db8::1 (Vienna, Österreich)');
  });

  it('asks for private and loopback addresses too, as IPv4 when they come IPv4-mapped', async () => {
    lookup = createRangeTablePlaceLookup(TABLE);
    const email = 'ada@places-private.example.com';
    await registerSuperAdmin(app, lastMessage, email);
    asked.length = 0;
    const { client } = await signInFrom(email, '::ffff:10.1.2.3');
    expect(asked).toEqual(['10.1.2.3']);
    expect(await ownPlace(client)).toEqual({ country: 'DE' });
    // An address the table does not hold: no place, and the list leaves the field out.
    const { client: other } = await signInFrom(email, '127.0.0.1');
    expect(asked).toContain('127.0.0.1');
    const listed = await other.get('/sessions');
    expect(listed.json.sessions[0]).not.toHaveProperty('place');
    expect((await lastMessage(email))?.body).toMatch(/IP address 127\.0\.0\.1\.\n/);
  });

  it('signs in without a place when the lookup fails, hangs or answers garbage, and logs no address', async () => {
    const email = 'ada@places-fail-open.example.com';
    await registerSuperAdmin(app, lastMessage, email);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const answers: PlaceLookup[] = [
        async (ip) => {
          throw new Error(`no place for ${ip}`);
        },
        (_ip, signal) =>
          new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
        () => new Promise(() => {}),
        async () => ({ city: 'x'.repeat(101), region: '\u202eBavaria', country: 'Germany' }) as never,
        async () => 'Munich' as never,
        async () => [{ country: 'DE' }] as never,
      ];
      for (const answer of answers) {
        lookup = answer;
        const started = Date.now();
        const { status, outcome, client } = await signInFrom(email, '198.51.100.9');
        expect([status, outcome]).toEqual([200, 'ok']);
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(await ownPlace(client)).toBeUndefined();
      }
      const logged = warn.mock.calls.map((call) => call.join(' ')).join('\n');
      expect(logged).toContain('place lookup gave no place: failed (Error)');
      expect(logged).toContain('place lookup gave no place: timeout');
      expect(logged).toContain('place lookup gave no place: invalid-answer');
      expect(logged).not.toContain('198.51.100');
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps the parts that pass: a bad city does not cost the country, a lower-case code is upper-cased', async () => {
    const email = 'ada@places-partial.example.com';
    await registerSuperAdmin(app, lastMessage, email);
    lookup = async () =>
      ({ city: 'a\u0000b', region: '  Upper   Bavaria ', country: 'de', extra: 'x' }) as never;
    const { client } = await signInFrom(email, '198.51.100.10');
    expect(await ownPlace(client)).toEqual({ region: 'Upper Bavaria', country: 'DE' });
  });

  it('does not ask for an address that is not an IP (a proxy header of garbage)', async () => {
    const email = 'ada@places-garbage-ip.example.com';
    await registerSuperAdmin(app, lastMessage, email);
    lookup = createRangeTablePlaceLookup(TABLE);
    asked.length = 0;
    const { status, client } = await signInFrom(email, '<script>');
    expect(status).toBe(200);
    expect(asked).toEqual([]);
    expect(await ownPlace(client)).toBeUndefined();
  });
});
