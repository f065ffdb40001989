/**
 * The rows of `pnpm bench server`: what each endpoint sends (through autocannon) and how one run becomes a row
 * whose answers are counted by kind. A row whose answers are mostly errors is marked failed, so a broken set-up
 * (a missing role, a rate limit, a lockout) cannot pass as a slow server.
 */
import autocannon from 'autocannon';
import { BENCH_PASSWORD, LOGIN_ACCOUNTS, loginEmail, RMA_SERIALS } from './bench-setup.js';

/** The endpoints measured. `status-bare` is the bare Hono handler running the status read's query. */
export const ENDPOINTS = ['status', 'status-bare', 'registration', 'rma', 'login'] as const;
/** One of {@link ENDPOINTS}. */
export type Endpoint = (typeof ENDPOINTS)[number];

/** How each endpoint is named in the table. */
export const ENDPOINT_LABELS: Record<Endpoint, string> = {
  status: 'GET /registrations/:id (status read)',
  'status-bare': 'same query, bare Hono handler',
  registration: 'POST /registrations',
  rma: 'POST /rma (role rma)',
  login: 'POST /session (login, scrypt N=2^15)',
};

/** What the rows need from a running phase. */
export interface Target {
  gatehouse: string;
  bare: string;
  registrationId: string;
  /** The RMA account's session cookie. */
  rmaCookie: string;
}

/** One measured row. */
export interface Row {
  database: 'postgres' | 'pglite';
  processes: number;
  connections: number;
  endpoint: Endpoint;
  seconds: number;
  /** Successful (2xx) answers per second. */
  okPerSecond: number;
  /** Every answer per second (autocannon's average). */
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  /** 503 answers: for login, the hashing bound refusing work beyond its queue (expected under overload). */
  busy: number;
  /** Every other non-2xx answer, by status. */
  otherStatuses: Record<string, number>;
  /** Socket errors and timeouts. */
  errors: number;
  /** The 1-minute load average right after the row. */
  load: number;
  /** Why the row counts as failed, if it does. */
  failure?: string;
}

let clientCounter = 0;
/** A different client address per request (10.x.y.z), so rate limits count clients, not the bench's one address. */
function nextClientAddress(): string {
  clientCounter = (clientCounter + 1) % 0xffffff;
  return `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`;
}

let registrationCounter = 0;
let loginCounter = 0;
const json = { 'content-type': 'application/json' };

const RMA_BODY = JSON.stringify({
  serialNumber: RMA_SERIALS[0],
  description: 'The unit reboots every few minutes under load; logs attached to the case.',
  deliveryAddress: {
    company: 'Bench Company',
    street: '1 Main Street',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  },
  addressConfirmed: true,
  moreThanOneDevice: true,
  additionalSerialNumbers: RMA_SERIALS.slice(1),
});

type Request = { method: string; path: string; headers: Record<string, string>; body?: string };

/** Every request of a row gets a fresh client address and, where the endpoint needs it, a fresh body. */
function requestOf(endpoint: Endpoint, target: Target): { url: string; next: () => Request } {
  const withClient = (request: Request): Request => ({
    ...request,
    headers: { ...request.headers, 'x-forwarded-for': nextClientAddress() },
  });
  switch (endpoint) {
    case 'status':
    case 'status-bare':
      return {
        url: endpoint === 'status' ? target.gatehouse : target.bare,
        next: () =>
          withClient({ method: 'GET', path: `/registrations/${target.registrationId}`, headers: {} }),
      };
    case 'registration':
      return {
        url: target.gatehouse,
        next: () => {
          registrationCounter += 1;
          return withClient({
            method: 'POST',
            path: '/registrations',
            headers: json,
            body: JSON.stringify({
              givenName: 'Bench',
              familyName: 'Mark',
              email: `bench.${process.pid}.${registrationCounter}@bench-company.com`,
              company: 'Bench Company',
              termsAccepted: true,
            }),
          });
        },
      };
    case 'rma':
      return {
        url: target.gatehouse,
        next: () =>
          withClient({
            method: 'POST',
            path: '/rma',
            headers: { ...json, cookie: target.rmaCookie },
            body: RMA_BODY,
          }),
      };
    case 'login':
      return {
        url: target.gatehouse,
        next: () => {
          // Accounts take turns, so no account sees two attempts at once and none is locked out.
          loginCounter = (loginCounter + 1) % LOGIN_ACCOUNTS;
          return withClient({
            method: 'POST',
            path: '/session',
            headers: json,
            body: JSON.stringify({ email: loginEmail(loginCounter), password: BENCH_PASSWORD }),
          });
        },
      };
  }
}

/** Where a row was measured. */
export interface RowPlace {
  database: Row['database'];
  processes: number;
  connections: number;
}

/** Login rows run at least this long: one hash takes 0.25 s on an idle core and seconds on a loaded one. */
export const LOGIN_MIN_SECONDS = 20;

/** Runs one row for `seconds` with autocannon and counts its answers. */
export async function measure(
  endpoint: Endpoint,
  target: Target,
  place: RowPlace,
  seconds: number,
): Promise<Row> {
  const { url, next } = requestOf(endpoint, target);
  const result = await autocannon({
    url,
    connections: place.connections,
    duration: seconds,
    // Login waits for scrypt behind a queue: give it the time a person would.
    timeout: 30,
    // autocannon's request carries the host and port: keep them, replace what the endpoint sends.
    requests: [
      {
        setupRequest: (request) => {
          const made = next();
          return { ...request, ...made, headers: { ...request.headers, ...made.headers } };
        },
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (!status.startsWith('2')) statuses[status] = count;
  }
  const busy = endpoint === 'login' ? (statuses['503'] ?? 0) : 0;
  if (endpoint === 'login') delete statuses['503'];
  const ok = result['2xx'];
  const row: Row = {
    ...place,
    endpoint,
    seconds: result.duration,
    okPerSecond: ok / result.duration,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    busy,
    otherStatuses: statuses,
    errors: result.errors + result.timeouts,
    load: 0,
  };
  const failure = verdict(row);
  return failure ? { ...row, failure } : row;
}

/**
 * One row from slices of the same endpoint measured at different moments (interleaved with another endpoint, so
 * both see the same load): counts add up, p50 and p99 are the higher of the slices'.
 */
export function mergeSlices(slices: readonly Row[]): Row {
  const [first] = slices;
  if (!first) throw new Error('mergeSlices: no slices');
  const sum = (f: (r: Row) => number) => slices.reduce((a, r) => a + f(r), 0);
  const seconds = sum((r) => r.seconds);
  const otherStatuses: Record<string, number> = {};
  for (const r of slices)
    for (const [status, count] of Object.entries(r.otherStatuses))
      otherStatuses[status] = (otherStatuses[status] ?? 0) + count;
  const row: Row = {
    ...first,
    seconds,
    ok: sum((r) => r.ok),
    okPerSecond: sum((r) => r.ok) / seconds,
    requestsPerSecond: sum((r) => r.requestsPerSecond * r.seconds) / seconds,
    p50: Math.max(...slices.map((r) => r.p50)),
    p99: Math.max(...slices.map((r) => r.p99)),
    busy: sum((r) => r.busy),
    otherStatuses,
    errors: sum((r) => r.errors),
  };
  delete row.failure;
  const failure = verdict(row);
  return failure ? { ...row, failure } : row;
}

/**
 * Why a row does not measure what it says, or undefined: no successful answer at all, or more errors (other
 * non-2xx, socket errors, timeouts) than successes. Login's 503s are the hashing bound at work, counted apart.
 */
export function verdict(row: Row): string | undefined {
  const other = Object.values(row.otherStatuses).reduce((a, b) => a + b, 0);
  const bad = other + row.errors;
  const detail = `${row.ok} 2xx, ${bad} errors (${JSON.stringify(row.otherStatuses)}, ${row.errors} socket errors/timeouts)`;
  if (row.ok === 0) return `no successful answer: ${detail}`;
  if (bad > row.ok) return `mostly errors: ${detail}`;
  return undefined;
}
