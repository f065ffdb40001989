/**
 * `pnpm bench server` (this file): the OpenID provider's token endpoint beside the plain portal session read, on
 * the same database and process, with autocannon over loopback. Each token request redeems a code made before
 * the row (codes are single use): client authentication, PKCE check, code consumption, grant lookup, ID token
 * and access token signed and stored. Also: how fast the provider hands out codes to a browser with a portal
 * session (the server side of the SSO hop). Driver and server share one process here (unlike server.bench.ts),
 * so compare the rows with each other, not with the other file's.
 *
 * Environment: `BENCH_SECONDS` (5 per row), `BENCH_CONNECTIONS` (10), `DATABASE_URL` (else PGlite in memory).
 */
import { createHash, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { openDatabase } from '../src/storage/open-database.js';
import { APP_PORTAL, startOidcTestServer, TestBrowser } from '../src/testing/oidc-server.js';
import { REVIEWER } from '../src/testing/test-server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const db = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { memory: true });
const op = await startOidcTestServer(db);
const browser = new TestBrowser();
await browser.api(op.origin, 'POST', '/session', REVIEWER);
const cookie = [...browser.cookies('127.0.0.1')].map(([k, v]) => `${k}=${v}`).join('; ');
const verifier = randomBytes(32).toString('base64url');
const challenge = createHash('sha256').update(verifier).digest('base64url');
const redirectUri = APP_PORTAL.redirectUris[0] as string;
const basic = `Basic ${Buffer.from(`${APP_PORTAL.clientId}:${encodeURIComponent(APP_PORTAL.clientSecret ?? '')}`).toString('base64')}`;

/** One code, as a browser with a portal session gets it (one 303 straight to the redirect URI). */
async function code(): Promise<string> {
  const url = new URL(`${op.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: APP_PORTAL.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
  }).toString();
  const response = await browser.fetch(url.href);
  const location = new URL(response.headers.get('location') ?? '', op.origin);
  const value = location.searchParams.get('code');
  if (!value) throw new Error(`no code: ${response.status} ${location.href}`);
  return value;
}

/**
 * `connections` loops sending `request()` for `seconds` (or until `more()` says no): 2xx per second of the time
 * taken, and latency percentiles.
 */
async function measure(request: () => Promise<Response>, more: () => boolean = () => true) {
  const latencies: number[] = [];
  let ok = 0;
  let other = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end && more()) {
        const at = performance.now();
        const response = await request();
        await response.arrayBuffer();
        latencies.push(performance.now() - at);
        if (response.status < 300) ok += 1;
        else other += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))] ?? 0);
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: ok / elapsed, p50: pick(0.5), p99: pick(0.99), other };
}

function row(label: string, result: Awaited<ReturnType<typeof measure>>) {
  console.log(
    `| ${label} | ${result.perSecond.toFixed(0)} | ${result.p50} | ${result.p99} | ${result.other} | ${loadavg()[0]?.toFixed(2)} |`,
  );
}

console.log(`${db.kind}, ${connections} connections, ${seconds} s per row, driver and server in one process`);
console.log('| endpoint | 2xx/s | p50 ms | p99 ms | non-2xx | load (1 min) |\n|---|---:|---:|---:|---:|---:|');

row(
  '`GET /api/session` (plain portal session read)',
  await measure(() => fetch(`${op.origin}/api/session`, { headers: { cookie } })),
);

// The provider's side of an SSO hop: a browser with a portal session asks for a code (one 303 back).
const codes: string[] = [];
const issued = await measure(async () => {
  const value = await code();
  codes.push(value);
  return new Response(null, { status: 200 });
});
row('`GET /oidc/auth` with a portal session → 303 with a code (SSO pass-through)', issued);

// Each token request redeems one of those codes, once.
let next = 0;
row(
  '`POST /oidc/token` (code → ID + access token, RS256)',
  await measure(async () => {
    const value = codes[next++] as string;
    return fetch(`${op.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: value,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }).toString(),
    });
  }, () => next < codes.length),
);
console.log(`(${codes.length} codes redeemed once each)`);

await op.close();
await db.close();
