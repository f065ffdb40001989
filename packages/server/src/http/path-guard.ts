import type { MiddlewareHandler } from 'hono';
import { fail } from './context.js';
import { forbiddenCharacter } from './json-hygiene.js';

/**
 * Answers 404 `not-found` for a path whose decoded form is not well-formed UTF-8 or holds a character no id has
 * (a NUL byte, a control or directional character): such an id cannot exist, and handing it to the database
 * would fail there (Postgres refuses NUL in text) instead of here.
 */
export function pathGuard(): MiddlewareHandler {
  return async (c, next) => {
    const raw = new URL(c.req.url).pathname;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return fail(c, 404, 'not-found');
    }
    if (forbiddenCharacter(decoded)) return fail(c, 404, 'not-found');
    await next();
  };
}
