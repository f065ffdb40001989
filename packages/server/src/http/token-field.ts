import type { FlowIssue } from '@gatehouse/flows';
import type { Context } from 'hono';
import { readJson, rejectBody } from './body.js';

/** The longest link token the API reads; the tokens it mints are 43 characters (32 random bytes, base64url). */
export const MAX_TOKEN_LENGTH = 200;

/**
 * What is wrong with the `token` of a request body that carries a link's token (registration and e-mail change
 * confirmation, invitation preview and acceptance), one answer for all of them: missing or empty is `required`,
 * not a string is `type`, longer than any token the server mints is `maxLength`. An empty list: read it as a token.
 */
export function tokenIssues(token: unknown): FlowIssue[] {
  if (token === undefined || token === null || token === '')
    return [{ path: '/token', code: 'required', params: {} }];
  if (typeof token !== 'string') return [{ path: '/token', code: 'type', params: { type: 'string' } }];
  if (token.length > MAX_TOKEN_LENGTH)
    return [{ path: '/token', code: 'maxLength', params: { max: MAX_TOKEN_LENGTH } }];
  return [];
}

/** The single-use token of a link, read from the JSON body as every link's token is read, else a 422 naming it. */
export async function readLinkToken(
  c: Context,
  limit: number,
): Promise<{ ok: true; token: string } | { ok: false; response: Response }> {
  const body = await readJson(c, limit);
  if (!body.ok) return body;
  const token = body.value.token;
  const issues = tokenIssues(token);
  if (typeof token === 'string' && issues.length === 0) return { ok: true, token };
  return { ok: false, response: rejectBody(c, issues) };
}
