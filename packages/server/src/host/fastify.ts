import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { FetchHandler } from './express.js';

/** The parts of a Fastify instance the plugin uses; Fastify 5's instance fits. */
export interface FastifyLikeInstance {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    contentType: string,
    parser: (request: unknown, payload: unknown, done: (error: Error | null, body?: unknown) => void) => void,
  ): void;
  all(
    path: string,
    handler: (
      request: { raw: IncomingMessage },
      reply: { raw: ServerResponse; hijack(): void },
    ) => Promise<void>,
  ): unknown;
}

/**
 * A Fastify plugin that serves the Gatehouse API:
 * `await app.register(gatehouseFastify(gatehouse), { prefix: '/api/gatehouse' })` with the same `basePath`.
 * Inside the plugin's own scope no body parser runs, so the Gatehouse app reads and limits each body itself;
 * the host's other routes keep their parsers.
 */
export function gatehouseFastify(gatehouse: FetchHandler) {
  const listener = getRequestListener((request, env) => gatehouse.fetch(request, env));
  return async function gatehousePlugin(fastify: FastifyLikeInstance): Promise<void> {
    fastify.removeAllContentTypeParsers();
    // Leave the stream unread: the Gatehouse app applies its own 415/413/400 answers.
    fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const handler = async (
      request: { raw: IncomingMessage },
      reply: { raw: ServerResponse; hijack(): void },
    ) => {
      reply.hijack();
      await listener(request.raw, reply.raw);
    };
    fastify.all('/', handler);
    fastify.all('/*', handler);
  };
}
