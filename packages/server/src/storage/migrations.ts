import type { Database } from './database.js';

/** One numbered schema step. Applied steps are never edited: a change is a new, higher number. */
export interface Migration {
  /** Strictly increasing; recorded in `gatehouse_migrations`. */
  version: number;
  /** Short description, shown in logs. */
  name: string;
  /** Statements separated by `;` at line end; plain SQL both PGlite and Postgres 13+ accept. */
  sql: string;
}

/**
 * The one schema both implementations share. Times are `timestamptz` written from the server's clock
 * (passed as parameters) so tests can move time; secrets are stored only as hashes, except the TOTP and
 * support-PIN seeds, which the server must read back to compute codes: those are encrypted with AES-256-GCM
 * (security/secret-box.ts; clear rows of older versions are sealed at start, no schema change needed).
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE companies (
  id text PRIMARY KEY,
  name text NOT NULL,
  domain text NOT NULL,
  support_level text NOT NULL DEFAULT 'standard',
  region text NOT NULL DEFAULT 'emea',
  created_at timestamptz NOT NULL
);
CREATE TABLE accounts (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  company_id text REFERENCES companies(id),
  given_name text NOT NULL DEFAULT '',
  family_name text NOT NULL DEFAULT '',
  roles text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'active',
  password_hash text,
  password_one_time boolean NOT NULL DEFAULT false,
  password_expires_at timestamptz,
  totp_secret text,
  totp_pending_secret text,
  totp_last_step bigint,
  mfa_email boolean NOT NULL DEFAULT false,
  phone text,
  profile jsonb NOT NULL DEFAULT '{}',
  address jsonb,
  pin_secret text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE registrations (
  id text PRIMARY KEY,
  email text NOT NULL,
  data jsonb NOT NULL,
  status text NOT NULL,
  token_hash text UNIQUE,
  token_expires_at timestamptz,
  resend_available_at timestamptz,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  decided_at timestamptz,
  decided_by text,
  decision_reason text,
  reminded_at timestamptz,
  snapshot jsonb
);
CREATE INDEX registrations_status ON registrations (status, confirmed_at);
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  stage text NOT NULL,
  mfa_methods text[] NOT NULL DEFAULT '{}',
  authenticated_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE TABLE codes (
  id text PRIMARY KEY,
  account_id text REFERENCES accounts(id) ON DELETE CASCADE,
  purpose text NOT NULL,
  subject text NOT NULL,
  code_hash text NOT NULL,
  payload jsonb,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX codes_subject ON codes (purpose, subject);
CREATE TABLE attempt_counters (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE rate_limits (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  event text NOT NULL,
  actor text,
  subject text,
  ip text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_subject ON audit_events (subject, at);
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  channel text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz,
  error text
);
CREATE TABLE support_cases (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts(id),
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE rma_requests (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts(id),
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE invitations (
  id text PRIMARY KEY,
  company_id text NOT NULL REFERENCES companies(id),
  email text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  roles text[] NOT NULL,
  invited_by text NOT NULL REFERENCES accounts(id),
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  created_at timestamptz NOT NULL
)`,
  },
  {
    version: 2,
    name: 'drop the unused clear-text totp_pending_secret column',
    // TOTP seeds are now sealed with AES-256-GCM (security/secret-box.ts); existing clear-text seeds in
    // accounts.totp_secret and pending enrollments are encrypted by the server at start (sealClearTotpSecrets),
    // since the key lives outside SQL. Pending seeds live with their enrollment code, never in this column.
    sql: 'ALTER TABLE accounts DROP COLUMN IF EXISTS totp_pending_secret',
  },
  {
    version: 3,
    name: 'token buckets for rate limits (no window edge); a durable mail queue',
    // rate_limits (fixed windows) let twice the limit through across a window edge; buckets refill steadily.
    // mail_queue: messages are written in the request's transaction and delivered by a worker (mail/mail-queue.ts).
    sql: `CREATE TABLE rate_buckets (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  updated_at timestamptz NOT NULL,
  allowed boolean NOT NULL
);
CREATE TABLE mail_queue (
  id bigserial PRIMARY KEY,
  channel text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_until timestamptz,
  delivered_at timestamptz,
  failed_at timestamptz,
  last_error text
);
CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL`,
  },
  {
    // Numbers need not be contiguous: each is applied once, in order, whenever it is missing.
    version: 30,
    name: 'device registry',
    sql: `
CREATE TABLE devices (
  serial text PRIMARY KEY,
  company_domain text NOT NULL,
  part_number text NOT NULL DEFAULT '',
  unit_type text NOT NULL DEFAULT 'other',
  purchase_date date NOT NULL,
  imported_at timestamptz NOT NULL
);
CREATE INDEX devices_company_domain ON devices (company_domain)`,
  },
  {
    version: 40,
    name: 'registration findings (soft signals for the reviewer)',
    // `[{ code, params }]`, written once when the registration is submitted (mail-domain/registration-findings.ts).
    sql: "ALTER TABLE registrations ADD COLUMN IF NOT EXISTS findings jsonb NOT NULL DEFAULT '[]'",
  },
  {
    version: 47,
    name: 'the HTML part of queued e-mails',
    // A message's own HTML (the welcome e-mail's Log in button, its language); NULL: made from the text.
    sql: 'ALTER TABLE mail_queue ADD COLUMN IF NOT EXISTS html text',
  },
  {
    version: 48,
    name: 'drop the fixed-window rate_limits table; index for pruning sent mail',
    // Rate limits are token buckets (rate_buckets) since version 3; nothing reads rate_limits any more.
    // Delivered and given-up mail is deleted after the retention period (mail/mail-queue.ts, prune).
    sql: `DROP TABLE IF EXISTS rate_limits;
CREATE INDEX IF NOT EXISTS mail_queue_finished ON mail_queue (COALESCE(delivered_at, failed_at))
  WHERE delivered_at IS NOT NULL OR failed_at IS NOT NULL`,
  },
  {
    version: 49,
    name: 'role model ids, revocable invitations, support case state and comments',
    // The role model of @gatehouse/rules/roles replaces the earlier ids: admin and support become
    // user-management and support-cases; the catch-all "user" granted nothing and is dropped.
    sql: `
UPDATE accounts SET roles = array_remove(array_replace(array_replace(roles, 'admin', 'user-management'), 'support', 'support-cases'), 'user');
UPDATE invitations SET roles = array_remove(array_replace(array_replace(roles, 'admin', 'user-management'), 'support', 'support-cases'), 'user');
ALTER TABLE invitations ADD COLUMN revoked_at timestamptz;
ALTER TABLE support_cases ADD COLUMN status text NOT NULL DEFAULT 'open';
ALTER TABLE support_cases ADD COLUMN updated_at timestamptz;
UPDATE support_cases SET updated_at = created_at;
CREATE INDEX support_cases_account ON support_cases (account_id, updated_at);
CREATE TABLE support_case_comments (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES support_cases(id) ON DELETE CASCADE,
  account_id text REFERENCES accounts(id),
  author text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX support_case_comments_case ON support_case_comments (case_id, created_at)`,
  },
  {
    version: 50,
    name: "each user's language",
    // en or de, for the portal's pages and every message to the user; NULL: the request decides.
    sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS locale text',
  },
  {
    version: 61,
    name: 'OpenID Connect provider: its models, sealed signing keys, links to portal sessions',
    // oidc_models: every artefact oidc-provider persists (sessions, interactions, codes, grants, tokens) as its
    // JSON payload, one row per model and id (oidc/oidc-adapter.ts). oidc_signing_keys: the private JWKs, sealed
    // like TOTP seeds (oidc/signing-keys.ts). oidc_login_links: which provider session rode on which portal
    // session, so a portal logout reaches the sibling portals (oidc/logout-propagation.ts).
    sql: `CREATE TABLE oidc_models (
  model text NOT NULL,
  id text NOT NULL,
  payload jsonb NOT NULL,
  grant_id text,
  user_code text,
  uid text,
  expires_at timestamptz,
  consumed_at timestamptz,
  PRIMARY KEY (model, id)
);
CREATE INDEX oidc_models_grant ON oidc_models (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX oidc_models_uid ON oidc_models (model, uid) WHERE uid IS NOT NULL;
CREATE INDEX oidc_models_expires ON oidc_models (expires_at);
CREATE TABLE oidc_signing_keys (
  kid text PRIMARY KEY,
  sealed_jwk text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE oidc_login_links (
  session_uid text PRIMARY KEY,
  gatehouse_session text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_login_links_gatehouse ON oidc_login_links (gatehouse_session)`,
  },
  {
    version: 190,
    name: 'recovery codes',
    // Single-use codes for a lost second factor: only a peppered hash of each is kept (security/recovery-codes.ts);
    // a new set replaces the old one, and removing the last factor deletes them.
    sql: `CREATE TABLE recovery_codes (
  account_id text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (account_id, code_hash)
)`,
  },
  {
    version: 191,
    name: 'known devices (new sign-in alerts)',
    // A browser is known to an account by the hash of its device cookie (security/known-devices.ts): a full sign-in
    // from a browser the account has not seen sends the owner an alert; the first device of an account does not.
    sql: `CREATE TABLE known_devices (
  account_id text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  device_hash text NOT NULL,
  user_agent text NOT NULL DEFAULT '',
  first_seen_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, device_hash)
)`,
  },
  {
    version: 192,
    name: 'what the sessions list shows: a public id, the browser and the address of each session',
    // public_id names a session in the API (the token hash never leaves the server); NULL for sessions started
    // before this version, which the list names by a prefix of their hash instead.
    sql: `ALTER TABLE sessions ADD COLUMN IF NOT EXISTS public_id text;
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS user_agent text NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS ip text NOT NULL DEFAULT ''`,
  },
  {
    version: 200,
    name: 'files uploaded to forms',
    // Uploads of form file fields (form-files/file-storage.ts): the checked content and its type read from the
    // bytes; submission_id is set when a stored submission references the file, so an upload is claimed once.
    sql: `CREATE TABLE form_files (
  id text PRIMARY KEY,
  form_id text NOT NULL,
  form_version integer NOT NULL,
  field text NOT NULL,
  name text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  hash text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL,
  submission_id text
);
CREATE INDEX form_files_submission ON form_files (submission_id)`,
  },
  {
    version: 210,
    name: 'published forms: versioned definitions, their built modules, submissions',
    // The definition is kept as the JSON text that was published (jsonb would reorder its keys, and a designer diffs
    // against it); the module is built once at publishing and served as it is. Submissions name the version they
    // were validated with, so data of an older version stays readable after a restore or a new publish.
    sql: `CREATE TABLE published_forms (
  id text PRIMARY KEY,
  current_version integer NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE TABLE published_form_versions (
  form_id text NOT NULL REFERENCES published_forms(id),
  version integer NOT NULL,
  definition text NOT NULL,
  module text NOT NULL,
  hash text NOT NULL,
  published_by text NOT NULL REFERENCES accounts(id),
  published_at timestamptz NOT NULL,
  PRIMARY KEY (form_id, version)
);
CREATE TABLE form_submissions (
  id text PRIMARY KEY,
  form_id text NOT NULL,
  version integer NOT NULL,
  data jsonb NOT NULL,
  account_id text REFERENCES accounts(id) ON DELETE SET NULL,
  submitted_at timestamptz NOT NULL,
  FOREIGN KEY (form_id, version) REFERENCES published_form_versions(form_id, version)
);
CREATE INDEX form_submissions_form ON form_submissions (form_id, version, submitted_at)`,
  },
  {
    version: 220,
    name: 'passkeys (WebAuthn) and their single-use challenges',
    // Only public keys are stored; the counter detects a cloned authenticator. A challenge row is deleted when a
    // browser answers it (security/webauthn-challenges.ts), so each works once, and it expires besides.
    sql: `CREATE TABLE passkeys (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  credential_id text NOT NULL UNIQUE,
  public_key text NOT NULL,
  counter bigint NOT NULL DEFAULT 0,
  transports text[] NOT NULL DEFAULT '{}',
  name text NOT NULL,
  backed_up boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz
);
CREATE INDEX passkeys_account ON passkeys (account_id);
CREATE TABLE webauthn_challenges (
  challenge text PRIMARY KEY,
  purpose text NOT NULL,
  account_id text REFERENCES accounts(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
)`,
  },
  {
    version: 230,
    name: 'when a login found the account password in a known breach (cleared when the password changes)',
    sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS password_breached_at timestamptz',
  },
  {
    version: 240,
    name: 'proof-of-work-uses',
    // Nonces of redeemed proof-of-work challenges, kept until the challenge expires: each is accepted once.
    sql: `CREATE TABLE proof_of_work_uses (
  nonce text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX proof_of_work_uses_expiry ON proof_of_work_uses (expires_at)`,
  },
  {
    version: 250,
    name: 'a deleted account leaves the invitations it sent and the form versions it published',
    // Deleting an account removes its row (data-rights/account-erasure.ts); what it did for the company stays,
    // without its author: pending invitations still work, published form versions still serve.
    sql: `ALTER TABLE invitations DROP CONSTRAINT IF EXISTS invitations_invited_by_fkey;
ALTER TABLE invitations ALTER COLUMN invited_by DROP NOT NULL;
ALTER TABLE invitations ADD CONSTRAINT invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES accounts(id) ON DELETE SET NULL;
ALTER TABLE published_form_versions DROP CONSTRAINT IF EXISTS published_form_versions_published_by_fkey;
ALTER TABLE published_form_versions ALTER COLUMN published_by DROP NOT NULL;
ALTER TABLE published_form_versions ADD CONSTRAINT published_form_versions_published_by_fkey FOREIGN KEY (published_by) REFERENCES accounts(id) ON DELETE SET NULL`,
  },
  {
    version: 260,
    name: 'the chunks published form modules import lazily (the phone rule), one row per content-named file',
    // Kept for good: a stored module names its chunk by content hash, so an upgrade that builds another chunk
    // leaves the old modules working.
    sql: `CREATE TABLE published_form_chunks (
  file text PRIMARY KEY,
  code text NOT NULL,
  stored_at timestamptz NOT NULL
)`,
  },
  {
    version: 270,
    name: 'e-mail address changes waiting for (or done by) the single-use link sent to the new address',
    // token_hash is NULL once the link was used or replaced, and from the start when the new address belonged to
    // another account (that request looks the same to the requester but can never be confirmed).
    sql: `CREATE TABLE email_changes (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  old_email text NOT NULL,
  new_email text NOT NULL,
  token_hash text UNIQUE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz
);
CREATE INDEX email_changes_account ON email_changes (account_id, created_at)`,
  },
  {
    version: 280,
    name: "the old address's single-use link that cancels an e-mail change ('this was not me')",
    // cancel_token_hash is NULL once that link was used; cancelled_at marks a change its old address stopped, so
    // the link to the new address can say why it no longer works.
    sql: `ALTER TABLE email_changes ADD COLUMN cancel_token_hash text UNIQUE;
ALTER TABLE email_changes ADD COLUMN cancelled_at timestamptz`,
  },
  {
    version: 290,
    name: 'the approximate place of each session, when the host gave the server a place lookup',
    // Looked up once at sign-in and kept with the session (not on every list request); NULL: not known or not asked.
    // Checked before it is written (places/bound-place.ts), the column bounds are the last line of defence.
    sql: `ALTER TABLE sessions ADD COLUMN IF NOT EXISTS place_city varchar(100);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS place_region varchar(100);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS place_country char(2)`,
  },
];

/**
 * Brings `db` up to the newest schema. Safe to call from several processes at once: a transaction-scoped
 * advisory lock makes them take turns, and each step commits together with its version row.
 */
export async function migrate(db: Database, steps: readonly Migration[] = migrations): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS gatehouse_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
  );
  const applied: number[] = [];
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    await db.transaction(async (tx) => {
      // 0x6761_7465 spells "gate": any constant works as long as every process uses the same one.
      await tx.query('SELECT pg_advisory_xact_lock(1734439013)');
      const done = await tx.query('SELECT 1 FROM gatehouse_migrations WHERE version = $1', [step.version]);
      if (done.length > 0) return;
      for (const statement of step.sql.split(/;\s*\n/)) {
        if (statement.trim()) await tx.query(statement);
      }
      await tx.query('INSERT INTO gatehouse_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        step.version,
        step.name,
        new Date(),
      ]);
      applied.push(step.version);
    });
  }
  return applied;
}
