/**
 * The reference server passes the REST contract's conformance runner (`gatehouse-contract <baseUrl>`) over real
 * HTTP, the command line included; a backend that breaks a rule fails the runner with the rule's name; the server
 * serves the OpenAPI description it implements.
 */
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { contractOpenApi, runConformance } from '@gatehouse/flows/contract';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { testServer } from '../testing/test-server.js';

const MOUNT = '/api/gatehouse';
let db: Database;
let app: GatehouseApp;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  db = await openTestDatabase();
  ({ app } = await testServer(db, { basePath: MOUNT }));
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  if (!server.listening) await new Promise<void>((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${MOUNT}`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await app?.idle();
  await db?.close();
});

/** Runs `bin/gatehouse-contract.js` of @gatehouse/flows as a user would; resolves with its exit code and output. */
function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  const bin = fileURLToPath(
    import.meta
      .resolve('@gatehouse/flows/package.json')
      .replace(/package\.json$/, 'bin/gatehouse-contract.js'),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('the REST contract against the reference server', () => {
  it('passes every conformance check over HTTP', async () => {
    const report = await runConformance({ baseUrl });
    const failures = report.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.problems.join('; ')}`);
    expect(failures).toEqual([]);
    // 415 and 403 on every state-changing endpoint, 401 on every login-only one, the form checks, the fixed ones.
    expect(report.passed).toBeGreaterThan(100);
    expect(report.results.map((r) => r.name)).toContain(
      '422 POST /registrations with {}: an issue per required field, as the registration form says',
    );
  });

  it('`gatehouse-contract <baseUrl>` exits 0 and ends with "N passed, 0 failed"', async () => {
    const { code, out } = await runCli([baseUrl]);
    expect(out.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(code).toBe(0);
  });

  it('names the broken rule when a backend answers 200 without a JSON content type and drops issue paths', async () => {
    // A backend in front of the reference one with two planted faults.
    const faulty: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (headers.get('content-type') === 'text/plain') return Response.json({ ok: true });
      const answer = await fetch(input, init);
      if (answer.status !== 422) return answer;
      const body = (await answer.json()) as { error: { issues: { path: string }[] } };
      for (const issue of body.error.issues) issue.path = 'email';
      return Response.json(body, { status: 422 });
    };
    const lines: string[] = [];
    const report = await runConformance({ baseUrl, fetch: faulty, onResult: (r) => lines.push(r.name) });
    const failed = report.results.filter((r) => !r.ok);
    expect(failed.map((r) => r.name)).toContain('415 POST /registrations without a JSON content type');
    const fields = failed.find((r) => r.name.startsWith('422 POST /session with {}'));
    expect(fields?.problems.join('\n')).toMatch(/issue path "email" is not a JSON Pointer/);
    expect(report.failed).toBeGreaterThan(40);
    expect(lines).toHaveLength(report.results.length);
  });

  it('serves the OpenAPI 3.1 description at GET /openapi.json', async () => {
    const answer = await fetch(`${baseUrl}/openapi.json`);
    expect(answer.status).toBe(200);
    const document = await answer.json();
    expect(document).toEqual(contractOpenApi({ serverUrl: MOUNT }));
    expect(document.paths['/registrations'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/RegistrationBody',
    });
  });

  it('covers the publishing endpoints the studio uses: publish, list versions, restore, the current version', async () => {
    const document = await (await fetch(`${baseUrl}/openapi.json`)).json();
    expect(Object.keys(document.paths['/forms/{id}/versions'])).toEqual(['post']);
    expect(document.paths['/forms/{id}'].get.operationId).toBe('listFormVersions');
    expect(document.paths['/forms/{id}/restore'].post.operationId).toBe('restoreFormVersion');
    expect(document.paths['/forms/{id}/current'].get.operationId).toBe('currentForm');
    const report = await runConformance({ baseUrl });
    const names = report.results.filter((r) => r.ok).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '401 POST /forms/{id}/versions without a session',
        '415 POST /forms/{id}/versions without a JSON content type',
        '403 POST /forms/{id}/restore from a foreign Origin',
        '401 GET /forms/{id} without a session',
        '401 GET /forms/{id}/versions/{version} without a session',
      ]),
    );
  });
});
