import { contractOpenApi } from '@gatehouse/flows/contract';
import type { Hono } from 'hono';
import type { GatehouseEnv } from '../context.js';

/**
 * `GET /openapi.json`: the OpenAPI 3.1 description of the REST contract this server implements, generated from the
 * flows' endpoint list and form definitions, with `servers[0].url` set to the path it answers under.
 */
export function openApiRoutes(app: Hono<GatehouseEnv>, basePath: string): void {
  // Built once: it depends on nothing but the path.
  const document = contractOpenApi({ serverUrl: basePath || '/' });
  app.get('/openapi.json', (c) => c.json(document));
}
