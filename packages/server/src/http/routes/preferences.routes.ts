import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { readJson, rejectBody } from '../body.js';
import type { GatehouseEnv, ServerContext } from '../context.js';
import { knownLocale, LOCALE_COOKIE } from '../locale.js';
import { requireSession } from '../session.js';

/** A year: the language choice outlives sessions (it holds nothing secret). */
const LOCALE_COOKIE_SECONDS = 365 * 24 * 3600;

/**
 * The signed-in user's own preferences: `PUT /preferences { locale: "en" | "de" }` stores the language for the
 * portal's pages and every message to the user, and sets the language cookie so the pages follow at once.
 */
export function preferenceRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext, limit: number): void {
  app.put('/preferences', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const locale = knownLocale(body.value.locale);
    if (!locale) return rejectBody(c, [{ path: '/locale', code: 'enum', params: { allowed: ['en', 'de'] } }]);
    await ctx.db.query('UPDATE accounts SET locale = $2 WHERE id = $1', [c.get('account').id, locale]);
    setCookie(c, LOCALE_COOKIE, locale, {
      path: '/',
      sameSite: 'Lax',
      maxAge: LOCALE_COOKIE_SECONDS,
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.json({ locale });
  });
}
