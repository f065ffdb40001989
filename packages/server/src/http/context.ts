import type { FlowIssue } from '@gatehouse/flows';
import { type ApprovalPolicy, DEFAULT_APPROVAL_POLICY } from '@gatehouse/flows/approval';
import type { Context } from 'hono';
import type { Messenger, OutgoingMessage } from '../mail/messenger.js';
import type { MailDomainResolver } from '../mail-domain/mail-domain-resolver.js';
import type { PlacesOption } from '../places/place-lookup.js';
import type { LockoutPolicy } from '../security/attempt-counter.js';
import type { BreachGuard } from '../security/breach-guard.js';
import type { ScryptParameters } from '../security/password-hash.js';
import { DEFAULT_PROOF_OF_WORK, type ProofOfWorkPolicy } from '../security/proof-of-work.js';
import type { RateLimit } from '../security/rate-limit.js';
import type { SecretBox } from '../security/secret-box.js';
import type { Database, Queryable } from '../storage/database.js';

/** The durations and limits of every flow (defaults: docs/requirements.md), all in milliseconds. */
export interface ServerPolicies {
  confirmationLifetimeMs: number;
  resendCooldownMs: number;
  oneTimePasswordLifetimeMs: number;
  approvalSlaMs: number;
  /** Between reminders to reviewers about an overdue registration. */
  approvalReminderIntervalMs: number;
  /** Reminders (escalation levels) before the approval machine goes quiet. */
  approvalMaxReminders: number;
  sessionLifetimeMs: number;
  pendingLifetimeMs: number;
  reauthWindowMs: number;
  emailCodeLifetimeMs: number;
  resetCodeLifetimeMs: number;
  codeAttempts: number;
  /** How long delivered (or given-up) mail stays in `mail_queue` for the audit before maintenance deletes it. */
  mailRetentionMs: number;
  lockout: LockoutPolicy;
  /** Per client IP, per endpoint group. */
  ipLimit: RateLimit;
  /** Per e-mail address or account, per endpoint group. */
  accountLimit: RateLimit;
  /** The bot defence: difficulty, lifetime, and after how many failed logins a login needs a proof. */
  proofOfWork: ProofOfWorkPolicy;
}

/** The defaults docs/requirements.md states. */
export const DEFAULT_POLICIES: Readonly<ServerPolicies> = Object.freeze({
  confirmationLifetimeMs: 24 * 3600_000,
  resendCooldownMs: 60_000,
  // The approval machine's own defaults: the policy is defined once, in @gatehouse/flows/approval.
  oneTimePasswordLifetimeMs: DEFAULT_APPROVAL_POLICY.oneTimePasswordLifetimeMs,
  approvalSlaMs: DEFAULT_APPROVAL_POLICY.slaMs,
  approvalReminderIntervalMs: DEFAULT_APPROVAL_POLICY.reminderIntervalMs,
  approvalMaxReminders: DEFAULT_APPROVAL_POLICY.maxReminders,
  sessionLifetimeMs: 8 * 3600_000,
  pendingLifetimeMs: 10 * 60_000,
  reauthWindowMs: 5 * 60_000,
  emailCodeLifetimeMs: 10 * 60_000,
  resetCodeLifetimeMs: 15 * 60_000,
  codeAttempts: 5,
  mailRetentionMs: 30 * 24 * 3600_000,
  lockout: { maxAttempts: 5, cooldownMs: 15 * 60_000 },
  ipLimit: { max: 60, windowMs: 60_000 },
  accountLimit: { max: 10, windowMs: 60_000 },
  proofOfWork: DEFAULT_PROOF_OF_WORK,
});

/** The approval machine's input policy from the server's policies. */
export function approvalPolicy(policies: ServerPolicies): ApprovalPolicy {
  return {
    slaMs: policies.approvalSlaMs,
    reminderIntervalMs: policies.approvalReminderIntervalMs,
    maxReminders: policies.approvalMaxReminders,
    oneTimePasswordLifetimeMs: policies.oneTimePasswordLifetimeMs,
  };
}

/** Everything a route handler needs, built once by `createGatehouseServer`. */
export interface ServerContext {
  db: Database;
  messenger: Messenger;
  now: () => Date;
  policies: ServerPolicies;
  scrypt: ScryptParameters;
  /** A hash made at start-up with `scrypt`, verified for unknown e-mails so their timing matches. */
  dummyHash: string;
  /** Keys the hashes of short codes. */
  pepper: string;
  /** Signs proof-of-work challenges (HMAC); a server secret shared by every process. */
  proofKey: string;
  /** Encrypts TOTP seeds at rest (contexts from `security/totp-secrets.ts`). */
  secrets: SecretBox;
  /** Absolute URL of the portal page that confirms a registration (`?token=` is appended). */
  confirmUrl: string;
  /** Where the API is mounted (cookie paths). */
  basePath: string;
  /** `true`, `false`, or `auto` (Secure when the request came over https). */
  secureCookies: boolean | 'auto';
  /** How many reverse proxies of your own sit in front (`true` = 1): their `X-Forwarded-*` headers are trusted. */
  trustProxy: boolean | number;
  issuer: string;
  /** Writes `messages` to the mail outbox through `tx`, so they commit (or roll back) with the change. */
  enqueueMail(tx: Queryable, messages: readonly OutgoingMessage[]): Promise<void>;
  /** Wakes the mail worker after a transaction that enqueued messages committed. */
  kickMail(): void;
  /** Asked whether a registering domain can receive mail; `undefined`: no DNS check. */
  mailDomains?: MailDomainResolver;
  /** Asked whether a new password (or one logging in) appeared in a breach; `undefined`: no check. */
  breaches?: BreachGuard;
  /** Asked for the place of a new session's address; `undefined`: nothing is asked, sessions have no place. */
  places?: PlacesOption;
  /**
   * Told the stored hash of every portal session a user logs out of (the OpenID provider ends the sibling
   * portals' sessions that rode on it). A listener that fails is logged; the logout stands.
   */
  sessionEndListeners: ((sessionHash: string) => Promise<void>)[];
}

/** Hono environment of the Gatehouse app: the authenticated account (set by the session guard). */
export interface GatehouseEnv {
  Variables: { account: AccountRow; sessionHash: string; pendingHash: string };
}

/** The account columns handlers use. */
export interface AccountRow {
  id: string;
  email: string;
  company_id: string | null;
  given_name: string;
  family_name: string;
  roles: string[];
  status: string;
  password_hash: string | null;
  password_one_time: boolean;
  password_expires_at: Date | null;
  /** The TOTP seed sealed by `ctx.secrets` (context `totp:<id>`); never clear text. */
  totp_secret: string | null;
  totp_last_step: number | string | null;
  mfa_email: boolean;
  phone: string | null;
  profile: Record<string, unknown>;
  address: Record<string, unknown> | null;
  pin_secret: string;
  /** The user's language for pages and messages (`en`, `de`); null: not chosen, the request decides. */
  locale: string | null;
  /** When a login found the password in a known breach; null once the password changed (or never found). */
  password_breached_at?: Date | null;
}

/** The body of every non-2xx answer (docs/rest-contract.md). */
export interface ErrorBody {
  error: { code: string; message?: string; issues?: FlowIssue[]; until?: string; retryAfter?: number };
}

/** Answers with the contract's error body. */
export function fail(
  c: Context,
  status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 428 | 429 | 503,
  code: string,
  extra: Omit<ErrorBody['error'], 'code'> = {},
): Response {
  if (extra.retryAfter !== undefined) c.header('Retry-After', String(extra.retryAfter));
  return c.json({ error: { code, ...extra } } satisfies ErrorBody, status);
}

/**
 * The client address. Without a trusted proxy: the socket's. Behind `trustProxy` proxies (`true` = 1): the
 * `X-Forwarded-For` entry the outermost trusted proxy appended, counted from the right — entries further left
 * were written by the client and can be forged. Too few entries fall back to the leftmost one present.
 */
export function clientIp(c: Context, trustProxy: boolean | number): string {
  const hops = trustProxy === true ? 1 : trustProxy === false ? 0 : Math.max(0, Math.floor(trustProxy));
  if (hops > 0) {
    const entries = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const chosen = entries[Math.max(0, entries.length - hops)];
    if (chosen) return chosen;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
