import { describe, expect, it } from 'vitest';
import { createGatehouseClient } from './gatehouse-client.js';
import { publishRoutes } from './publish-routes.js';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

// Port 9 (discard) on localhost: nothing answers, so a call that reached the "server" would come back as a 502.
const unreachable = () => publishRoutes(createGatehouseClient('http://127.0.0.1:9/api'));

describe('the studio publish routes', () => {
  it('without a configured server, say how to set one', async () => {
    const answer = await publishRoutes(undefined).request('/');
    expect(answer.status).toBe(409);
    expect(await answer.json()).toMatchObject({
      code: 'no-server',
      message: expect.stringContaining('GATEHOUSE_URL'),
    });
  });

  it('lint problems block publishing before anything is sent, with their pointers', async () => {
    const definition = { id: 'demo', schema: { type: 'object', properties: { name: { type: 'string' } } } };
    const answer = await unreachable().request('/forms/demo', json({ definition }));
    expect(answer.status).toBe(422);
    const body = (await answer.json()) as { problems: { pointer: string }[] };
    expect(body.problems.map((p) => p.pointer)).toContain('/schema/properties/name');
  });

  it('refuses an id that is not the definition id, and says when the server cannot be reached', async () => {
    const other = await unreachable().request(
      '/forms/demo',
      json({ definition: { id: 'other', schema: {} } }),
    );
    expect(other.status).toBe(400);
    const down = await unreachable().request('/session', json({ email: 'a@b.example', password: 'x' }));
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ code: 'server-unreachable' });
  });
});
