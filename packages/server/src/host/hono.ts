import type { MiddlewareHandler } from 'hono';
import type { GatehouseSession, RequestLike } from './host-session.js';

/** The Hono variables {@link gatehouseSession} sets: `c.get('gatehouseSession')`. */
export interface GatehouseSessionVariables {
  gatehouseSession: GatehouseSession | null;
}

/** What the session middleware needs from the Gatehouse app (its `getSession`). */
export interface SessionSource {
  getSession(request: RequestLike): Promise<GatehouseSession | null>;
}

/**
 * Hono middleware for the host's own routes: puts the Gatehouse session (or null) on
 * `c.get('gatehouseSession')`. It never answers by itself; a route that needs a login checks for null.
 */
export function gatehouseSession(
  gatehouse: SessionSource,
): MiddlewareHandler<{ Variables: GatehouseSessionVariables }> {
  return async (c, next) => {
    c.set('gatehouseSession', await gatehouse.getSession(c.req.raw));
    await next();
  };
}
