import { Hono } from 'hono';
// German built-in form messages, once for the whole server: the flows' forms (and any `messagesFor('de')` a host's
// hook asks for) keep speaking German now that German is an opt-in module of @gatehouse/forms.
import '@gatehouse/forms/locales/de';
import '@gatehouse/flows/locales/de';
import { runApprovalTimers } from './approval/reminders.js';
import { databaseFileStorage, type FileStorage } from './form-files/file-storage.js';
import { formFileUploads } from './form-files/form-file-uploads.js';
import { findVersion } from './forms/form-store.js';
import { publishedFormsApi } from './forms/published-forms.routes.js';
import { type GatehouseSession, type RequestLike, sessionReader } from './host/host-session.js';
import { DEFAULT_BODY_LIMIT } from './http/body.js';
import {
  approvalPolicy,
  clientIp,
  DEFAULT_POLICIES,
  fail,
  type GatehouseEnv,
  type ServerContext,
  type ServerPolicies,
} from './http/context.js';
import { csrfGuard } from './http/csrf-guard.js';
import { devRoutes } from './http/dev.routes.js';
import { limitRequest } from './http/limits.js';
import { pathGuard } from './http/path-guard.js';
import { accountRoutes } from './http/routes/account.routes.js';
import { approvalRoutes } from './http/routes/approval.routes.js';
import { challengeRoutes } from './http/routes/challenge.routes.js';
import { dataRightsRoutes } from './http/routes/data-rights.routes.js';
import { deviceRoutes } from './http/routes/device.routes.js';
import { emailChangeRoutes } from './http/routes/email-change.routes.js';
import { mfaRoutes } from './http/routes/mfa.routes.js';
import { openApiRoutes } from './http/routes/openapi.routes.js';
import { passkeyRoutes } from './http/routes/passkey.routes.js';
import { passkeyLoginRoutes } from './http/routes/passkey-login.routes.js';
import { type PartnerHardware, portalRoutes } from './http/routes/portal.routes.js';
import { preferenceRoutes } from './http/routes/preferences.routes.js';
import { registrationRoutes } from './http/routes/registration.routes.js';
import { sessionRoutes } from './http/routes/session.routes.js';
import { sessionsRoutes } from './http/routes/sessions.routes.js';
import { DEFAULT_REGIONAL_NUMBERS, supportRoutes } from './http/routes/support.routes.js';
import { userRoutes } from './http/routes/users.routes.js';
import { securityHeaders } from './http/security-headers.js';
import { createMailQueue } from './mail/mail-queue.js';
import { createOutboxMessenger, type Messenger, type OutgoingMessage } from './mail/messenger.js';
import type { MailDomainResolver } from './mail-domain/mail-domain-resolver.js';
import { pruneOidcModels } from './oidc/oidc-adapter.js';
import type { PlacesOption } from './places/place-lookup.js';
import { type BreachedPasswordsOption, breachGuard } from './security/breach-guard.js';
import { type EncryptionKeyOption, resolveSecretBox } from './security/encryption-key.js';
import { HashingBusyError, type HashingLimits, setHashingLimits } from './security/hashing-gate.js';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParameters } from './security/password-hash.js';
import { sealClearPinSecrets } from './security/pin-secrets.js';
import { type ProofOfWorkPolicy, pruneRedeemedProofs } from './security/proof-of-work.js';
import { pruneRateLimits } from './security/rate-limit.js';
import { type RelyingPartyOptions, relyingParty } from './security/relying-party.js';
import { serverSecret } from './security/server-secret.js';
import { sealClearTotpSecrets } from './security/totp-secrets.js';
import { pruneChallenges } from './security/webauthn-challenges.js';
import type { Database } from './storage/database.js';
import { DatabaseUnavailableError } from './storage/unavailable.js';

/** Paths that take a file's bytes instead of JSON: uploads to published forms' file fields. */
const FILE_UPLOADS = /\/forms\/[^/]+\/versions\/[^/]+\/files$/;

/** Seconds a client is told to wait while the database is unreachable. */
const OUTAGE_RETRY_AFTER_S = 5;

/** Options of {@link createGatehouseServer}. Only `db` is required. */
export interface GatehouseServerOptions {
  /** An open, migrated database (`openDatabase(...)`). The caller owns it and closes it. */
  db: Database;
  /** Where e-mail and SMS go; default: the outbox table. */
  messenger?: Messenger;
  /** Path the API is mounted under, e.g. `/api` (cookie paths depend on it). Default `''`. */
  basePath?: string;
  /** The portal's public origin, for links in e-mails. Default `http://localhost:3000`. */
  publicUrl?: string;
  /** Page (relative to `publicUrl`) that confirms a registration; default `/confirm.html`. */
  confirmPath?: string;
  /** Page (relative to `publicUrl`) that confirms a new e-mail address (`?token=` is appended); default `/email-change.html`. */
  emailChangePath?: string;
  /**
   * Page (relative to `publicUrl`) the notice to the old address links to, to cancel a change the person did not ask
   * for (`?token=` is appended); default `/email-change-cancel.html`.
   */
  emailChangeCancelPath?: string;
  /**
   * The host's login page (relative to `publicUrl`) that the welcome e-mail links to, e.g. `/login`;
   * default `''`: the site's root.
   */
  loginPath?: string;
  /** Page that accepts an invitation; default `/invitation.html`. */
  invitationPath?: string;
  /**
   * Durations and limits; the defaults of docs/requirements.md for anything left out (`proofOfWork` field by
   * field: docs/server/bot-defence.md).
   */
  policies?: Partial<Omit<ServerPolicies, 'proofOfWork'>> & { proofOfWork?: Partial<ProofOfWorkPolicy> };
  /** scrypt parameters for new hashes; default N=2^15, r=8, p=3. */
  scrypt?: ScryptParameters;
  /**
   * How many password hashes run at once and how many may wait (one gate per process); beyond that a login
   * answers 503 `unavailable` with Retry-After. Default: one per CPU, 8 waiting per CPU.
   */
  passwordHashing?: Partial<HashingLimits>;
  /** Request bodies above this many bytes get 413; default 64 KiB. */
  bodyLimit?: number;
  /**
   * Secure cookies: `auto` sets `Secure` except for plain http to a loopback host (development). Default: `true`
   * when `NODE_ENV` is `production`, else `auto`.
   */
  secureCookies?: boolean | 'auto';
  /**
   * How many reverse proxies of your own sit in front of the app (`true` = 1). Their `X-Forwarded-For` hop
   * (counted from the right) is the client address, and `X-Forwarded-Proto: https` counts as https. Default false.
   */
  trustProxy?: boolean | number;
  /**
   * Origins besides the request's own and `publicUrl`'s from which browsers may send state-changing requests
   * (a portal on another origin calling the API with CORS). Others get 403 `invalid-origin`.
   */
  allowedOrigins?: readonly string[];
  /**
   * Where files uploaded to published forms' file fields go; default: the `form_files` table of `db`. A host may
   * put them in object storage or behind a virus scanner by giving its own {@link FileStorage}.
   */
  fileStorage?: FileStorage;
  /** Mount `/dev/outbox` (never in production). Default false. */
  devRoutes?: boolean;
  /** Issuer shown in authenticator apps. Default `Gatehouse Portal`. */
  issuer?: string;
  /** Serial-number prefixes of partner hardware (referred to the partner's RMA process). */
  partnerHardware?: readonly PartnerHardware[];
  /** Regional support numbers by region. */
  regionalNumbers?: Readonly<Record<string, string>>;
  /** The clock (tests move it). */
  now?: () => Date;
  /**
   * Every this many ms the server sends due approval reminders and deletes expired sessions, codes and
   * rate-limit windows (default 5 min; 0 turns it off). The timer does not keep the process alive.
   */
  maintenanceIntervalMs?: number;
  /**
   * The AES-256-GCM key that encrypts TOTP and support-PIN seeds at rest: 32 bytes, their base64 text, or several
   * (a list, or base64 keys separated by commas), newest first — the newest seals, every listed key opens, so keys
   * rotate without downtime; the entry `generated` stands for the key generated into the database
   * (docs/server/key-rotation.md). Default: the `GATEHOUSE_ENCRYPTION_KEY` environment
   * variable (same format), else a key generated once and kept in `server_secrets` (like the code pepper). Only a key
   * kept outside the database protects the seeds from a database dump.
   */
  encryptionKey?: EncryptionKeyOption;
  /** How often the mail worker looks for retries and other processes' messages; default 5000 ms. */
  mailPollIntervalMs?: number;
  /** Where delivery failures are reported (each failed attempt; the message is retried); default `console.error`. */
  onDeliveryError?: (error: unknown, message: OutgoingMessage) => void;
  /**
   * The mail-domain check of registrations: `createDnsMailDomainResolver()` (node:dns, timeout, cache) or your own
   * port. A domain with neither MX nor address records, or a null MX, is refused (`undeliverable-domain`); no MX
   * (`no-mx`) and DNS trouble (`mail-domain-unchecked`) become findings for the reviewer. Default: no DNS check.
   */
  mailDomains?: MailDomainResolver;
  /**
   * The WebAuthn relying party for passkeys (docs/server/passkeys.md): RP ID, name, allowed origins, challenge
   * lifetime. Default: `publicUrl`'s host name and origin, the issuer's name, 5 minutes.
   */
  passkeys?: RelyingPartyOptions;
  /**
   * Refuse new passwords found in known data breaches and warn at login (docs/server/breached-passwords.md):
   * `{ check: createRangeBreachedPasswordCheck({ baseUrl?, timeoutMs? }), minCount?, onUnknown? }`. Every new
   * password (first password, change, reset, invitation) found at least `minCount` times (default 1) is refused
   * with `breached-password` on `/newPassword`; a sign-in with such a password goes ahead and its session carries
   * `warnings: ['breached-password']` until the password changes. Only a 5-character SHA-1 prefix leaves the server.
   * When the service does not answer within the timeout, `onUnknown` decides: `allow` (fail open, the default) or
   * `refuse` (`breach-check-unavailable`); a sign-in is never refused for it. Default: no check, nothing is asked.
   */
  breachedPasswords?: BreachedPasswordsOption;
  /**
   * The approximate place of each session (docs/server/session-places.md): `{ lookup, timeoutMs? }`, where `lookup`
   * is the host's own `(ip, signal) => Promise<{ city?, region?, country? } | undefined>` or
   * `createRangeTablePlaceLookup(csv)` over a table the host supplies. Asked once per sign-in with the new session's
   * address (private and loopback ones too); the answer is checked (names up to 100 characters, country ISO 3166-1
   * alpha-2, anything else dropped) and stored with the session, so the sessions list and the new-sign-in e-mail
   * name it. Fail open: a lookup that throws, answers garbage or takes longer than `timeoutMs` (default 300) leaves
   * the session without a place; the log says why, never the address. Default: nothing is asked.
   */
  places?: PlacesOption;
}

/** The Hono app with one extra method for tests and graceful shutdown. */
export type GatehouseApp = Hono<GatehouseEnv> & {
  /** Resolves when every message queued so far was handed to the messenger. */
  idle(): Promise<void>;
  /** Runs the maintenance once now (reminders, expiry clean-up); the timer calls it too. */
  maintain(): Promise<void>;
  /** Stops the maintenance timer. */
  stop(): void;
  /**
   * Who is logged in for a request of the host's own (a fetch `Request`, Node's `IncomingMessage`, or any
   * `{ headers }`): the user, company, roles and MFA state behind its portal session cookie, or null. One
   * database read per request object, however often it is asked.
   */
  getSession(request: RequestLike): Promise<GatehouseSession | null>;
  /** The path the API answers under (the `basePath` option without a trailing slash). */
  readonly mountPath: string;
  /**
   * Calls `listener` with the stored hash of each portal session a user logs out of (`DELETE /session`); the
   * OpenID provider uses it to log the sibling portals out too.
   */
  onSessionEnd(listener: (sessionHash: string) => Promise<void>): void;
};

/**
 * Builds the Gatehouse REST API (docs/rest-contract.md) as a Hono app on `options.db`. Mount it in any
 * fetch-based host, or run it with `@hono/node-server`. The one thing to know: the database must be migrated
 * (`openDatabase` does it) and stays owned by the caller.
 */
export async function createGatehouseServer(options: GatehouseServerOptions): Promise<GatehouseApp> {
  const now = options.now ?? (() => new Date());
  const scrypt = options.scrypt ?? DEFAULT_SCRYPT;
  const messenger = options.messenger ?? createOutboxMessenger(options.db, now);
  const publicUrl = (options.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  const basePath = (options.basePath ?? '').replace(/\/$/, '');
  const onError =
    options.onDeliveryError ??
    ((error: unknown, message: OutgoingMessage) =>
      console.error(`gatehouse: could not deliver ${message.channel} to ${message.to}:`, error));
  if (options.passwordHashing) setHashingLimits(options.passwordHashing);
  const mail = createMailQueue(options.db, { messenger, now, onError });
  const secrets = await resolveSecretBox(options.db, options.encryptionKey);
  // Rows written by versions that stored seeds in clear text are encrypted before the first request.
  await sealClearTotpSecrets(options.db, secrets);
  await sealClearPinSecrets(options.db, secrets);
  const ctx: ServerContext = {
    db: options.db,
    messenger,
    now,
    policies: {
      ...DEFAULT_POLICIES,
      ...options.policies,
      proofOfWork: { ...DEFAULT_POLICIES.proofOfWork, ...options.policies?.proofOfWork },
    },
    scrypt,
    dummyHash: await hashPassword('gatehouse-dummy-password', scrypt),
    pepper: await serverSecret(options.db, 'code-pepper'),
    proofKey: await serverSecret(options.db, 'proof-of-work-key'),
    secrets,
    confirmUrl: `${publicUrl}${options.confirmPath ?? '/confirm.html'}`,
    basePath,
    secureCookies: options.secureCookies ?? (process.env.NODE_ENV === 'production' ? true : 'auto'),
    trustProxy: options.trustProxy ?? false,
    issuer: options.issuer ?? 'Gatehouse Portal',
    ...(options.mailDomains ? { mailDomains: options.mailDomains } : {}),
    ...(options.breachedPasswords ? { breaches: breachGuard(options.breachedPasswords) } : {}),
    ...(options.places ? { places: options.places } : {}),
    enqueueMail: (tx, messages) => mail.enqueue(tx, messages),
    kickMail: () => mail.kick(),
    sessionEndListeners: [],
  };
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = new Hono<GatehouseEnv>().basePath(basePath || '/');
  app.use('*', async (c, next) => {
    await next();
    // API answers are personal: never cache them.
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', securityHeaders({ trustProxy: ctx.trustProxy }));
  app.use('*', pathGuard());
  app.use('*', csrfGuard([publicUrl, ...(options.allowedOrigins ?? [])], { uploads: FILE_UPLOADS }));
  challengeRoutes(app, ctx);
  registrationRoutes(app, ctx, limit);
  approvalRoutes(app, ctx, limit, `${publicUrl}${options.loginPath ?? ''}`);
  sessionRoutes(app, ctx, limit);
  sessionsRoutes(app, ctx);
  mfaRoutes(app, ctx, limit);
  const rp = relyingParty(publicUrl, ctx.issuer, options.passkeys);
  passkeyRoutes(app, ctx, limit, rp);
  passkeyLoginRoutes(app, ctx, limit, rp);
  accountRoutes(app, ctx, limit);
  supportRoutes(app, ctx, limit, options.regionalNumbers ?? DEFAULT_REGIONAL_NUMBERS);
  portalRoutes(
    app,
    ctx,
    limit,
    options.partnerHardware ?? [
      { prefix: 'PX', vendor: 'Partner Systems Inc.', rmaUrl: 'https://partner.example/rma' },
    ],
  );
  deviceRoutes(app, ctx);
  userRoutes(app, ctx, limit, `${publicUrl}${options.invitationPath ?? '/invitation.html'}`);
  preferenceRoutes(app, ctx, limit);
  dataRightsRoutes(app, ctx, limit);
  emailChangeRoutes(app, ctx, limit, {
    confirm: `${publicUrl}${options.emailChangePath ?? '/email-change.html'}`,
    cancel: `${publicUrl}${options.emailChangeCancelPath ?? '/email-change-cancel.html'}`,
  });
  const fileStorage = options.fileStorage ?? databaseFileStorage(options.db);
  app.route(
    '/forms',
    formFileUploads({
      storage: fileStorage,
      definitionOf: async (id, version) => {
        const row = await findVersion(ctx.db, id, version);
        return row ? JSON.parse(row.definition) : undefined;
      },
      guard: (c) => limitRequest(c, ctx, 'form-submission', clientIp(c, ctx.trustProxy), null),
    }),
  );
  app.route('/forms', publishedFormsApi(ctx, limit, fileStorage));
  openApiRoutes(app, basePath);
  if (options.devRoutes) devRoutes(app, ctx);
  app.notFound((c) => fail(c, 404, 'not-found'));
  app.onError((error, c) => {
    if (error instanceof DatabaseUnavailableError) {
      // An outage, not a bug: the client may retry, the pool reconnects by itself once the database is back.
      console.warn(`gatehouse: ${error.message}`);
      return fail(c, 503, 'unavailable', { retryAfter: OUTAGE_RETRY_AFTER_S });
    }
    if (error instanceof HashingBusyError) {
      return fail(c, 503, 'unavailable', { retryAfter: error.retryAfter });
    }
    // The stack, not the error object: a database error carries the statement's parameters (codes, addresses).
    console.error(
      'gatehouse: unhandled error',
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    return c.json({ error: { code: 'internal-error' } }, 500);
  });
  const maintain = async () => {
    const at = now();
    // The approval machine's own SLA and reminder timers; reminder e-mails commit with the machine's snapshot.
    const reminded = await runApprovalTimers(options.db, {
      now: at,
      scrypt: ctx.scrypt,
      secrets: ctx.secrets,
      policy: approvalPolicy(ctx.policies),
      portalUrl: `${publicUrl}${options.loginPath ?? ''}`,
      enqueueMail: ctx.enqueueMail,
    });
    if (reminded > 0) mail.kick();
    await options.db.query('DELETE FROM sessions WHERE expires_at < $1', [at]);
    await options.db.query('DELETE FROM codes WHERE expires_at < $1', [new Date(at.getTime() - 86_400_000)]);
    await pruneRateLimits(options.db, new Date(at.getTime() - 86_400_000));
    await pruneRedeemedProofs(options.db, at);
    await pruneOidcModels(options.db, at);
    await pruneChallenges(options.db, at);
    await mail.prune(new Date(at.getTime() - ctx.policies.mailRetentionMs));
    // Retries whose backoff has passed, and anything another (perhaps dead) process left behind.
    await mail.drain();
  };
  // Picks up retries and messages queued by other processes between requests; never keeps the process alive.
  const mailPoll = setInterval(() => mail.kick(), options.mailPollIntervalMs ?? 5000);
  mailPoll.unref();
  const interval = options.maintenanceIntervalMs ?? 5 * 60_000;
  const timer =
    interval > 0
      ? setInterval(() => {
          maintain().catch((error) => console.error('gatehouse: maintenance failed', error));
        }, interval)
      : undefined;
  timer?.unref();
  return Object.assign(app, {
    async idle() {
      await mail.idle();
    },
    maintain,
    stop() {
      clearInterval(mailPoll);
      if (timer) clearInterval(timer);
    },
    getSession: sessionReader(options.db, now),
    mountPath: basePath,
    onSessionEnd(listener: (sessionHash: string) => Promise<void>) {
      ctx.sessionEndListeners.push(listener);
    },
  });
}
