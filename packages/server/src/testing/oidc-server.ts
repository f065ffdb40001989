import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import type { OidcClientConfig } from '../oidc/oidc-clients.js';
import { createOidcProvider, type GatehouseOidcProvider } from '../oidc/oidc-provider.js';
import type { Database } from '../storage/database.js';
import { type TestClock, testServer } from './test-server.js';

/** The confidential client every OIDC test server knows. */
export const APP_PORTAL: OidcClientConfig = {
  clientId: 'app-portal',
  clientSecret: 'app-portal secret for tests',
  name: 'App Portal',
  redirectUris: ['http://127.0.0.1:4001/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1:4001/'],
  firstParty: true,
};

/** A second first-party client (ID tokens of one must not work at the other). */
export const CREATOR_PORTAL: OidcClientConfig = {
  clientId: 'creator-portal',
  clientSecret: 'creator-portal secret for tests',
  name: 'App Creator Portal',
  redirectUris: ['http://127.0.0.1:4002/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1:4002/'],
  firstParty: true,
};

/** A running Gatehouse API (`/api`) and OpenID provider (`/oidc`) on one loopback origin. */
export interface OidcTestServer {
  origin: string;
  issuer: string;
  oidc: GatehouseOidcProvider;
  clock: TestClock;
  app: Awaited<ReturnType<typeof testServer>>['app'];
  lastMessage: Awaited<ReturnType<typeof testServer>>['lastMessage'];
  close(): Promise<void>;
}

/** Starts the API and the provider on a free port, with `clients` (default: the two portals above). */
export async function startOidcTestServer(
  db: Database,
  clients: readonly OidcClientConfig[] = [APP_PORTAL, CREATOR_PORTAL],
): Promise<OidcTestServer> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { app, clock, lastMessage } = await testServer(db, { basePath: '/api', publicUrl: origin });
  const oidc = await createOidcProvider({
    db,
    gatehouse: app,
    issuer: `${origin}/oidc`,
    clients,
    loginUrl: '/login.html',
    now: clock.now,
  });
  const host = new Hono();
  host.all('/oidc/*', (c) => oidc.honoHandler(c));
  host.route('/', app);
  server.on('request', getRequestListener(host.fetch));
  return {
    origin,
    issuer: `${origin}/oidc`,
    oidc,
    clock,
    app,
    lastMessage,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.idle();
      app.stop();
    },
  };
}

/** A browser as far as cookies and redirects go: a jar per origin, redirects followed by hand. */
export class TestBrowser {
  readonly jar = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    let jar = this.jar.get(origin);
    if (!jar) {
      jar = new Map();
      this.jar.set(origin, jar);
    }
    return jar;
  }

  /** One request; stores its cookies (by host, not port, as browsers do), returns the response. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const host = new URL(url).hostname;
    const jar = this.cookies(host);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, at);
      const value = (pair ?? '').slice(at + 1);
      if (!value || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url` until one leaves for `stopAt` (a URL prefix) or a page answers; returns the last
   * URL and response.
   */
  async follow(url: string, stopAt: string): Promise<{ url: string; response: Response }> {
    let current = url;
    for (let hop = 0; hop < 20; hop++) {
      if (current.startsWith(stopAt)) return { url: current, response: new Response(null, { status: 200 }) };
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** JSON to the Gatehouse API as the portal's pages send it. */
  async api(origin: string, method: string, path: string, body?: unknown) {
    const response = await this.fetch(`${origin}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', origin },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  }
}
