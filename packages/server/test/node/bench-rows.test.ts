/**
 * The server bench's rows count what they measure: a short autocannon run against a stub server shows each
 * non-2xx status counted apart, login's 503s (the hashing bound) in their own column, and a row that is
 * mostly errors marked failed, so `pnpm bench server` cannot print an error page's speed as the server's.
 * The bench itself (minutes, on Postgres and PGlite) is not part of the test command.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Endpoint, measure, mergeSlices, type Target } from '../../bench/bench-rows.js';
import { formatRatios, formatRow } from '../../bench/bench-table.js';

let answer = (_n: number) => 200;
let served = 0;
let close = () => {};
let url = '';

beforeAll(async () => {
  const app = new Hono();
  app.all('*', (c) => {
    served += 1;
    return c.json({}, answer(served) as 200);
  });
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      url = `http://127.0.0.1:${info.port}`;
      close = () => server.close();
      resolve();
    });
  });
});
afterAll(() => close());

const row = (endpoint: Endpoint) => {
  const target: Target = { gatehouse: url, bare: url, registrationId: 'reg_x', rmaCookie: 'gh_session=x' };
  return measure(endpoint, target, { database: 'pglite', processes: 1, connections: 2 }, 1);
};

describe('server bench rows', () => {
  it('a clean row: every answer 2xx, no failure', async () => {
    answer = () => 200;
    const r = await row('status');
    expect(r.ok).toBeGreaterThan(0);
    expect(r.otherStatuses).toEqual({});
    expect(r.failure).toBeUndefined();
    expect(formatRow(r)).toMatch(
      /^\| pglite \| 1 \| 2 \| GET \/registrations\/:id \(status read\) \| \d+ \|/,
    );
  });

  it('counts each non-2xx status apart and fails a row that is mostly errors', async () => {
    answer = (n) => (n % 3 === 0 ? 201 : n % 3 === 1 ? 403 : 422);
    const r = await row('rma');
    expect(Object.keys(r.otherStatuses).sort()).toEqual(['403', '422']);
    expect(r.failure).toMatch(/^mostly errors/);
    expect(formatRow(r)).toMatch(/× 403.*× 422.*\*\*FAILED\*\*$/);
  });

  it("keeps login's 503s (the hashing bound) apart, and fails a row without one success", async () => {
    answer = (n) => (n % 2 === 0 ? 200 : 503);
    const login = await row('login');
    expect(login.busy).toBeGreaterThan(0);
    expect(login.otherStatuses).toEqual({});
    expect(login.failure).toBeUndefined();
    expect(formatRow(login)).toMatch(/\| \d+ \| 0 \| \d+\.\d+ \|$/);
    answer = () => 503;
    const refused = await measure(
      'status',
      { gatehouse: url, bare: url, registrationId: 'x', rmaCookie: '' },
      { database: 'postgres', processes: 3, connections: 2 },
      1,
    );
    expect(refused.failure).toMatch(/^no successful answer/);
  });

  it('prints the bare ÷ Gatehouse ratio of rows measured side by side', () => {
    const base = {
      database: 'postgres',
      processes: 1,
      connections: 10,
      seconds: 10,
      requestsPerSecond: 0,
      p50: 1,
      ok: 1,
      busy: 0,
      otherStatuses: {},
      errors: 0,
      load: 1,
    } as const;
    const lines = formatRatios([
      { ...base, endpoint: 'status', okPerSecond: 100, p99: 40 },
      { ...base, endpoint: 'status-bare', okPerSecond: 420, p99: 9 },
    ]);
    expect(lines).toEqual([
      "status read, postgres, 1 process(es), 10 connections: the bare handler serves 4.2× Gatehouse's requests/s (p99 9 vs 40 ms)",
    ]);
  });

  it('merges interleaved slices: counts add up, the worse p99 is kept, errors still fail the row', () => {
    const slice = {
      database: 'postgres',
      processes: 1,
      connections: 10,
      endpoint: 'status',
      requestsPerSecond: 100,
      p50: 2,
      busy: 0,
      errors: 0,
      load: 1,
    } as const;
    const merged = mergeSlices([
      { ...slice, seconds: 2, ok: 200, okPerSecond: 100, p99: 30, otherStatuses: {} },
      { ...slice, seconds: 2, ok: 100, okPerSecond: 50, p99: 90, otherStatuses: { '500': 150 } },
    ]);
    expect(merged).toMatchObject({
      seconds: 4,
      ok: 300,
      okPerSecond: 75,
      p99: 90,
      otherStatuses: { '500': 150 },
    });
    expect(merged.failure).toBeUndefined();
    const broken = mergeSlices([
      merged,
      { ...slice, seconds: 2, ok: 0, okPerSecond: 0, p99: 1, otherStatuses: { '500': 400 } },
    ]);
    expect(broken.failure).toMatch(/^mostly errors/);
  });
});
