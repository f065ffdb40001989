import type { MiddlewareHandler } from 'hono';

/** One year, the usual HSTS lifetime; no `includeSubDomains`, which is the host's decision, not ours. */
const HSTS = 'max-age=31536000';

/**
 * Headers every answer gets, API and pages alike: `X-Content-Type-Options: nosniff` (a browser must not run an
 * upload or an error page as script), and `Strict-Transport-Security` when the request came over https — directly,
 * or as `X-Forwarded-Proto: https` from a proxy in `trustProxy` — never over plain http, where it means nothing.
 */
export function securityHeaders(options: { trustProxy?: boolean | number } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    const https =
      new URL(c.req.url).protocol === 'https:' ||
      (Boolean(options.trustProxy) && c.req.header('x-forwarded-proto') === 'https');
    if (https) c.header('Strict-Transport-Security', HSTS);
  };
}
