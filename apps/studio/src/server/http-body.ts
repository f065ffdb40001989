/**
 * The studio server's request and refusal helpers: every refusal is `{ code, message }` with a 4xx status, and a
 * body is only read from JSON requests of the studio's own page (same `Origin`), at most 2 MB.
 */
import type { Context } from 'hono';

/** Largest request body accepted (a definition with its texts is far smaller). */
export const MAX_BODY = 2_000_000;

/** A 4xx answer `{ code, message }`. */
export const refuse = (
  c: Context,
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 502,
  code: string,
  message: string,
) => c.json({ code, message }, status);

/** The JSON body of a write, or a refusal (wrong origin, wrong type, too big, broken JSON). */
export async function jsonBody(
  c: Context,
): Promise<{ body: Record<string, unknown> } | { response: Response }> {
  const origin = c.req.header('origin');
  const own = new URL(c.req.url).origin;
  if (origin !== undefined && origin !== own)
    return { response: refuse(c, 403, 'foreign-origin', 'Only the studio page itself may send this.') };
  if (!(c.req.header('content-type') ?? '').startsWith('application/json'))
    return { response: refuse(c, 415, 'not-json', 'Send the request as application/json.') };
  const text = await c.req.text();
  if (text.length > MAX_BODY) return { response: refuse(c, 413, 'too-large', 'The request is too large.') };
  try {
    const body = JSON.parse(text) as unknown;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return { body: body as Record<string, unknown> };
  } catch {
    return { response: refuse(c, 400, 'broken-json', 'The request body is not a JSON object.') };
  }
}
