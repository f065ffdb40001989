/**
 * Scale-out, proven: three server processes on one Postgres behind a round-robin proxy on loopback. Lockout
 * counts exactly across processes, a session works on all, each reminder and e-mail goes out once, two reviewers
 * deciding at once get one success and one 409, and `kill -9` of a process during a registration burst loses
 * nothing and leaves nothing half-written. Postgres: `GATEHOUSE_TEST_DATABASE_URL` (CI), else a throw-away
 * cluster; skipped with a message when neither exists.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount } from '../../src/accounts/seed.js';
import { createMailQueue } from '../../src/mail/mail-queue.js';
import { createOutboxMessenger } from '../../src/mail/messenger.js';
import type { Database } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/migrations.js';
import { createPostgresDatabase } from '../../src/storage/postgres.js';
import { registrationBody, TEST_SCRYPT } from '../../src/testing/test-server.js';
import {
  postgresBinaries,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../src/testing/throwaway-postgres.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedUrl = process.env.GATEHOUSE_TEST_DATABASE_URL;
const available = Boolean(sharedUrl) || postgresBinaries() !== null;
if (!available) console.warn('scale-out: SKIPPED — no GATEHOUSE_TEST_DATABASE_URL and no Postgres binaries');

interface Worker {
  id: string;
  child: ChildProcess;
  port: number;
}

/** Starts one server process and resolves once it listens. */
function startWorker(id: string, env: Record<string, string>): Promise<Worker> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'src/testing/scale-out-worker.ts'],
    {
      cwd: packageDir,
      env: { ...process.env, ...env, SCALE_OUT_WORKER: id },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /\{"port":(\d+)\}/.exec(out);
      if (match) resolve({ id, child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`worker ${id} exited (${code}): ${errors.slice(-2000)}`)));
  });
}

/** A round-robin HTTP proxy over the live workers; a dead backend answers 502 (as a load balancer would). */
async function roundRobinProxy(workers: () => Worker[]): Promise<{ url: string; server: Server }> {
  let next = 0;
  const server = createServer((req, res) => {
    const pool = workers();
    const target = pool[next++ % pool.length] as Worker;
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"bad-gateway"}}');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A browser-like client of the proxy: JSON in and out, one cookie jar. */
class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  async send(method: string, path: string, body?: unknown) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [name, value] = (line.split(';')[0] ?? '').split('=');
      if (!name) continue;
      if (!value || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let json: { error?: { code?: string }; [key: string]: unknown } = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      // Not JSON (a proxy error page).
    }
    return { status: response.status, worker: response.headers.get('x-worker'), json };
  }
}

const waitFor = async (check: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
};

describe.skipIf(!available)('three server processes on one Postgres behind a round-robin proxy', () => {
  let cluster: ThrowawayPostgres | undefined;
  let db: Database;
  let workers: Worker[] = [];
  let proxy: { url: string; server: Server };
  const schema = `scale_${randomBytes(5).toString('hex')}`;
  const key = randomBytes(32).toString('base64');
  const reviewers = [
    { email: 'rev.one@vendor-scale.test', password: 'first reviewer passphrase 1' },
    { email: 'rev.two@vendor-scale.test', password: 'second reviewer passphrase 2' },
  ];

  beforeAll(async () => {
    let url = sharedUrl;
    if (!url) {
      cluster = await startThrowawayPostgres();
      url = cluster.url;
    }
    db = await createPostgresDatabase({ connectionString: url, schema, max: 4 });
    await migrate(db);
    for (const reviewer of reviewers) {
      await seedAccount(db, { ...reviewer, roles: ['reviewer'], scrypt: TEST_SCRYPT, encryptionKey: key });
    }
    await seedAccount(db, {
      email: 'locked.out@acme-scale.test',
      password: 'the right passphrase 123',
      roles: [],
      scrypt: TEST_SCRYPT,
      encryptionKey: key,
    });
    const env = { SCALE_OUT_URL: url, SCALE_OUT_SCHEMA: schema, SCALE_OUT_KEY: key };
    workers = await Promise.all(['1', '2', '3'].map((id) => startWorker(id, env)));
    proxy = await roundRobinProxy(() => workers);
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    proxy?.server.close();
    if (db) {
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.close();
    }
    cluster?.destroy();
  });

  /** Registers and confirms `email` through the proxy; returns the registration id. */
  async function pendingApproval(email: string) {
    const user = new Client(proxy.url);
    const submitted = await user.send('POST', '/registrations', registrationBody(email));
    expect(submitted.status).toBe(202);
    const [mail] = await db.query<{ body: string }>(
      'SELECT body FROM mail_queue WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
      [email],
    );
    const token = decodeURIComponent(/token=([\w%-]+)/.exec(mail?.body ?? '')?.[1] ?? '');
    expect((await user.send('POST', '/registrations/confirm', { token })).status).toBe(200);
    return submitted.json.id as string;
  }

  it('a session works on every process', async () => {
    const reviewer = new Client(proxy.url);
    expect((await reviewer.send('POST', '/session', reviewers[0])).json.status).toBe('ok');
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => reviewer.send('GET', '/session')));
    expect(new Set(answers.map((a) => a.worker))).toEqual(new Set(['1', '2', '3']));
    for (const answer of answers) {
      expect(answer.json).toMatchObject({ session: { user: { email: reviewers[0]?.email } } });
    }
  });

  it('lockout counts exactly across processes: 8 wrong passwords at once, 5 verified, 3 locked', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () =>
        new Client(proxy.url).send('POST', '/session', {
          email: 'locked.out@acme-scale.test',
          password: 'a wrong passphrase 99',
        }),
      ),
    );
    expect(new Set(attempts.map((a) => a.worker))).toEqual(new Set(['1', '2', '3']));
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423, 423, 423]);
    // Locked on every process, even with the right password.
    for (let i = 0; i < 3; i++) {
      const right = await new Client(proxy.url).send('POST', '/session', {
        email: 'locked.out@acme-scale.test',
        password: 'the right passphrase 123',
      });
      expect(right.status).toBe(423);
    }
  });

  it('two reviewers deciding the same registration at once: one success, one 409 conflict', async () => {
    const id = await pendingApproval('decided.once@acme-scale.test');
    const [a, b] = [new Client(proxy.url), new Client(proxy.url)];
    await a.send('POST', '/session', reviewers[0]);
    await b.send('POST', '/session', reviewers[1]);
    const answers = await Promise.all([
      a.send('POST', `/approvals/${id}/decisions`, { action: 'approve' }),
      b.send('POST', `/approvals/${id}/decisions`, { action: 'reject', reason: 'duplicate company' }),
    ]);
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    expect(answers.find((x) => x.status === 409)?.json.error?.code).toBe('conflict');
    const decided = await db.query('SELECT 1 FROM audit_events WHERE subject = $1 AND event LIKE $2', [
      id,
      'registration-%ed',
    ]);
    expect(decided.length).toBeGreaterThanOrEqual(1);
    const accounts = await db.query("SELECT 1 FROM accounts WHERE email = 'decided.once@acme-scale.test'");
    const rejections = await db.query(
      "SELECT 1 FROM mail_queue WHERE recipient = 'decided.once@acme-scale.test' AND subject = 'Your portal registration'",
    );
    // Exactly one of the two outcomes happened.
    expect(accounts.length + rejections.length).toBe(1);
  });

  it('an overdue registration is reminded once, though all three processes run the timers every 250 ms', async () => {
    const id = await pendingApproval('overdue.once@acme-scale.test');
    const past = Date.now() - 25 * 3600_000;
    await db.query(
      `UPDATE registrations SET confirmed_at = $2,
         snapshot = jsonb_set(snapshot, '{context,submittedAt}', to_jsonb($3::bigint)) WHERE id = $1`,
      [id, new Date(past), past],
    );
    const reminders = () =>
      db.query("SELECT 1 FROM audit_events WHERE event = 'approval-reminder' AND subject = $1", [id]);
    expect(await waitFor(async () => (await reminders()).length > 0, 10_000)).toBe(true);
    // A few more rounds of every process's maintenance.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await reminders()).toHaveLength(1);
    const delivered = async () =>
      db.query<{ recipient: string }>(
        "SELECT recipient FROM outbox WHERE subject = 'Overdue registration (reminder 1)' AND body LIKE '%overdue.once@acme-scale.test%'",
      );
    await waitFor(async () => (await delivered()).length >= reviewers.length, 10_000);
    expect((await delivered()).map((r) => r.recipient).sort()).toEqual(reviewers.map((r) => r.email).sort());
  });

  it('kill -9 of one process during a registration burst loses nothing and leaves nothing half-written', async () => {
    const emails = Array.from({ length: 60 }, (_, i) => `burst${i}@acme-scale.test`);
    const results: { email: string; status: number }[] = [];
    let index = 0;
    let killed = false;
    const lane = async () => {
      while (index < emails.length) {
        const email = emails[index++] as string;
        const answer = await new Client(proxy.url).send('POST', '/registrations', registrationBody(email));
        results.push({ email, status: answer.status });
        if (!killed && results.length >= 15) {
          killed = true;
          workers.find((w) => w.id === '2')?.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, lane));
    expect(killed).toBe(true);
    // The load balancer takes the dead process out; the clients retry what failed.
    workers = workers.filter((w) => w.id !== '2');
    for (const failed of results.filter((r) => r.status !== 202)) {
      const again = await new Client(proxy.url).send(
        'POST',
        '/registrations',
        registrationBody(failed.email),
      );
      expect(again.status).toBe(202);
    }
    const rows = await db.query<{ email: string; registrations: number; mails: number }>(
      `SELECT e.email,
         (SELECT count(*)::int FROM registrations r WHERE r.email = e.email) AS registrations,
         (SELECT count(*)::int FROM mail_queue m WHERE m.recipient = e.email) AS mails
       FROM unnest($1::text[]) AS e(email) ORDER BY e.email`,
      [emails],
    );
    // Nothing lost: every address registered. Nothing half-written: each registration row has its confirmation
    // e-mail beside it (a request cut off by the kill either committed both or neither; its retry adds a row).
    for (const row of rows) {
      expect(row.registrations, row.email).toBeGreaterThanOrEqual(1);
      expect(row.mails, row.email).toBe(row.registrations);
    }
    expect(results.filter((r) => r.status !== 202).length).toBeLessThan(emails.length);
    // What the dead process had claimed is delivered after its lease (61 s later, here on a moved clock), once.
    const queue = createMailQueue(db, {
      messenger: createOutboxMessenger(db),
      now: () => new Date(Date.now() + 61_000),
      onError: () => undefined,
    });
    await waitFor(async () => {
      await queue.drain();
      const [left] = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM mail_queue WHERE recipient LIKE 'burst%' AND delivered_at IS NULL",
      );
      return left?.n === 0;
    }, 15_000);
    // Each message delivered; exactly once, except a message the killed process had handed to the messenger but
    // not yet marked (claimed twice: attempts > 1) — the one window every outbox has (at least once).
    const deliveries = await db.query<{ attempts: number; n: number }>(
      `SELECT m.attempts, (SELECT count(*)::int FROM outbox o WHERE o.recipient = m.recipient AND o.body = m.body) AS n
       FROM mail_queue m WHERE m.recipient LIKE 'burst%'`,
    );
    for (const d of deliveries) {
      if (d.attempts === 1) expect(d.n).toBe(1);
      else expect(d.n).toBeGreaterThanOrEqual(1);
    }
  });

  it('no e-mail went out twice', async () => {
    // Messages claimed once (every one but those the killed process held) reached the outbox exactly once.
    const twice = await db.query(
      `SELECT o.recipient, o.subject, count(*)::int AS n FROM outbox o
       WHERE NOT EXISTS (SELECT 1 FROM mail_queue m WHERE m.recipient = o.recipient AND m.body = o.body AND m.attempts > 1)
       GROUP BY o.recipient, o.subject, o.body HAVING count(*) > 1`,
    );
    expect(twice).toEqual([]);
  });
});
