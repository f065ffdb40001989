import { seedAccount } from '../accounts/seed.js';
import { createGatehouseServer, type GatehouseApp, type GatehouseServerOptions } from '../create-server.js';
import type { Database } from '../storage/database.js';

/** Cheap scrypt for tests (the production parameters are measured in the bench). */
export const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 };

/** A controllable clock. */
export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

/** A clock starting at the real current time that only moves when told. */
export function testClock(start = Date.now()): TestClock {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}

/** An in-process client for the app with a cookie jar, as a browser would keep one. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly app: GatehouseApp,
    readonly base = '',
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const init: RequestInit = {
      method,
      headers: {
        // As the flows' adapter does: every state-changing request says JSON, with or without a body.
        ...(body !== undefined || method !== 'GET' ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    };
    const response = await this.app.request(`http://portal.test${this.base}${path}`, init);
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (!name) continue;
      if (!value || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, json: json as Record<string, any>, headers: response.headers, text };
  }
  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body: unknown = {}) {
    return this.request('POST', path, body);
  }
}

/** A registration body the registration form accepts, for `email`, with `patch` applied. */
export function registrationBody(email: string, patch: Record<string, unknown> = {}) {
  return {
    givenName: 'Ada',
    familyName: 'Lovelace',
    email,
    company: 'Analytical Engines Ltd',
    termsAccepted: true,
    ...patch,
  };
}

/** The reviewer every test server has. */
export const REVIEWER = { email: 'reviewer@gatehouse.test', password: 'reviewer password for tests 1' };

/** The form editor every test server has (publishes forms). */
export const FORM_EDITOR = {
  email: 'form-editor@gatehouse.test',
  password: 'form editor password for tests 1',
};

/** A test app on `db` with cheap hashing, a manual clock, generous IP limits and the reviewer seeded. */
export async function testServer(db: Database, options: Partial<GatehouseServerOptions> = {}) {
  const clock = testClock();
  await seedAccount(db, { ...REVIEWER, roles: ['reviewer'], scrypt: TEST_SCRYPT });
  await seedAccount(db, {
    ...FORM_EDITOR,
    roles: ['form-editor'],
    givenName: 'Form',
    familyName: 'Editor',
    scrypt: TEST_SCRYPT,
  });
  const app = await createGatehouseServer({
    db,
    scrypt: TEST_SCRYPT,
    now: clock.now,
    devRoutes: true,
    ...options,
    policies: {
      ipLimit: { max: 10_000, windowMs: 60_000 },
      accountLimit: { max: 1000, windowMs: 60_000 },
      // Off unless a test asks: the bot defence has its own tests (http/bot-defence.test.ts).
      proofOfWork: { difficulty: 0 },
      ...options.policies,
    },
  });
  /** The newest outbox message to `to`. */
  const lastMessage = async (to: string) => {
    await app.idle();
    const rows = await db.query<{ subject: string; body: string; channel: string }>(
      'SELECT subject, body, channel FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
      [to],
    );
    return rows[0];
  };
  return { app, clock, lastMessage };
}
