/** The demo portal's HTTP hygiene beside the API: headers on every answer, JSON errors under /api, opt-in outbox. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../../../../examples/portal/server.js';
import { openTestDatabase } from '../../src/storage/test-database.js';

let portal: Awaited<ReturnType<typeof startPortal>>;
beforeAll(async () => {
  portal = await startPortal({
    port: 0,
    db: await openTestDatabase(),
    scrypt: { N: 2 ** 10, r: 8, p: 1, keyLength: 32 },
    quiet: true,
  });
}, 180_000);
afterAll(async () => {
  await portal?.close();
});

describe('the demo portal', () => {
  it.each(['/', '/index.html', '/portal.css'])('serves %s with nosniff', async (path) => {
    const answer = await fetch(`${portal.url}${path}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves its scripts with nosniff', async () => {
    const html = await (await fetch(`${portal.url}/index.html`)).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1] as string;
    expect(script).toBeDefined();
    const answer = await fetch(new URL(script, `${portal.url}/`));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends HSTS only when the request came over https (a trusted proxy says so), never over plain http', async () => {
    expect((await fetch(`${portal.url}/index.html`)).headers.get('strict-transport-security')).toBeNull();
  });

  it.each([
    ['GET', '/api/no-such-route'],
    ['POST', '/api/no-such-route'],
  ])('%s %s answers the JSON error shape with 404', async (method, path) => {
    const answer = await fetch(`${portal.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await answer.json()).toEqual({ error: { code: 'not-found' } });
  });

  it('has no /dev/outbox unless started with it (every code in clear text must be opt-in)', async () => {
    expect((await fetch(`${portal.url}/api/dev/outbox.json`)).status).toBe(404);
    expect((await fetch(`${portal.url}/dev/outbox`, { redirect: 'manual' })).status).toBe(404);
  });

  it('shows no link to the outbox when it is off', async () => {
    const html = await (await fetch(`${portal.url}/`)).text();
    expect(html).toMatch(/<footer id="dev-footer" hidden>/);
  });

  it('serves German pages to a German browser, and the switch remembers the choice in a cookie', async () => {
    const german = await fetch(`${portal.url}/login.html`, {
      headers: { 'accept-language': 'de-DE,de;q=0.9' },
    });
    expect(await german.text()).toMatch(/<html lang="de">[\s\S]*<h1>Kundenportal<\/h1>/);
    expect(german.headers.get('content-language')).toBe('de');
    const english = await fetch(`${portal.url}/login.html`, { headers: { 'accept-language': 'en-US' } });
    expect(await english.text()).toMatch(/<html lang="en">/);
    const switched = await fetch(`${portal.url}/case.html?id=c1&lang=de`, { redirect: 'manual' });
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/case.html?id=c1');
    const cookie = switched.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gatehouse-lang=de;/);
    const chosen = await fetch(`${portal.url}/login.html`, {
      headers: { 'accept-language': 'en-US', cookie: cookie.split(';')[0] as string },
    });
    expect(await chosen.text()).toMatch(/<html lang="de">/);
  });
});
