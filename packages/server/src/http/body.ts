import type { FlowForm, FlowIssue } from '@gatehouse/flows';
import { flowDefinition } from '@gatehouse/flows/definitions';
import type { ValidateOptions } from '@gatehouse/forms';
import type { Context } from 'hono';
import { fail } from './context.js';
import { inspectJson, MAX_JSON_DEPTH } from './json-hygiene.js';

/** Bodies larger than this are refused with 413 before they are parsed (64 KiB: the RMA form's 5000-character description fits many times). */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

type JsonSchemaNode = { type?: unknown; properties?: Record<string, JsonSchemaNode>; items?: JsonSchemaNode };

/**
 * Removes object members the schema does not declare, recursively, so an extra field (`isAdmin: true`) is
 * dropped instead of failing the form or reaching the database.
 */
export function dropUnknown(schema: JsonSchemaNode | undefined, value: unknown): unknown {
  if (!schema || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value))
    return schema.items ? value.map((item) => dropUnknown(schema.items, item)) : value;
  if (!schema.properties) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(schema.properties)) {
    if (Object.hasOwn(value, key)) out[key] = dropUnknown(sub, (value as Record<string, unknown>)[key]);
  }
  return out;
}

/** Result of {@link readJson}: the parsed object, or the response to send. */
export type BodyResult<T> =
  | { ok: true; value: T; raw?: Record<string, unknown> }
  | { ok: false; response: Response };

/**
 * Reads a state-changing request's JSON body: 415 without `application/json`, 413 over `limit` bytes, 400
 * `invalid-request` for broken JSON, a non-object or nesting deeper than {@link MAX_JSON_DEPTH} (the request is
 * malformed, not the data), 422 `invalid-characters` issues for text no field may hold (`json-hygiene.ts`). Unknown members
 * are not removed here (see {@link readForm}).
 */
export async function readJson(c: Context, limit: number): Promise<BodyResult<Record<string, unknown>>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, response: fail(c, 415, 'unsupported-media-type') };
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) return { ok: false, response: fail(c, 413, 'payload-too-large') };
  // The declared length can lie (chunked bodies): count what actually arrives.
  const buffer = await c.req.arrayBuffer();
  if (buffer.byteLength > limit) return { ok: false, response: fail(c, 413, 'payload-too-large') };
  let parsed: unknown;
  try {
    parsed =
      buffer.byteLength === 0 ? {} : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buffer));
  } catch {
    return malformed(c, [{ path: '', code: 'invalid-json', params: {} }]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return malformed(c, [{ path: '', code: 'type', params: { type: 'object' } }]);
  }
  const inspection = inspectJson(parsed);
  if (!inspection.ok) {
    return 'tooDeep' in inspection
      ? malformed(c, [{ path: '', code: 'too-deep', params: { max: MAX_JSON_DEPTH } }])
      : invalid(c, inspection.issues);
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}

/** Only the public members of an issue reach the response (no messages, no internal fields). */
const publicIssues = (issues: readonly FlowIssue[]) =>
  issues.map(({ path, code, params }) => ({ path, code, params: params ?? {} }));

/**
 * The contract's 422 `invalid-request`: the body is a well-formed JSON object but its data fails the form
 * (or a check beside it); `issues` carry the same paths and codes the browser shows.
 */
export function rejectBody(c: Context, issues: readonly FlowIssue[]): Response {
  return fail(c, 422, 'invalid-request', { issues: publicIssues(issues) });
}

/** {@link rejectBody} as a {@link BodyResult}. */
export function invalid<T>(c: Context, issues: readonly FlowIssue[]): BodyResult<T> {
  return { ok: false, response: rejectBody(c, issues) };
}

/**
 * The contract's 400 `invalid-request`: the request itself is malformed (broken JSON, not an object, a bad
 * query parameter), so there is no form data to check.
 */
export function malformedRequest(c: Context, issues: readonly FlowIssue[]): Response {
  return fail(c, 400, 'invalid-request', { issues: publicIssues(issues) });
}

/**
 * The issues about what the client sent: those on members `prepare` added (a repeat-the-password field the API
 * does not have) name a pointer the client never used, so they are left out while any other issue remains.
 */
function onSentMembers(
  issues: readonly FlowIssue[],
  sent: Record<string, unknown>,
  prepared: Record<string, unknown>,
): readonly FlowIssue[] {
  const added = Object.keys(prepared).filter((name) => !Object.hasOwn(sent, name));
  const own = issues.filter(
    (issue) => !added.some((name) => issue.path === `/${name}` || issue.path.startsWith(`/${name}/`)),
  );
  return own.length > 0 ? own : issues;
}

function malformed<T>(c: Context, issues: readonly FlowIssue[]): BodyResult<T> {
  return { ok: false, response: malformedRequest(c, issues) };
}

/**
 * Reads the body and validates it with the same compiled form the browser used: members the form's definition
 * (`flowDefinition(form.id)`, server-only) does not declare are dropped, then every issue of the form at once
 * (422 `invalid-request`, issue codes exactly as in the browser). `form` must be a flow form: another id throws
 * `GatehouseError` `unknown-form`.
 * `prepare` may adapt the contract's body to the form (e.g. fill a confirmation field the API does not send);
 * `options.subject` gives the rules facts about the person (the password rule's context words).
 */
export async function readForm<T = Record<string, unknown>>(
  c: Context,
  form: FlowForm,
  limit: number,
  prepare: (body: Record<string, unknown>) => Record<string, unknown> = (body) => body,
  options?: ValidateOptions,
): Promise<BodyResult<T>> {
  const body = await readJson(c, limit);
  if (!body.ok) return body;
  const cleaned = dropUnknown(flowDefinition(form.id).schema as JsonSchemaNode, body.value) as Record<
    string,
    unknown
  >;
  const prepared = prepare(cleaned);
  const result = form.validate(prepared, options);
  if (!result.ok) return invalid(c, onSentMembers(result.issues, cleaned, prepared));
  return { ok: true, value: result.value as T, raw: body.value };
}
