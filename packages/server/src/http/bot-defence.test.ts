import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount } from '../accounts/seed.js';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import {
  registrationBody,
  TEST_SCRYPT,
  TestClient,
  type TestClock,
  testServer,
} from '../testing/test-server.js';

let db: Database;
let app: GatehouseApp;
let clock: TestClock;
// Small enough to solve in a few milliseconds here; the work itself is measured in Chromium (bench).
const DIFFICULTY = 2000;
const PASSWORD = 'a password nobody guesses 1';

beforeAll(async () => {
  db = await openTestDatabase();
  // One proxy of our own: each test's requests come from the address its X-Forwarded-For names.
  ({ app, clock } = await testServer(db, {
    trustProxy: true,
    policies: { proofOfWork: { difficulty: DIFFICULTY } },
  }));
  await seedAccount(db, {
    email: 'owner@bot-defence.com',
    password: PASSWORD,
    roles: [],
    scrypt: TEST_SCRYPT,
  });
}, 60_000);
afterAll(async () => {
  await app?.idle();
  app?.stop();
  await db?.close();
});

/** A fresh challenge from the server, solved as a browser would; returns the header value and its parts. */
async function solved(client = new TestClient(app)) {
  const answer = await client.get('/challenges');
  expect(answer.status).toBe(200);
  const challenge = answer.json as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('no solution');
  const encode = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64');
  return { challenge, solution, header: encode({ challenge, solution }), encode };
}

const register = (email: string, proof?: string) =>
  new TestClient(app).request(
    'POST',
    '/registrations',
    registrationBody(email),
    proof ? { 'Gatehouse-Proof': proof } : {},
  );

describe('the challenge', () => {
  it('is signed, expires within the policy lifetime, and hides a counter no larger than the difficulty', async () => {
    const { challenge, solution } = await solved();
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters.algorithm).toBe('SHA-256');
    const exp = Number(challenge.parameters.data?.exp) * 1000;
    expect(exp - clock.now().getTime()).toBeGreaterThan(9 * 60_000);
    expect(exp - clock.now().getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect(solution.counter).toBeLessThanOrEqual(DIFFICULTY);
  });
});

describe('registration needs a solved challenge', () => {
  it('without one: 428 proof-required, and nothing is stored or sent', async () => {
    const answer = await register('no.proof@bot-defence.com');
    expect(answer.status).toBe(428);
    expect(answer.json.error.code).toBe('proof-required');
    const rows = await db.query('SELECT 1 FROM registrations WHERE email = $1', ['no.proof@bot-defence.com']);
    expect(rows).toHaveLength(0);
  });

  it('with a valid one: accepted (202)', async () => {
    const { header } = await solved();
    const answer = await register('valid.proof@bot-defence.com', header);
    expect(answer.status).toBe(202);
  });

  it('a wrong solution is proof-invalid', async () => {
    const { challenge, solution, encode } = await solved();
    const wrong = encode({ challenge, solution: { ...solution, counter: solution.counter + 1 } });
    const answer = await register('wrong.proof@bot-defence.com', wrong);
    expect(answer.status).toBe(428);
    expect(answer.json.error.code).toBe('proof-invalid');
  });

  it('a challenge with a changed difficulty or expiry no longer matches its signature: proof-invalid', async () => {
    const { challenge, solution, encode } = await solved();
    const later = { ...challenge.parameters, data: { exp: Number(challenge.parameters.data?.exp) + 3600 } };
    const answer = await register(
      'forged.proof@bot-defence.com',
      encode({ challenge: { ...challenge, parameters: later }, solution }),
    );
    expect(answer.json.error.code).toBe('proof-invalid');
  });

  it('a proof used once is refused the second time (proof-replayed), also when both arrive at once', async () => {
    const { header } = await solved();
    expect((await register('first.use@bot-defence.com', header)).status).toBe(202);
    const again = await register('second.use@bot-defence.com', header);
    expect(again.status).toBe(428);
    expect(again.json.error.code).toBe('proof-replayed');
    const parallel = await solved();
    const answers = await Promise.all(
      [1, 2, 3].map((i) => register(`parallel${i}@bot-defence.com`, parallel.header)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([202, 428, 428]);
  });

  it('an expired challenge is proof-expired', async () => {
    const { header } = await solved();
    clock.advance(10 * 60_000 + 1000);
    const answer = await register('late.proof@bot-defence.com', header);
    expect(answer.status).toBe(428);
    expect(answer.json.error.code).toBe('proof-expired');
  });

  it('garbage in the header is proof-invalid, never a 500', async () => {
    const { challenge, solution, encode } = await solved();
    const garbage = [
      'not base64 at all %%%',
      Buffer.from('{"challenge":').toString('base64'),
      encode(null),
      encode([]),
      encode({ challenge: {}, solution: {} }),
      encode({ challenge: { ...challenge, signature: 42 }, solution }),
      encode({ challenge: { ...challenge, parameters: { ...challenge.parameters, salt: 'zz' } }, solution }),
      encode({ challenge, solution: { counter: -1, derivedKey: 'XYZ' } }),
      encode({ challenge, solution: { counter: 1e300, derivedKey: solution.derivedKey } }),
      encode({
        challenge: { ...challenge, parameters: { ...challenge.parameters, algorithm: 'MD5' } },
        solution,
      }),
      'A'.repeat(10_000),
    ];
    for (const [i, proof] of garbage.entries()) {
      const answer = await register(`garbage${i}@bot-defence.com`, proof);
      expect(answer.status, proof.slice(0, 40)).toBe(428);
      expect(answer.json.error.code).toBe('proof-invalid');
    }
  });
});

describe('resending the confirmation e-mail needs a solved challenge', () => {
  const resend = (id: string, ip: string, proof?: string) =>
    new TestClient(app).request(
      'POST',
      `/registrations/${id}/resend`,
      {},
      { 'x-forwarded-for': ip, ...(proof ? { 'Gatehouse-Proof': proof } : {}) },
    );
  const outbox = async (email: string) =>
    (await db.query('SELECT 1 FROM mail_queue WHERE recipient = $1', [email])).length;

  it('without one: 428 proof-required and no mail; with one: 202 and a new mail; the cooldown is answered first', async () => {
    const email = 'resend.victim@bot-defence.com';
    const made = await register(email, (await solved()).header);
    expect(made.status).toBe(202);
    const id = made.json.id as string;
    const mails = await outbox(email);
    // Within the cooldown the wait is answered without using up a proof.
    const early = await resend(id, '198.51.100.40');
    expect(early.status).toBe(429);
    clock.advance(61_000);
    const without = await resend(id, '198.51.100.40');
    expect(without.status).toBe(428);
    expect(without.json.error.code).toBe('proof-required');
    expect(await outbox(email)).toBe(mails);
    const { header } = await solved();
    const withProof = await resend(id, '198.51.100.40', header);
    expect(withProof.status).toBe(202);
    expect(await outbox(email)).toBe(mails + 1);
    // The same proof after the next cooldown is refused like anywhere else.
    clock.advance(61_000);
    const replayed = await resend(id, '198.51.100.40', header);
    expect(replayed.status).toBe(428);
    expect(replayed.json.error.code).toBe('proof-replayed');
  });

  it('one client IP resending for many registrations runs into the per-IP limit', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const made = await register(`resend.many${i}@bot-defence.com`, (await solved()).header);
      ids.push(made.json.id as string);
    }
    clock.advance(61_000);
    const statuses: number[] = [];
    // The test server's per-IP limit (10,000 a minute) is used up by one address; unknown ids count too.
    await db.query('INSERT INTO rate_buckets (key, tokens, updated_at, allowed) VALUES ($1, 1, $2, true)', [
      'ip:198.51.100.41:registration-resend',
      clock.now(),
    ]);
    for (let i = 0; i < 2; i++) statuses.push((await resend(`reg_unknown${i}`, '198.51.100.41')).status);
    expect(statuses).toEqual([404, 429]);
    expect((await resend(ids[0] as string, '198.51.100.41', (await solved()).header)).status).toBe(429);
    expect((await resend(ids[0] as string, '198.51.100.42', (await solved()).header)).status).toBe(202);
  });
});

describe('password reset needs a solved challenge', () => {
  it('request and resend answer 428 without one and 202 with one, the same for unknown addresses', async () => {
    for (const path of ['/password-reset', '/password-reset/resend']) {
      for (const email of ['owner@bot-defence.com', 'nobody@bot-defence.com']) {
        const client = new TestClient(app);
        const without = await client.post(path, { email });
        expect(without.status).toBe(428);
        expect(without.json.error.code).toBe('proof-required');
        const { header } = await solved();
        const withProof = await client.request('POST', path, { email }, { 'Gatehouse-Proof': header });
        expect(withProof.status).toBe(202);
      }
    }
  });
});

describe('login needs a solved challenge only after repeated failures', () => {
  const login = (email: string, password: string, ip: string, headers: Record<string, string> = {}) =>
    new TestClient(app).request(
      'POST',
      '/session',
      { email, password },
      { 'x-forwarded-for': ip, ...headers },
    );

  it('the first attempts need none; after 3 failures for an address the 4th needs one — known and unknown alike', async () => {
    for (const email of ['owner@bot-defence.com', 'ghost@bot-defence.com']) {
      // Each try from another address: only the count for the e-mail address decides here.
      for (let i = 0; i < 3; i++) {
        const failed = await login(email, 'wrong password guess', `198.51.100.${i + 1}`);
        expect(failed.status).toBe(401);
      }
      const fourth = await login(email, 'wrong password guess', '198.51.100.9');
      expect(fourth.status).toBe(428);
      expect(fourth.json.error.code).toBe('proof-required');
    }
  });

  it('with a proof the login goes on, and the right password then logs in and clears the count', async () => {
    const withProof = await login('owner@bot-defence.com', PASSWORD, '198.51.100.10', {
      'Gatehouse-Proof': (await solved()).header,
    });
    expect(withProof.status).toBe(200);
    expect(withProof.json.status).toBe('ok');
    expect((await login('owner@bot-defence.com', PASSWORD, '198.51.100.11')).status).toBe(200);
  });

  it('failures from one client IP across many addresses also ask for proofs', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await login(`spray${i}@bot-defence.com`, 'wrong password guess', '203.0.113.5')).status).toBe(
        401,
      );
    }
    const next = await login('fresh.address@bot-defence.com', 'wrong password guess', '203.0.113.5');
    expect(next.status).toBe(428);
    // Another client address is not affected.
    expect((await login('fresh.address@bot-defence.com', 'wrong password guess', '203.0.113.6')).status).toBe(
      401,
    );
  });

  it('the count fades after the lockout cooldown', async () => {
    clock.advance(15 * 60_000 + 1000);
    const answer = await login('other.address@bot-defence.com', 'wrong password guess', '203.0.113.5');
    expect(answer.status).toBe(401);
  });
});
