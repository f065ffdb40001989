import { flowDefinition } from '../definitions/definitions.js';
import { CONTRACT_ENDPOINTS, type Endpoint, type FormBody } from './endpoints.js';
import { errorCode, errorShapeProblems, issueKeys } from './error-shape.js';
import { FLOW_FORMS } from './flow-forms.js';
import { formBodySchema } from './openapi.js';
import type { ProbeAnswer, ProbeRequest } from './probe.js';

/** What a check may do: send a request to the backend under test. */
export interface CheckContext {
  send(request: ProbeRequest): Promise<ProbeAnswer>;
  /** The backend's body limit in bytes (the contract's default is 64 KiB). */
  bodyLimit: number;
}

/** One conformance check: a name a developer can act on, and the problems found (none: it passed). */
export interface ContractCheck {
  name: string;
  run(context: CheckContext): Promise<string[]>;
}

/** Path parameters are filled with an id no backend holds. */
export const UNKNOWN_ID = 'contract-check-unknown';
const JSON_TYPE = { 'content-type': 'application/json' };
const FOREIGN_ORIGIN = 'https://contract-check.invalid';

const fill = (endpoint: Endpoint) => endpoint.path.replace(/\{\w+\}/g, UNKNOWN_ID);
const label = (endpoint: Endpoint) => `${endpoint.method} ${endpoint.path}`;
const isFormBody = (body: Endpoint['body']): body is FormBody => body !== undefined && 'form' in body;

/** Problems of an answer that must be `status` with error `code` (and the contract's error shape). */
export function expectError(answer: ProbeAnswer, status: number, code: string): string[] {
  const problems: string[] = [];
  if (answer.status !== status || errorCode(answer) !== code)
    problems.push(
      `expected ${status} ${code}, got ${answer.status} ${String(errorCode(answer) ?? answer.text.slice(0, 80))}`,
    );
  return answer.status >= 400 ? [...problems, ...errorShapeProblems(answer)] : problems;
}

/**
 * The issues (`path code`, sorted) a backend must answer for `data` sent to a form-checked endpoint: the flow form's
 * own validation of the body as a backend sees it (members the form does not declare dropped, `echo` members
 * filled), without issues on members the API does not send, plus `required` for missing `extraRequired` members.
 */
export function expectedIssues(body: FormBody, data: Record<string, unknown>): string[] {
  const form = FLOW_FORMS.get(body.form);
  if (!form) throw new Error(`no flow form "${body.form}"`);
  const declared = Object.keys(
    (flowDefinition(body.form).schema as { properties?: object }).properties ?? {},
  );
  const seen: Record<string, unknown> = {};
  for (const name of declared) if (Object.hasOwn(data, name)) seen[name] = data[name];
  for (const [to, from] of Object.entries(body.echo ?? {}))
    if (Object.hasOwn(data, from)) seen[to] = data[from];
  const result = form.validate(seen);
  const omitted = (path: string) =>
    body.omit?.some((name) => path === `/${name}` || path.startsWith(`/${name}/`));
  const keys = result.ok
    ? []
    : result.issues.filter((i) => !omitted(i.path)).map((i) => `${i.path} ${i.code}`);
  for (const name of body.extraRequired ?? []) if (!Object.hasOwn(data, name)) keys.push(`/${name} required`);
  return keys.sort();
}

/** Problems of a 422 answer whose issues must be exactly `expected`. */
function expectIssues(answer: ProbeAnswer, expected: string[]): string[] {
  const problems = expectError(answer, 422, 'invalid-request');
  const got = issueKeys(answer);
  if (got.join('|') !== expected.join('|'))
    problems.push(`issues differ: expected [${expected.join(', ')}], got [${got.join(', ')}]`);
  return problems;
}

/** 415 without the JSON content type and 403 for a foreign `Origin`: the CSRF rules, before any other check. */
function csrfChecks(endpoint: Endpoint): ContractCheck[] {
  return [
    {
      name: `415 ${label(endpoint)} without a JSON content type`,
      run: async ({ send }) =>
        expectError(
          await send({
            method: endpoint.method,
            path: fill(endpoint),
            headers: { 'content-type': 'text/plain' },
            body: '{}',
          }),
          415,
          'unsupported-media-type',
        ),
    },
    {
      name: `403 ${label(endpoint)} from a foreign Origin`,
      run: async ({ send }) =>
        expectError(
          await send({
            method: endpoint.method,
            path: fill(endpoint),
            headers: { ...JSON_TYPE, origin: FOREIGN_ORIGIN },
            body: '{}',
          }),
          403,
          'invalid-origin',
        ),
    },
  ];
}

/** 401 `unauthenticated` without a session (or a pending login) for every endpoint that needs one. */
function accessCheck(endpoint: Endpoint): ContractCheck {
  const stateChanging = endpoint.method !== 'GET';
  return {
    name: `401 ${label(endpoint)} without a session`,
    run: async ({ send }) =>
      expectError(
        await send({
          method: endpoint.method,
          path: fill(endpoint),
          ...(stateChanging ? { headers: JSON_TYPE, body: '{}' } : {}),
        }),
        401,
        'unauthenticated',
      ),
  };
}

/** The string members of a body with a `maxLength`: each gets one value a character too long. */
function boundedMembers(body: FormBody): [string, number][] {
  const properties = (formBodySchema(body).properties ?? {}) as Record<
    string,
    { type?: string; maxLength?: number }
  >;
  return Object.entries(properties)
    .filter(
      ([name, schema]) =>
        schema.type === 'string' && typeof schema.maxLength === 'number' && !body.extra?.[name],
    )
    .map(([name, schema]) => [name, schema.maxLength as number]);
}

/** For a public form-checked endpoint: field pointers and codes, bounds, malformed bodies, the body limit. */
function bodyChecks(endpoint: Endpoint, body: FormBody): ContractCheck[] {
  const post = (send: CheckContext['send'], text: string) =>
    send({ method: endpoint.method, path: fill(endpoint), headers: JSON_TYPE, body: text });
  return [
    {
      name: `422 ${label(endpoint)} with {}: an issue per required field, as the ${body.form} form says`,
      run: async ({ send }) => expectIssues(await post(send, '{}'), expectedIssues(body, {})),
    },
    ...boundedMembers(body).map(
      ([name, max]): ContractCheck => ({
        name: `422 ${label(endpoint)} with /${name} one character over its ${max}`,
        run: async ({ send }) => {
          const data = { [name]: 'a'.repeat(max + 1) };
          return expectIssues(await post(send, JSON.stringify(data)), expectedIssues(body, data));
        },
      }),
    ),
    {
      name: `400 ${label(endpoint)} with broken JSON: issue "" invalid-json`,
      run: async ({ send }) => {
        const answer = await post(send, '{"email": ');
        const problems = expectError(answer, 400, 'invalid-request');
        if (!issueKeys(answer).includes(' invalid-json'))
          problems.push(`no issue "" invalid-json: ${answer.text.slice(0, 120)}`);
        return problems;
      },
    },
    {
      name: `400 ${label(endpoint)} with a JSON array instead of an object`,
      run: async ({ send }) => expectError(await post(send, '[]'), 400, 'invalid-request'),
    },
    {
      name: `413 ${label(endpoint)} with a body over the limit`,
      run: async ({ send, bodyLimit }) =>
        expectError(
          await post(send, JSON.stringify({ pad: 'a'.repeat(bodyLimit + 1) })),
          413,
          'payload-too-large',
        ),
    },
  ];
}

/** Checks that need no endpoint list: the logged-out session, unknown ids and tokens, enumeration safety. */
const FIXED_CHECKS: readonly ContractCheck[] = [
  {
    name: '200 GET /session without a cookie answers { "session": null }',
    run: async ({ send }) => {
      const answer = await send({ method: 'GET', path: '/session' });
      return answer.status === 200 && JSON.stringify(answer.json) === '{"session":null}'
        ? []
        : [`expected 200 {"session":null}, got ${answer.status} ${answer.text.slice(0, 120)}`];
    },
  },
  {
    name: '404 GET /registrations/{id} for an unknown id',
    run: async ({ send }) =>
      expectError(await send({ method: 'GET', path: `/registrations/${UNKNOWN_ID}` }), 404, 'not-found'),
  },
  {
    name: '400 POST /registrations/confirm with an unknown token',
    run: async ({ send }) =>
      expectError(
        await send({
          method: 'POST',
          path: '/registrations/confirm',
          headers: JSON_TYPE,
          body: JSON.stringify({ token: 'A'.repeat(43) }),
        }),
        400,
        'invalid-token',
      ),
  },
  {
    name: '401 POST /session for an unknown e-mail: invalid-credentials, never "no such account"',
    run: async ({ send }) =>
      expectError(
        await send({
          method: 'POST',
          path: '/session',
          headers: JSON_TYPE,
          body: JSON.stringify({ email: unknownAddress(), password: 'not the password of anyone here' }),
        }),
        401,
        'invalid-credentials',
      ),
  },
  {
    name: '202 POST /password-reset answers two unknown addresses byte for byte alike',
    run: async ({ send }) => {
      const ask = () =>
        send({
          method: 'POST',
          path: '/password-reset',
          headers: JSON_TYPE,
          body: JSON.stringify({ email: unknownAddress() }),
        });
      const [first, second] = [await ask(), await ask()];
      if (first.status !== 202) return [`expected 202, got ${first.status} ${first.text.slice(0, 120)}`];
      return first.status === second.status && first.text === second.text
        ? []
        : [`answers differ: ${first.status} ${first.text} / ${second.status} ${second.text}`];
    },
  },
];

/** An address at a real-looking business domain that no backend holds (a fresh one each time). */
function unknownAddress(): string {
  return `nobody.${Math.random().toString(36).slice(2, 10)}@contract-check-gatehouse.com`;
}

/**
 * Every conformance check, generated from the contract's endpoint list and the flow forms: the CSRF rules on every
 * state-changing endpoint, 401 on every endpoint that needs a login, the form checks on every public form-checked
 * endpoint, then the fixed checks. The one thing to know: none needs an account, so it runs against any backend.
 */
export function contractChecks(endpoints: readonly Endpoint[] = CONTRACT_ENDPOINTS): ContractCheck[] {
  const checks: ContractCheck[] = [];
  for (const endpoint of endpoints) {
    if (endpoint.method !== 'GET') checks.push(...csrfChecks(endpoint));
    if (endpoint.access !== 'public') checks.push(accessCheck(endpoint));
    else if (isFormBody(endpoint.body)) checks.push(...bodyChecks(endpoint, endpoint.body));
  }
  return [...checks, ...FIXED_CHECKS];
}
