/**
 * The demo portal: builds the pages, opens the database (PGlite in `.data/`, or Postgres from
 * `DATABASE_URL`), seeds a reviewer, and serves the pages under a strict CSP plus the Gatehouse API at `/api`.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chooseLocale,
  createDnsMailDomainResolver,
  createGatehouseServer,
  createRangeBreachedPasswordCheck,
  createRangeTablePlaceLookup,
  createSmtpMessenger,
  type Database,
  DEFAULT_SCRYPT,
  formModules,
  hashPassword,
  LOCALE_COOKIE,
  openDatabase,
  securityHeaders,
  seedAccount,
  seedDevices,
} from '@gatehouse/server';
import { createOidcProvider } from '@gatehouse/server/oidc';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { buildPortal } from './build.js';
import { siblingPortal } from './siblings/sibling-portal.js';

/** The header every page gets: nothing inline, nothing from elsewhere. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Options of {@link startPortal}. */
export interface PortalOptions {
  port?: number;
  /** `{ url }`, `{ dataDir }` or `{ memory: true }`. */
  database?: Parameters<typeof openDatabase>[0];
  /** An open, migrated database to use instead (closed by `close()`). */
  db?: Database;
  scrypt?: typeof DEFAULT_SCRYPT;
  quiet?: boolean;
  /**
   * Mount `/dev/outbox`, which shows every e-mail and SMS — codes and links in clear text — to anyone. Off unless
   * asked for: `pnpm start` asks (`--dev-outbox`) and says so in its banner.
   */
  devOutbox?: boolean;
  /**
   * The bot defence's difficulty (docs/server/bot-defence.md): registration, password reset and a login after
   * failures need a solved proof-of-work challenge, which the elements solve by themselves. Default
   * {@link DEMO_PROOF_OF_WORK}; 0 turns it off.
   */
  proofOfWork?: number;
  /**
   * The breach service's range API (docs/server/breached-passwords.md): new passwords found in known data breaches
   * are refused and a sign-in with one warns. Default `BREACHED_PASSWORDS_URL`; unset: no breach check.
   */
  breachedPasswordsUrl?: string;
  /**
   * The range table the place lookup reads (docs/server/session-places.md): sessions show the place of their
   * address. Default `PLACE_TABLE`, else the demo's made-up `places.csv` (loopback addresses are "Demo Town");
   * `''` (or `PLACE_TABLE=`): no lookup, sessions show no place.
   */
  placeTable?: string;
  /** The server clock (the browser journey test moves it to cross TOTP steps). */
  now?: () => Date;
  /**
   * Also start the two sibling portals that log in through the portal's OpenID provider: "App Portal" on port+1
   * and "App Creator Portal" on port+2 (with port 0: free ports). `pnpm start` asks for them.
   */
  siblings?: boolean;
}

/**
 * The demo's bot defence: 50,000 (about 25,000 SHA-256 on average) solved in Chromium with a median of 342 ms
 * unthrottled and 938 ms at 6× CPU throttling, a phone-class budget (docs/server/bot-defence.md).
 */
export const DEMO_PROOF_OF_WORK = 50_000;

/** The sibling portals: name, session cookie (distinct: cookies are shared by every port of a host), client id. */
const SIBLINGS = [
  { name: 'App Portal', cookieName: 'app_portal_session', clientId: 'app-portal' },
  { name: 'App Creator Portal', cookieName: 'app_creator_portal_session', clientId: 'app-creator-portal' },
] as const;

/** A Node server listening on `port` (0: any free one) of the demo's host; resolves once it listens. */
async function listen(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, process.env.HOST ?? '127.0.0.1', resolve);
  });
  return server;
}

/** Starts the portal; resolves with its URL, the reviewer's credentials and a `close()`. */
export async function startPortal(options: PortalOptions = {}) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const publicDir = await buildPortal();
  const port = options.port ?? Number(process.env.PORT ?? 3000);
  // Listening first: the OpenID issuer and the siblings' redirect URIs need the real ports (port 0 in tests).
  const server = await listen(port);
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://localhost:${actualPort}`;
  const publicUrl = process.env.PUBLIC_URL ?? url;
  const siblingServers = options.siblings
    ? await Promise.all(SIBLINGS.map((_, i) => listen(port === 0 ? 0 : port + 1 + i)))
    : [];
  const siblings = siblingServers.map((listening, i) => {
    const sibling = SIBLINGS[i] as (typeof SIBLINGS)[number];
    const siblingPort = (listening.address() as AddressInfo).port;
    return {
      ...sibling,
      origin: `http://localhost:${siblingPort}`,
      // Server to server (the back-channel logout): the loopback address, not a name that may resolve to ::1.
      backchannel: `http://127.0.0.1:${siblingPort}/backchannel-logout`,
      clientSecret: randomBytes(24).toString('base64url'),
    };
  });
  const db: Database =
    options.db ??
    (await openDatabase(
      options.database ??
        (process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: join(root, '.data') }),
    ));
  const scrypt = options.scrypt ?? DEFAULT_SCRYPT;
  const reviewer = { email: 'reviewer@portal.example', password: randomBytes(12).toString('base64url') };
  const formEditor = { email: 'form-editor@portal.example', password: randomBytes(12).toString('base64url') };
  // A fresh password every start, printed below: nobody has to remember the last one.
  for (const [staff, role, givenName, familyName] of [
    [reviewer, 'reviewer', 'Review', 'Team'],
    [formEditor, 'form-editor', 'Form', 'Editor'],
  ] as const) {
    if (!(await seedAccount(db, { ...staff, roles: [role], givenName, familyName, scrypt }))) {
      await db.query('UPDATE accounts SET password_hash = $2 WHERE email = $1', [
        staff.email,
        await hashPassword(staff.password, scrypt),
      ]);
    }
  }
  // Sample devices of two demo customers: register at northwind-logistics.com or radium-labs.com to find them.
  await seedDevices(db, await readFile(fileURLToPath(new URL('demo-devices.csv', import.meta.url)), 'utf8'));
  const breachUrl = options.breachedPasswordsUrl ?? process.env.BREACHED_PASSWORDS_URL;
  const placeTable =
    options.placeTable ?? process.env.PLACE_TABLE ?? fileURLToPath(new URL('places.csv', import.meta.url));
  // Read and checked now: a bad table stops the start with its line and column, not a sign-in later.
  const placeLookup = placeTable
    ? createRangeTablePlaceLookup(await readFile(placeTable, 'utf8'))
    : undefined;
  const api = await createGatehouseServer({
    db,
    basePath: '/api',
    // The welcome e-mail's "Log in" button opens the login page.
    loginPath: '/login.html',
    publicUrl,
    scrypt,
    ...(options.now ? { now: options.now } : {}),
    devRoutes: options.devOutbox === true,
    policies: { proofOfWork: { difficulty: options.proofOfWork ?? DEMO_PROOF_OF_WORK } },
    // BREACHED_PASSWORDS_URL=https://api.pwnedpasswords.com (or a local stand-in): only a hash prefix is sent.
    ...(breachUrl
      ? { breachedPasswords: { check: createRangeBreachedPasswordCheck({ baseUrl: breachUrl }) } }
      : {}),
    // A local table the demo supplies (made-up places): no address leaves the machine for a place.
    ...(placeLookup ? { places: { lookup: placeLookup } } : {}),
    // MAIL_DOMAIN_CHECK=dns: refuse registering domains that cannot receive mail (asks the system's DNS).
    ...(process.env.MAIL_DOMAIN_CHECK === 'dns' ? { mailDomains: createDnsMailDomainResolver() } : {}),
    ...(process.env.SMTP_URL
      ? {
          messenger: createSmtpMessenger({
            url: process.env.SMTP_URL,
            from: process.env.MAIL_FROM ?? 'no-reply@portal.example',
          }),
        }
      : {}),
  });
  const issuer = `${publicUrl}/oidc`;
  // docs/sso.md's runnable example (oidc-client-example.ts) on port 3005, registered only when its secret is set.
  const exampleSecret = process.env.OIDC_EXAMPLE_CLIENT_SECRET;
  const exampleClient = exampleSecret
    ? [{ clientId: 'example', clientSecret: exampleSecret, redirectUris: ['http://localhost:3005/callback'] }]
    : [];
  const oidc = await createOidcProvider({
    db,
    gatehouse: api,
    issuer,
    loginUrl: '/login.html',
    clients: [
      ...exampleClient,
      ...siblings.map((sibling) => ({
        clientId: sibling.clientId,
        clientSecret: sibling.clientSecret,
        name: sibling.name,
        redirectUris: [`${sibling.origin}/callback`],
        postLogoutRedirectUris: [`${sibling.origin}/`],
        backchannelLogoutUri: sibling.backchannel,
        firstParty: true,
      })),
    ],
  });
  const app = new Hono();
  // The provider answers with its own headers (its pages carry a strict CSP of their own).
  app.all('/oidc/*', (c) => oidc.honoHandler(c));
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.use('*', securityHeaders());
  app.route('/', api);
  // Published forms' modules on the portal's own origin (docs/forms/publishing.md): `script-src 'self'` holds.
  app.route('/forms', formModules({ db }));
  // An unknown API route answers the contract's JSON error shape, not the pages' text 404.
  app.all('/api/*', (c) => c.json({ error: { code: 'not-found' } }, 404));
  if (options.devOutbox) app.get('/dev/outbox', (c) => c.redirect('/api/dev/outbox'));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('*', async (c) => {
    // The language switch's links (`?lang=de`): remember the choice (a cookie with only the language in it), then
    // show the same page without the parameter.
    const asked = c.req.query('lang');
    if (asked === 'en' || asked === 'de') {
      setCookie(c, LOCALE_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
      const rest = new URL(c.req.url).searchParams;
      rest.delete('lang');
      return c.redirect(`${c.req.path}${rest.size ? `?${rest}` : ''}`, 303);
    }
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    // Pages come in the visitor's language: their choice, else the browser's (German pages live under de/).
    const lang = chooseLocale(getCookie(c, LOCALE_COOKIE), c.req.header('accept-language'));
    const localized = extname(path) === '.html' && lang !== 'en' ? `/${lang}${path}` : path;
    const file = normalize(join(publicDir, localized));
    if (!file.startsWith(publicDir) || !TYPES[extname(file)]) return c.notFound();
    try {
      const bytes = await readFile(file);
      // The footer's link to the development outbox shows only while the outbox is mounted.
      const body =
        options.devOutbox && extname(file) === '.html'
          ? bytes.toString('utf8').replace('<footer id="dev-footer" hidden>', '<footer id="dev-footer">')
          : new Uint8Array(bytes);
      return c.body(body, 200, {
        'content-type': TYPES[extname(file)] as string,
        'cache-control': 'no-cache',
        ...(extname(file) === '.html' ? { 'content-language': lang, vary: 'Cookie, Accept-Language' } : {}),
      });
    } catch {
      return c.notFound();
    }
  });
  server.on('request', getRequestListener(app.fetch));
  const stylesheet = join(publicDir, 'portal.css');
  const siblingApps = siblings.map((sibling, i) => {
    const rp = siblingPortal({ ...sibling, issuer, stylesheet, insecure: issuer.startsWith('http:') });
    siblingServers[i]?.on('request', getRequestListener(rp.app.fetch));
    return { ...sibling, sessions: rp.sessions };
  });
  if (!options.quiet) {
    console.log(`\nGatehouse demo portal: ${url}`);
    for (const sibling of siblingApps) {
      console.log(`  ${`${sibling.name}:`.padEnd(20)}${sibling.origin}  (logs in through ${issuer})`);
    }
    console.log(`  database: ${db.kind}${db.kind === 'pglite' && !options.database ? ' (.data/)' : ''}`);
    console.log(`  mail:     ${process.env.SMTP_URL ? 'SMTP' : 'the outbox table'}`);
    console.log(
      `  breached passwords: ${breachUrl ? `checked at ${breachUrl}` : 'not checked (BREACHED_PASSWORDS_URL)'}`,
    );
    console.log(`  session places: ${placeTable ? `from ${placeTable}` : 'none (PLACE_TABLE is empty)'}`);
    if (options.devOutbox) {
      console.log(
        `  DEV OUTBOX ON: ${url}/dev/outbox shows every e-mail and SMS, codes included, to anyone.`,
      );
      console.log('               For development only; start without --dev-outbox to turn it off.');
    }
    console.log(`  reviewer: ${reviewer.email} / ${reviewer.password}`);
    console.log(`  form editor: ${formEditor.email} / ${formEditor.password}\n`);
  }
  return {
    url,
    reviewer,
    /** The seeded form editor (publishes forms: docs/forms/publishing.md). */
    formEditor,
    db,
    /** The sibling portals (when started): name, origin, and their session stores. */
    siblings: siblingApps,
    async close() {
      for (const s of [server, ...siblingServers]) s.closeAllConnections();
      await Promise.all(
        [server, ...siblingServers].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
      );
      api.stop();
      await api.idle();
      await db.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const devOutbox = process.argv.includes('--dev-outbox');
  if (devOutbox && process.env.NODE_ENV === 'production') {
    console.error('--dev-outbox is refused with NODE_ENV=production: it shows every code in clear text.');
    process.exit(1);
  }
  const portal = await startPortal({ devOutbox, siblings: true });
  const stop = async () => {
    await portal.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
