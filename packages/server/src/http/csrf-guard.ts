import type { MiddlewareHandler } from 'hono';
import { fail } from './context.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The CSRF defences of every state-changing request (`POST`, `PUT`, `PATCH`, `DELETE`), before any handler:
 * - `415 unsupported-media-type` without `Content-Type: application/json` (even without a body), which a plain
 *   HTML form or a "simple" cross-site request cannot send without a CORS preflight;
 * - `403 invalid-origin` when the browser says the request comes from another origin (or from `null`): defence
 *   in depth beside `SameSite` cookies. Allowed: the request's own origin, the portal's public origin and
 *   `allowedOrigins`. A request without `Origin` (curl, server-to-server) passes: browsers always send it on
 *   these methods.
 */
export function csrfGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
      return fail(c, 415, 'unsupported-media-type');
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== new URL(c.req.url).origin && !allowed.has(origin)) {
      return fail(c, 403, 'invalid-origin');
    }
    await next();
  };
}
