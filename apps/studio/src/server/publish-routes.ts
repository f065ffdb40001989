/**
 * `/api/publish/*` of the studio server: sign in to a Gatehouse server as a form editor, publish the definition
 * being edited (lint first: any problem blocks it, as the server's own check would), list the published
 * versions, read one (for the diff) and restore one. Without a configured server every call says how to set one.
 */
import { Hono } from 'hono';
import { lintForStudio } from './check-definition.js';
import type { ApiAnswer, GatehouseClient } from './gatehouse-client.js';
import { jsonBody, refuse } from './http-body.js';

const FORM_ID = /^[a-z][a-z0-9-]{0,63}$/;
const VERSION = /^[1-9][0-9]{0,8}$/;

/** The sentence of an API error body, for the studio's status line. */
function explain(answer: ApiAnswer): string {
  const error = (answer.body?.error ?? {}) as { code?: string; message?: string };
  if (error.code === 'invalid-credentials') return 'The e-mail address or the password is wrong.';
  if (error.code === 'locked') return 'Too many failed attempts: the account is locked for a while.';
  if (answer.status === 401)
    return 'You are not signed in to the Gatehouse server (or the session ended); sign in again.';
  if (answer.status === 403) return 'This account may not publish forms: it needs the role Form editor.';
  return (
    error.message ?? `The Gatehouse server answered ${answer.status}${error.code ? ` (${error.code})` : ''}.`
  );
}

/** The routes, over `client` (undefined: no server configured). */
export function publishRoutes(client: GatehouseClient | undefined): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (!client)
      return refuse(
        c,
        409,
        'no-server',
        'No Gatehouse server to publish to: start the studio with GATEHOUSE_URL=http://localhost:3000 (the portal).',
      );
    await next();
  });

  // Whatever the Gatehouse server does not answer (down, wrong URL) is a 502 with a sentence, not a crash.
  app.onError((error, c) =>
    refuse(
      c,
      502,
      'server-unreachable',
      `The Gatehouse server at ${client?.api} cannot be reached: ${error.message}`,
    ),
  );

  app.get('/', (c) => c.json({ api: client!.api, ...client!.state() }));

  app.post('/session', async (c) => {
    const got = await jsonBody(c);
    if ('response' in got) return got.response;
    const { email, password } = got.body;
    if (typeof email !== 'string' || typeof password !== 'string' || !email || !password)
      return refuse(c, 400, 'invalid-request', 'Give the e-mail address and the password of a form editor.');
    const answer = await client!.signIn(email, password);
    if (answer.status !== 200) return refuse(c, 401, 'not-signed-in', explain(answer));
    return c.json({ status: answer.body?.status, api: client!.api, ...client!.state() });
  });

  app.post('/session/mfa', async (c) => {
    const got = await jsonBody(c);
    if ('response' in got) return got.response;
    const method = got.body.method === 'email' ? 'email' : 'totp';
    const answer = await client!.verifyMfa(method, String(got.body.code ?? ''));
    if (answer.status !== 200) return refuse(c, 401, 'not-signed-in', explain(answer));
    return c.json({ status: answer.body?.status, api: client!.api, ...client!.state() });
  });

  app.delete('/session', async (c) => {
    await client!.signOut();
    return c.json({ api: client!.api, ...client!.state() });
  });

  app.get('/forms/:id', async (c) => {
    const id = c.req.param('id');
    if (!FORM_ID.test(id))
      return refuse(c, 400, 'bad-id', 'A form id is lower-case letters, digits and "-".');
    const answer = await client!.call('GET', `/forms/${id}`);
    if (answer.status === 404) return c.json({ id, current: null, versions: [] });
    if (answer.status !== 200)
      return refuse(c, answer.status === 401 ? 401 : 502, 'refused', explain(answer));
    return c.json(answer.body);
  });

  app.get('/forms/:id/versions/:version', async (c) => {
    const { id, version } = c.req.param();
    if (!FORM_ID.test(id) || !VERSION.test(version)) return refuse(c, 400, 'bad-id', 'No such form version.');
    const answer = await client!.call('GET', `/forms/${id}/versions/${version}`);
    if (answer.status !== 200)
      return refuse(c, answer.status === 404 ? 404 : 502, 'refused', explain(answer));
    return c.json(answer.body);
  });

  app.post('/forms/:id', async (c) => {
    const got = await jsonBody(c);
    if ('response' in got) return got.response;
    const id = c.req.param('id');
    const definition = got.body.definition as { id?: unknown } | undefined;
    if (!FORM_ID.test(id) || definition?.id !== id)
      return refuse(
        c,
        400,
        'bad-id',
        `The form id must be lower-case letters, digits and "-", and the definition's "id".`,
      );
    // The same lint the server runs; checked here too so the person sees the spots before anything is sent.
    const problems = lintForStudio(definition);
    if (problems.length)
      return c.json(
        { code: 'invalid-definition', message: 'Lint problems block publishing.', problems },
        422,
      );
    const answer = await client!.call('POST', `/forms/${id}/versions`, definition);
    if (answer.status === 422)
      return c.json(
        {
          code: 'invalid-definition',
          message: 'The server refused the definition.',
          problems: (answer.body?.error as { problems?: unknown })?.problems ?? [],
        },
        422,
      );
    if (answer.status !== 200 && answer.status !== 201)
      return refuse(
        c,
        answer.status === 401 || answer.status === 403 ? 401 : 502,
        'refused',
        explain(answer),
      );
    return c.json({ ...answer.body, unchanged: answer.status === 200 });
  });

  app.post('/forms/:id/restore', async (c) => {
    const got = await jsonBody(c);
    if ('response' in got) return got.response;
    const id = c.req.param('id');
    const version = Number(got.body.version);
    if (!FORM_ID.test(id) || !Number.isInteger(version) || version < 1)
      return refuse(c, 400, 'bad-id', 'No such form version.');
    const answer = await client!.call('POST', `/forms/${id}/restore`, { version });
    if (answer.status !== 200)
      return refuse(c, answer.status === 404 ? 404 : 502, 'refused', explain(answer));
    return c.json(answer.body);
  });

  return app;
}
