import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { SessionSource } from './hono.js';
import type { GatehouseSession } from './host-session.js';

/**
 * The parts of an Express (4 or 5) request the adapters read; Express's own `Request` fits. `originalUrl` is
 * the path before Express stripped the mount path, `body` what a body parser such as `express.json()` left.
 */
export interface ExpressLikeRequest extends IncomingMessage {
  originalUrl?: string;
  body?: unknown;
  /** Where {@link gatehouseExpressSession} puts the session. */
  gatehouseSession?: GatehouseSession | null;
  /** A body the stream no longer holds; @hono/node-server reads it from here. */
  rawBody?: Buffer;
}

/** The parts of an Express response the adapters use. */
export interface ExpressLikeResponse extends ServerResponse {
  locals?: Record<string, unknown>;
}

/** Express's `next`. */
export type ExpressNext = (error?: unknown) => void;

/** Something that answers Gatehouse requests through the fetch API (the app `createGatehouseServer` returns). */
export interface FetchHandler {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

/**
 * The body a body parser already read from the stream, as bytes again; undefined while the stream still holds it.
 * `express.json()` leaves an object, `express.text()` a string, `express.raw()` a Buffer.
 */
export function consumedBody(request: ExpressLikeRequest): Buffer | undefined {
  if (!request.readableEnded || request.body === undefined) return undefined;
  const { body } = request;
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  return Buffer.from(JSON.stringify(body), 'utf8');
}

/**
 * Express middleware that serves the Gatehouse API: `app.use('/api/gatehouse', gatehouseExpress(gatehouse))`
 * with `basePath: '/api/gatehouse'`. It restores the path Express strips at the mount point and, when a body
 * parser (a global `express.json()`) already read the body, hands that body on instead of the empty stream.
 */
export function gatehouseExpress(gatehouse: FetchHandler) {
  const listener = getRequestListener((request, env) => gatehouse.fetch(request, env));
  return function gatehouseHandler(req: ExpressLikeRequest, res: ServerResponse, next: ExpressNext): void {
    if (req.originalUrl) req.url = req.originalUrl;
    const body = consumedBody(req);
    if (body) req.rawBody = body;
    listener(req, res).catch(next);
  };
}

/**
 * Express middleware for the host's own routes: puts the Gatehouse session (or null) on `req.gatehouseSession`
 * and `res.locals.gatehouseSession`. It never answers by itself; a route that needs a login checks for null.
 */
export function gatehouseExpressSession(gatehouse: SessionSource) {
  return function gatehouseSessionHandler(
    req: ExpressLikeRequest,
    res: ExpressLikeResponse,
    next: ExpressNext,
  ): void {
    gatehouse.getSession(req).then((session) => {
      req.gatehouseSession = session;
      if (res.locals) res.locals.gatehouseSession = session;
      next();
    }, next);
  };
}
