import { flowDefinition } from '../definitions/definitions.js';
import { CONTRACT_ENDPOINTS, type Endpoint, type FormBody } from './endpoints.js';
import { SESSION_LIST_COMPONENTS } from './session-list-schema.js';
import { SESSION_COMPONENTS } from './session-schemas.js';

/** Options of {@link contractOpenApi}. */
export interface OpenApiOptions {
  /** `servers[0].url`: where the contract is served, e.g. `/api/gatehouse` or `https://portal.example/api`. */
  serverUrl?: string;
  /** `info.version` (default: the flows package's contract version). */
  version?: string;
}

/** A JSON Schema object as the form definitions hold it. */
type Schema = Record<string, unknown>;

/** The version of the contract described; changes when an endpoint, body or code changes. */
export const CONTRACT_VERSION = '1.0.0';

const ERROR_SCHEMA: Schema = {
  type: 'object',
  description:
    'Every non-2xx answer. `issues` only for invalid-request (422, or 400 when malformed); `until` only for locked; `retryAfter` (seconds, also the Retry-After header) only for rate-limited and unavailable.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code'],
      properties: {
        code: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
        message: { type: 'string' },
        issues: { type: 'array', items: { $ref: '#/components/schemas/Issue' } },
        until: { type: 'string', format: 'date-time' },
        retryAfter: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

const ISSUE_SCHEMA: Schema = {
  type: 'object',
  description:
    'One finding: the JSON Pointer of the field, a stable code (kebab-case, or the JSON Schema keyword the value failed: maxLength, pattern, …) and its parameters.',
  required: ['path', 'code'],
  properties: {
    path: { type: 'string', description: 'JSON Pointer (RFC 6901); "" for the body as a whole' },
    code: { type: 'string', pattern: '^[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*$' },
    params: { type: 'object' },
  },
};

/** Statuses every endpoint may answer by the contract's conventions, beside its own. */
const SHARED_ERRORS: Readonly<Record<number, readonly string[]>> = {
  503: ['unavailable'],
};
const BODY_ERRORS: Readonly<Record<number, readonly string[]>> = {
  400: ['invalid-request'],
  403: ['invalid-origin'],
  413: ['payload-too-large'],
  415: ['unsupported-media-type'],
};

/** The form's schema without `$schema`/`$id` (the document names the dialect once) and without `omit`ted members. */
export function formBodySchema(body: FormBody): Schema {
  const { $schema: _dialect, $id: _id, ...schema } = flowDefinition(body.form).schema as Schema;
  const properties = { ...(schema.properties as Record<string, Schema>) };
  for (const name of body.omit ?? []) delete properties[name];
  Object.assign(properties, body.extra ?? {});
  const required = [
    ...((schema.required as string[] | undefined) ?? []).filter((name) => !body.omit?.includes(name)),
    ...(body.extraRequired ?? []),
  ];
  // The API drops members the form does not declare instead of refusing them: say so, not `false`.
  const { additionalProperties: _strict, ...rest } = schema;
  return { ...rest, properties, ...(required.length ? { required } : {}) };
}

/** `components.schemas` name of a form body: `registration` → `RegistrationBody`. */
const bodyName = (endpoint: Endpoint, body: FormBody) => {
  const base = body.form.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());
  return body.omit || body.extra
    ? `${base}${endpoint.operationId[0]?.toUpperCase()}${endpoint.operationId.slice(1)}Body`
    : `${base}Body`;
};

/** Rewrites `#/$defs/<def>` references inside a form body to the components it was moved to. */
function relocateRefs(node: unknown, name: string): unknown {
  if (Array.isArray(node)) return node.map((item) => relocateRefs(item, name));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')
        ? [key, `#/components/schemas/${name}.${value.slice('#/$defs/'.length)}`]
        : [key, relocateRefs(value, name)],
    ),
  );
}

const isFormBody = (body: Endpoint['body']): body is FormBody => body !== undefined && 'form' in body;

/** Merges code lists per status (the endpoint's own first). */
function mergeErrors(...lists: Readonly<Record<number, readonly string[]>>[]): Map<number, string[]> {
  const merged = new Map<number, string[]>();
  for (const list of lists) {
    for (const [status, codes] of Object.entries(list)) {
      const known = merged.get(Number(status)) ?? [];
      merged.set(Number(status), [...known, ...codes.filter((c) => !known.includes(c))]);
    }
  }
  return new Map([...merged].sort(([a], [b]) => a - b));
}

function security(endpoint: Endpoint): Schema[] {
  if (endpoint.access === 'public') return [];
  if (endpoint.access === 'pending') return [{ pendingCookie: [] }];
  return [{ sessionCookie: [] }];
}

function operation(
  endpoint: Endpoint,
  schemas: Record<string, Schema>,
  errorResponses: Record<string, Schema>,
): Schema {
  const stateChanging = endpoint.method !== 'GET';
  const authErrors: Record<number, string[]> =
    endpoint.access === 'public' ? {} : { 401: ['unauthenticated'] };
  if (typeof endpoint.access === 'object') authErrors[403] = ['forbidden'];
  const errors = mergeErrors(endpoint.errors, authErrors, stateChanging ? BODY_ERRORS : {}, SHARED_ERRORS);
  const { status, description, schema: answer } = endpoint.success;
  const responses: Record<string, Schema> = {
    [status]: { description, ...(answer ? { content: { 'application/json': { schema: answer } } } : {}) },
  };
  for (const [status, codes] of errors) {
    const name = `error-${status}-${codes.join('-or-')}`;
    responses[status] = { $ref: `#/components/responses/${name}` };
    errorResponses[name] ??= {
      description: `error: ${codes.join(', ')}`,
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Error' },
              { properties: { error: { properties: { code: { enum: codes } } } } },
            ],
          },
        },
      },
    };
  }
  const parameters = [
    ...[...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...Object.entries(endpoint.query ?? {}).map(([name, schema]) => ({ name, in: 'query', schema })),
  ];
  const op: Schema = {
    operationId: endpoint.operationId,
    tags: [endpoint.flow],
    summary: endpoint.summary,
    ...(parameters.length ? { parameters } : {}),
    responses,
    security: security(endpoint),
    'x-gatehouse-access':
      typeof endpoint.access === 'object' ? `permission:${endpoint.access.permission}` : endpoint.access,
    ...(endpoint.enumerationSafe ? { 'x-gatehouse-enumeration-safe': true } : {}),
  };
  if (stateChanging) {
    let schema: Schema = { type: 'object' };
    if (isFormBody(endpoint.body)) {
      const name = bodyName(endpoint, endpoint.body);
      const { $defs, ...body } = formBodySchema(endpoint.body);
      // A form's own `$defs` (`#/$defs/serial`) become components, or the document could not resolve them.
      for (const [def, sub] of Object.entries(($defs ?? {}) as Record<string, Schema>))
        schemas[`${name}.${def}`] = sub;
      schemas[name] = relocateRefs({ ...body, 'x-gatehouse-form': endpoint.body.form }, name) as Schema;
      schema = { $ref: `#/components/schemas/${name}` };
    } else if (endpoint.body) schema = endpoint.body.schema as Schema;
    // Every state-changing request carries a JSON body (bodiless ones `{}` or none, always the JSON content type).
    op.requestBody = { required: endpoint.body !== undefined, content: { 'application/json': { schema } } };
  }
  return op;
}

/**
 * The OpenAPI 3.1 description of the REST contract, built from {@link CONTRACT_ENDPOINTS} and the flows' own form
 * definitions (each form-checked body is the form's JSON Schema, so the description cannot drift from what the
 * browser and the server validate). The one thing to know: the conventions (415 without JSON, 403 for a foreign
 * `Origin`, 413 over the body limit, the error shape) appear on every state-changing operation.
 */
export function contractOpenApi(options: OpenApiOptions = {}): Schema {
  const schemas: Record<string, Schema> = {
    Error: ERROR_SCHEMA,
    Issue: ISSUE_SCHEMA,
    ...SESSION_COMPONENTS,
    ...SESSION_LIST_COMPONENTS,
  };
  // Error answers repeat across endpoints: each status with its codes is written once.
  const errorResponses: Record<string, Schema> = {};
  const paths: Record<string, Record<string, Schema>> = {};
  for (const endpoint of CONTRACT_ENDPOINTS) {
    paths[endpoint.path] ??= {};
    (paths[endpoint.path] as Record<string, Schema>)[endpoint.method.toLowerCase()] = operation(
      endpoint,
      schemas,
      errorResponses,
    );
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Gatehouse REST contract',
      version: options.version ?? CONTRACT_VERSION,
      summary: 'What the flows’ fetch adapter (@gatehouse/flows/http) speaks and a backend implements.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: options.serverUrl ?? '/api/gatehouse' }],
    tags: [...new Set(CONTRACT_ENDPOINTS.map((e) => e.flow))].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      responses: errorResponses,
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'gatehouse_session',
          description: 'HttpOnly, SameSite=Lax: the portal session',
        },
        pendingCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'gatehouse_pending',
          description:
            'HttpOnly, SameSite=Strict, 10 min: a login waiting for its password change or second factor',
        },
      },
    },
  };
}
