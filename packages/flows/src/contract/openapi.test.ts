import { readdir, readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { flowDefinition } from '../definitions/definitions.js';
import { CONTRACT_ENDPOINTS } from './endpoints.js';
import { contractOpenApi } from './openapi.js';

type Document = ReturnType<typeof contractOpenApi> & Record<string, any>;

describe('the OpenAPI description of the REST contract', () => {
  it('is a valid OpenAPI 3.1 document (the official schema)', async () => {
    const result = await new Validator().validate(contractOpenApi() as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('ships as generated/openapi.json, the same as contractOpenApi() (pnpm --filter @gatehouse/flows openapi)', async () => {
    const shipped = JSON.parse(
      await readFile(new URL('../../generated/openapi.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(contractOpenApi());
  });

  it('takes every form-checked body from the flow form definition itself', () => {
    const document = contractOpenApi() as Document;
    const registration = document.components.schemas.RegistrationBody;
    const {
      $schema: _d,
      additionalProperties: _a,
      ...fromForm
    } = flowDefinition('registration').schema as Record<string, unknown>;
    expect(registration).toEqual({ ...fromForm, 'x-gatehouse-form': 'registration' });
    // The API sends no repeat-the-password field: the body schema leaves it out of members and required.
    const reset = document.components.schemas.PasswordResetCodeResetPasswordBody;
    expect(Object.keys(reset.properties)).toEqual(['code', 'newPassword', 'email']);
    expect(reset.required).toEqual(['code', 'newPassword']);
  });

  it('puts the conventions on every state-changing operation and 401 on every one that needs a login', () => {
    const document = contractOpenApi() as Document;
    for (const endpoint of CONTRACT_ENDPOINTS) {
      const responses = document.paths[endpoint.path][endpoint.method.toLowerCase()].responses;
      const statuses = Object.keys(responses).map(Number);
      expect(statuses, `${endpoint.method} ${endpoint.path}`).toContain(endpoint.success.status);
      if (endpoint.method !== 'GET') expect(statuses).toEqual(expect.arrayContaining([400, 403, 413, 415]));
      if (endpoint.access !== 'public') expect(statuses).toContain(401);
    }
    expect(document.components.responses['error-415-unsupported-media-type']).toBeDefined();
  });

  it('describes the session and every auth outcome that carries one, warnings included', () => {
    const document = contractOpenApi() as Document;
    const session = document.components.schemas.Session;
    expect(session.properties.warnings).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(session.properties.warnings.items.examples).toContain('breached-password');
    const ok = { $ref: '#/components/schemas/Session' };
    const bodyOf = (method: string, path: string) =>
      document.paths[path][method].responses['200'].content['application/json'].schema;
    expect(bodyOf('get', '/session').properties.session.oneOf).toContainEqual(ok);
    for (const [method, path] of [
      ['post', '/session'],
      ['post', '/session/password'],
      ['post', '/session/mfa'],
      ['post', '/session/passkey'],
    ] as const) {
      const schema = JSON.stringify(bodyOf(method, path));
      expect(schema, `${method} ${path}`).toContain('#/components/schemas/AuthOutcome');
    }
    const outcomes = document.components.schemas.AuthOutcome.oneOf as {
      properties: { status: { const: string }; session?: unknown };
    }[];
    const signedIn = outcomes.find((o) => o.properties.status.const === 'ok');
    expect(signedIn?.properties.session).toEqual(ok);
  });

  it('lists every request the fetch adapter sends (no adapter path outside the contract)', async () => {
    const folder = new URL('../http/', import.meta.url);
    const calls: string[] = [];
    for (const file of (await readdir(folder)).filter((f) => f.endsWith('.http.ts'))) {
      const source = await readFile(new URL(file, folder), 'utf8');
      for (const [, method, path] of source.matchAll(/call(?:<[^>]*>)?\(\s*'(\w+)',\s*[`'](\/[^`']*)[`']/g)) {
        calls.push(`${method} ${(path as string).replace(/\$\{segment\((\w+)\)\}/g, '{$1}')}`);
      }
    }
    expect(calls.length).toBeGreaterThan(25);
    const catalog = new Set(
      CONTRACT_ENDPOINTS.map((e) => `${e.method} ${e.path.replace(/\{\w+\}/g, '{id}')}`),
    );
    const missing = calls
      .map((call) => call.replace(/\{\w+\}/g, '{id}'))
      .filter((call) => !catalog.has(call));
    expect(missing).toEqual([]);
  });
});
