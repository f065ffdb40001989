import { expect } from '@open-wc/testing';
import { logout } from '../src/logout/index.js';

/** A fetch that records its calls and answers `status`. */
function fakeFetch(status: number) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return status === 204
      ? new Response(null, { status })
      : new Response(JSON.stringify({ code: 'unavailable', message: 'down' }), {
          status,
          headers: { 'content-type': 'application/json' },
        });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe('logout()', () => {
  beforeEach(() => {
    sessionStorage.clear();
    sessionStorage.setItem('gatehouse:profile', '{"step":"editing"}');
    sessionStorage.setItem('gatehouse:mfa-enrollment', '{}');
    sessionStorage.setItem('my-own-flow', '{}');
    sessionStorage.setItem('host-cart', '[1,2]');
  });

  it('sends DELETE /session as JSON with the cookie, and forgets every stored flow but nothing of the host', async () => {
    const { calls, fetch } = fakeFetch(204);
    await logout({
      endpoint: '/api/gatehouse',
      http: { fetch, headers: { 'X-CSRF': 't' } },
      persistKeys: ['my-own-flow'],
    });
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal(`${location.origin}/api/gatehouse/session`);
    expect(calls[0]!.init.method).to.equal('DELETE');
    expect(calls[0]!.init.credentials).to.equal('include');
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['Content-Type']).to.equal('application/json');
    expect(headers['X-CSRF']).to.equal('t');
    expect(Object.keys(sessionStorage)).to.deep.equal(['host-cart']);
  });

  it('a failed request rejects with the server code, and the stored flows are gone anyway', async () => {
    const { fetch } = fakeFetch(503);
    let error: unknown;
    await logout({ endpoint: '/api/gatehouse', http: { fetch } }).catch((e) => {
      error = e;
    });
    expect((error as { code?: string }).code).to.equal('unavailable');
    expect(sessionStorage.getItem('gatehouse:profile')).to.equal(null);
    expect(sessionStorage.getItem('host-cart')).to.equal('[1,2]');
  });
});
