import { personAddresses } from '../email-change/person-addresses.js';
import type { AccountRow } from '../http/context.js';
import { describeDevice } from '../http/user-agent.js';
import { type PlaceColumns, storedPlace } from '../places/stored-place.js';
import type { Queryable } from '../storage/database.js';

/**
 * The ids the audit trail may name a person by: the account, its addresses (unknown-address events), now and before
 * an e-mail change, and its registrations.
 */
export async function personAuditNames(db: Queryable, account: AccountRow): Promise<string[]> {
  const addresses = await personAddresses(db, account);
  const registrations = await db.query<{ id: string }>('SELECT id FROM registrations WHERE email = ANY($1)', [
    addresses,
  ]);
  return [account.id, ...addresses, ...registrations.map((r) => r.id)];
}

const iso = (value: Date | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The person: every column of their account a person would recognise, and none of its secrets. */
function accountPart(account: AccountRow & { created_at?: Date }) {
  return {
    id: account.id,
    email: account.email,
    givenName: account.given_name,
    familyName: account.family_name,
    profile: account.profile,
    phone: account.phone,
    address: account.address,
    language: account.locale,
    status: account.status,
    roles: account.roles,
    createdAt: iso(account.created_at),
  };
}

/** Each part of the export: one query, named columns only, so a secret column can never slip in. */
const PARTS = {
  company: async (db: Queryable, a: AccountRow) =>
    (
      await db.query<Record<string, unknown>>(
        'SELECT name, domain, support_level AS "supportLevel", region FROM companies WHERE id = $1',
        [a.company_id],
      )
    )[0] ?? null,
  sessions: async (db: Queryable, a: AccountRow) =>
    (
      await db.query<
        PlaceColumns & { user_agent: string; ip: string; created_at: Date; expires_at: Date; stage: string }
      >(
        `SELECT user_agent, ip, place_city, place_region, place_country, created_at, expires_at, stage FROM sessions
         WHERE account_id = $1 ORDER BY created_at`,
        [a.id],
      )
    ).map((s) => ({
      ...describeDevice(s.user_agent),
      userAgent: s.user_agent,
      ip: s.ip,
      place: storedPlace(s) ?? null,
      stage: s.stage,
      signedInAt: iso(s.created_at),
      expiresAt: iso(s.expires_at),
    })),
  devices: async (db: Queryable, a: AccountRow) =>
    (
      await db.query<{ user_agent: string; first_seen_at: Date; last_seen_at: Date }>(
        'SELECT user_agent, first_seen_at, last_seen_at FROM known_devices WHERE account_id = $1 ORDER BY first_seen_at',
        [a.id],
      )
    ).map((d) => ({
      ...describeDevice(d.user_agent),
      userAgent: d.user_agent,
      firstSeenAt: iso(d.first_seen_at),
      lastSeenAt: iso(d.last_seen_at),
    })),
  mfa: async (db: Queryable, a: AccountRow) => {
    const rows = await db.query<{ n: number | string }>(
      'SELECT count(*) AS n FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL',
      [a.id],
    );
    const passkeys = await db.query<{ name: string; created_at: Date; last_used_at: Date | null }>(
      'SELECT name, created_at, last_used_at FROM passkeys WHERE account_id = $1 ORDER BY created_at',
      [a.id],
    );
    return {
      // By name only: the seeds, public keys and code hashes are secrets or keys, not data about the person.
      passkeys: passkeys.map((k) => ({
        name: k.name,
        createdAt: iso(k.created_at),
        lastUsedAt: iso(k.last_used_at),
      })),
      factors: [...(a.totp_secret ? ['totp'] : []), ...(a.mfa_email ? ['email'] : [])],
      recoveryCodesRemaining: Number(rows[0]?.n ?? 0),
    };
  },
  supportCases: async (db: Queryable, a: AccountRow) => {
    const cases = await db.query<{
      id: string;
      data: unknown;
      status: string;
      created_at: Date;
      updated_at: Date | null;
    }>(
      'SELECT id, data, status, created_at, updated_at FROM support_cases WHERE account_id = $1 ORDER BY created_at',
      [a.id],
    );
    const comments = await db.query<{ case_id: string; author: string; body: string; created_at: Date }>(
      `SELECT case_id, author, body, created_at FROM support_case_comments
       WHERE case_id = ANY($1) OR account_id = $2 ORDER BY created_at, id`,
      [cases.map((c) => c.id), a.id],
    );
    const of = (id: string) =>
      comments
        .filter((m) => m.case_id === id)
        .map((m) => ({ author: m.author, body: m.body, createdAt: iso(m.created_at) }));
    return cases.map((c) => ({
      id: c.id,
      status: c.status,
      data: c.data,
      createdAt: iso(c.created_at),
      updatedAt: iso(c.updated_at),
      comments: of(c.id),
    }));
  },
  rmaRequests: async (db: Queryable, a: AccountRow) =>
    (
      await db.query<{ id: string; data: unknown; created_at: Date }>(
        'SELECT id, data, created_at FROM rma_requests WHERE account_id = $1 ORDER BY created_at',
        [a.id],
      )
    ).map((r) => ({ id: r.id, data: r.data, createdAt: iso(r.created_at) })),
  registrations: async (db: Queryable, a: AccountRow) =>
    (
      await db.query<{
        id: string;
        data: unknown;
        status: string;
        created_at: Date;
        confirmed_at: Date | null;
        decided_at: Date | null;
      }>(
        'SELECT id, data, status, created_at, confirmed_at, decided_at FROM registrations WHERE email = ANY($1) ORDER BY created_at',
        [await personAddresses(db, a)],
      )
    ).map((r) => ({
      id: r.id,
      data: r.data,
      status: r.status,
      createdAt: iso(r.created_at),
      confirmedAt: iso(r.confirmed_at),
      decidedAt: iso(r.decided_at),
    })),
  // Every request, whether or not its new address had an account: the same rows either way (the requester's own
  // input), so the export tells them no more than the answer to the request did.
  emailChanges: async (db: Queryable, a: AccountRow) =>
    (
      await db.query<{
        old_email: string;
        new_email: string;
        created_at: Date;
        expires_at: Date;
        confirmed_at: Date | null;
        cancelled_at: Date | null;
      }>(
        `SELECT old_email, new_email, created_at, expires_at, confirmed_at, cancelled_at FROM email_changes
         WHERE account_id = $1 ORDER BY created_at, id`,
        [a.id],
      )
    ).map((e) => ({
      oldEmail: e.old_email,
      newEmail: e.new_email,
      requestedAt: iso(e.created_at),
      changedAt: iso(e.confirmed_at),
      cancelledAt: iso(e.cancelled_at),
      linkExpiresAt: iso(e.expires_at),
    })),
  formSubmissions: async (db: Queryable, a: AccountRow) =>
    (
      await db.query<{ form_id: string; version: number; data: unknown; submitted_at: Date }>(
        'SELECT form_id, version, data, submitted_at FROM form_submissions WHERE account_id = $1 ORDER BY submitted_at',
        [a.id],
      )
    ).map((f) => ({
      formId: f.form_id,
      version: Number(f.version),
      data: f.data,
      submittedAt: iso(f.submitted_at),
    })),
  invitations: async (db: Queryable, a: AccountRow) => {
    const rows = await db.query<{
      email: string;
      roles: string[];
      invited_by: string | null;
      created_at: Date;
      accepted_at: Date | null;
      revoked_at: Date | null;
    }>(
      `SELECT email, roles, invited_by, created_at, accepted_at, revoked_at FROM invitations
       WHERE email = $1 OR invited_by = $2 ORDER BY created_at`,
      [a.email, a.id],
    );
    return rows.map((i) => ({
      direction: i.email === a.email ? 'received' : 'sent',
      email: i.email,
      roles: i.roles,
      createdAt: iso(i.created_at),
      acceptedAt: iso(i.accepted_at),
      revokedAt: iso(i.revoked_at),
    }));
  },
  auditEvents: async (db: Queryable, a: AccountRow) => {
    const names = await personAuditNames(db, a);
    const rows = await db.query<{
      at: Date;
      event: string;
      actor: string | null;
      subject: string | null;
      ip: string | null;
      detail: unknown;
    }>(
      `SELECT at, event, actor, subject, ip, detail FROM audit_events
       WHERE actor = ANY($1) OR subject = ANY($1) ORDER BY at, id`,
      [names],
    );
    return rows.map((e) => ({
      at: iso(e.at),
      event: e.event,
      byYou: e.actor === a.id,
      aboutYou: e.subject !== null && names.includes(e.subject),
      ip: e.ip,
      detail: e.detail,
    }));
  },
};

/** The export document: its keys, in order. */
export type AccountExport = { exportedAt: string; account: ReturnType<typeof accountPart> } & {
  [K in keyof typeof PARTS]: Awaited<ReturnType<(typeof PARTS)[K]>>;
};

/**
 * Everything the server holds about `account`'s person, as one JSON-ready document: the account, company and
 * roles, sessions, known devices, second factors by name, support cases with their comments, RMA requests,
 * registrations, e-mail address changes (old and new address, when asked, changed or cancelled), form submissions,
 * invitations, and the audit entries by or about them. No password hash, TOTP or
 * PIN seed, recovery code, token or token hash: the account part and every other part pick named columns only.
 */
export async function exportAccountData(
  db: Queryable,
  account: AccountRow,
  now: Date,
): Promise<AccountExport> {
  const full =
    (
      await db.query<AccountRow & { created_at: Date }>('SELECT * FROM accounts WHERE id = $1', [account.id])
    )[0] ?? account;
  const parts = await Promise.all(
    Object.entries(PARTS).map(async ([name, read]) => [name, await read(db, full)] as const),
  );
  return {
    exportedAt: now.toISOString(),
    account: accountPart(full),
    ...Object.fromEntries(parts),
  } as AccountExport;
}
