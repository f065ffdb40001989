import type { MiddlewareHandler } from 'hono';
import { fail } from './context.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The CSRF defences of every state-changing request (`POST`, `PUT`, `PATCH`, `DELETE`), before any handler:
 * - `415 unsupported-media-type` without `Content-Type: application/json` (even without a body), which a plain
 *   HTML form or a "simple" cross-site request cannot send without a CORS preflight (on `uploads` paths,
 *   `application/octet-stream` too, for the same reason);
 * - `403 invalid-origin` when the browser says the request comes from another origin (or from `null`): defence
 *   in depth beside `SameSite` cookies. Allowed: the request's own origin, the portal's public origin and
 *   `allowedOrigins`. A request without `Origin` (curl, server-to-server) passes: browsers always send it on
 *   these methods.
 */
export function csrfGuard(
  allowedOrigins: readonly string[],
  options: { uploads?: RegExp } = {},
): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const type = c.req.header('content-type') ?? '';
    // Uploads send the file's bytes as `application/octet-stream`: not a type a cross-site page can send without a
    // CORS preflight either, so it defends them as JSON defends the rest.
    const upload = options.uploads?.test(c.req.path) && /^application\/octet-stream\s*(;|$)/i.test(type);
    if (!upload && !/^application\/json\s*(;|$)/i.test(type)) {
      return fail(c, 415, 'unsupported-media-type');
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== new URL(c.req.url).origin && !allowed.has(origin)) {
      return fail(c, 403, 'invalid-origin');
    }
    await next();
  };
}
