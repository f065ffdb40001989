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

/** What a body parser (`express.json()`, body-parser) passes to `next` when it refuses a body. */
interface BodyParserError {
  type?: unknown;
  status?: unknown;
  /** The raw text of a body that is not JSON (`entity.parse.failed`). */
  body?: unknown;
}

/** The contract's error answer for a body the host's parser refused before Gatehouse saw it. */
function refuseBody(res: ServerResponse, status: number): void {
  const code =
    status === 413 ? 'payload-too-large' : status === 415 ? 'unsupported-media-type' : 'invalid-request';
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: { code } }));
}

/**
 * Express middleware that serves the Gatehouse API: `app.use('/api/gatehouse', gatehouseExpress(gatehouse))`
 * with `basePath: '/api/gatehouse'`. It restores the path Express strips at the mount point and, when a body
 * parser (a global `express.json()`) already read the body, hands that body on instead of the empty stream. The
 * one thing to know: it is a pair (handler, error handler), because a body the host's parser refuses must still
 * get the contract's answer: broken JSON goes to Gatehouse as it came (400 with an `invalid-json` issue), a body
 * over the parser's limit answers 413 `payload-too-large`, not the framework's HTML error page.
 */
export function gatehouseExpress(gatehouse: FetchHandler) {
  const listener = getRequestListener((request, env) => gatehouse.fetch(request, env));
  const serve = (req: ExpressLikeRequest, res: ServerResponse, next: ExpressNext, body?: Buffer) => {
    if (req.originalUrl) req.url = req.originalUrl;
    const read = body ?? consumedBody(req);
    if (read) req.rawBody = read;
    listener(req, res).catch(next);
  };
  return [
    function gatehouseHandler(req: ExpressLikeRequest, res: ServerResponse, next: ExpressNext): void {
      serve(req, res, next);
    },
    function gatehouseBodyErrors(
      error: unknown,
      req: ExpressLikeRequest,
      res: ServerResponse,
      next: ExpressNext,
    ): void {
      const refused = error as BodyParserError | null;
      const status = typeof refused?.status === 'number' ? refused.status : 0;
      // Only a body parser's refusals (they carry a `type` such as entity.parse.failed) are ours to answer.
      if (typeof refused?.type !== 'string' || status < 400 || status >= 500) next(error);
      else if (refused.type === 'entity.parse.failed' && typeof refused.body === 'string') {
        serve(req, res, next, Buffer.from(refused.body, 'utf8'));
      } else refuseBody(res, status);
    },
  ];
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
