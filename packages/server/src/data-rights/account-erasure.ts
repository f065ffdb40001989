import { personAddresses } from '../email-change/person-addresses.js';
import type { AccountRow } from '../http/context.js';
import { loginLockKey } from '../http/sign-in.js';
import type { Queryable } from '../storage/database.js';
import { personAuditNames } from './account-export.js';

/** What an erasure did, for the caller: the sessions it ended (their listeners are told after the commit). */
export interface Erasure {
  endedSessions: string[];
}

/** What a deleted person's comments on other people's cases are signed with. */
export const DELETED_AUTHOR = 'deleted user';

/** Replaces every string in `value` that names the person (address, given or family name) with `[removed]`. */
function scrub(value: unknown, words: readonly string[]): unknown {
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    return words.some((w) => lower.includes(w)) ? '[removed]' : value;
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, words));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, words)]));
  }
  return value;
}

/**
 * The audit trail keeps every entry by or about the person, under `pseudonym` instead of their account id, address
 * or registration ids; the addresses they acted from go, and so does any detail text that names them.
 */
async function pseudonymiseAudit(tx: Queryable, account: AccountRow, pseudonym: string): Promise<void> {
  const names = await personAuditNames(tx, account);
  const words = [account.email, account.given_name, account.family_name]
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= 2);
  const rows = await tx.query<{ id: string; detail: unknown }>(
    'SELECT id, detail FROM audit_events WHERE actor = ANY($1) OR subject = ANY($1)',
    [names],
  );
  for (const row of rows) {
    await tx.query(
      `UPDATE audit_events SET
         ip = CASE WHEN actor IS NULL OR actor = ANY($2) THEN NULL ELSE ip END,
         actor = CASE WHEN actor = ANY($2) THEN $3 ELSE actor END,
         subject = CASE WHEN subject = ANY($2) THEN $3 ELSE subject END,
         detail = $4
       WHERE id = $1`,
      [row.id, names, pseudonym, JSON.stringify(scrub(row.detail, words))],
    );
  }
}

/**
 * Each table that holds something of the person, and what happens to it (docs/data-rights.md lists the same).
 * Run in this order: rows that reference the account go before the account row itself.
 */
const STEPS: readonly {
  table: string;
  run: (tx: Queryable, a: AccountRow, pseudonym: string) => Promise<unknown>;
}[] = [
  // Single sign-on: the provider's grants and tokens for the person, and the links of their portal sessions.
  {
    table: 'oidc_models, oidc_login_links',
    run: async (tx, a) => {
      await tx.query(
        'DELETE FROM oidc_login_links WHERE gatehouse_session IN (SELECT token_hash FROM sessions WHERE account_id = $1)',
        [a.id],
      );
      await tx.query("DELETE FROM oidc_models WHERE payload->>'accountId' = $1", [a.id]);
    },
  },
  // Their own cases and returns (the portal shows them to nobody else); comments on others' cases lose the name.
  {
    table: 'support_cases, support_case_comments, rma_requests',
    run: async (tx, a) => {
      await tx.query('DELETE FROM support_cases WHERE account_id = $1', [a.id]);
      await tx.query(
        'UPDATE support_case_comments SET account_id = NULL, author = $2 WHERE account_id = $1',
        [a.id, DELETED_AUTHOR],
      );
      await tx.query('DELETE FROM rma_requests WHERE account_id = $1', [a.id]);
    },
  },
  {
    table: 'form_submissions',
    run: (tx, a) => tx.query('DELETE FROM form_submissions WHERE account_id = $1', [a.id]),
  },
  // The registration that created the account and invitations to the address; decisions the person took as a
  // reviewer keep the pseudonym.
  {
    table: 'registrations, invitations',
    run: async (tx, a, pseudonym) => {
      const addresses = await personAddresses(tx, a);
      await tx.query('DELETE FROM registrations WHERE email = ANY($1)', [addresses]);
      await tx.query('DELETE FROM invitations WHERE email = ANY($1)', [addresses]);
      await tx.query('UPDATE registrations SET decided_by = $2 WHERE decided_by = $1', [a.id, pseudonym]);
      await tx.query(
        'UPDATE registrations SET snapshot = replace(snapshot::text, $1, $2)::jsonb WHERE strpos(snapshot::text, $1) > 0',
        [a.id, pseudonym],
      );
    },
  },
  // Codes, lockout counters and rate-limit buckets kept under the account id or an address it had.
  {
    table: 'codes, attempt_counters, rate_buckets',
    run: async (tx, a) => {
      const addresses = await personAddresses(tx, a);
      await tx.query('DELETE FROM codes WHERE account_id = $1 OR subject = $1 OR subject = ANY($2)', [
        a.id,
        addresses,
      ]);
      await tx.query('DELETE FROM attempt_counters WHERE key = ANY($1)', [addresses.map(loginLockKey)]);
      for (const key of [`:${a.id}:`, ...addresses.map((address) => `:${address}:`)])
        await tx.query('DELETE FROM rate_buckets WHERE strpos(key, $1) > 0', [key]);
    },
  },
  // Mail and text messages to the person, sent or waiting (the deletion's own confirmation is queued after), and sent
  // mail to others that names them (an invitation from them); mail still on its way to others is left to go.
  {
    table: 'mail_queue, outbox',
    run: async (tx, a) => {
      const to = [...(await personAddresses(tx, a)), ...(a.phone ? [a.phone] : [])];
      const name = `${a.given_name} ${a.family_name}`.trim();
      const named = name.length >= 3 ? name : a.email;
      await tx.query(
        `DELETE FROM mail_queue WHERE recipient = ANY($1)
           OR ((strpos(body, $2) > 0 OR strpos(body, $3) > 0) AND (delivered_at IS NOT NULL OR failed_at IS NOT NULL))`,
        [to, named, a.email],
      );
      await tx.query(
        'DELETE FROM outbox WHERE recipient = ANY($1) OR strpos(body, $2) > 0 OR strpos(body, $3) > 0',
        [to, named, a.email],
      );
    },
  },
  // The account row; with it (ON DELETE CASCADE) its sessions, codes, recovery codes and known devices, and (ON
  // DELETE SET NULL) the author of invitations it sent and of form versions it published.
  { table: 'accounts', run: (tx, a) => tx.query('DELETE FROM accounts WHERE id = $1', [a.id]) },
];

/**
 * Deletes `account`'s person inside `tx`: every personal row removed or stripped of the person (see STEPS), the
 * audit trail kept under `pseudonym`. Returns the token hashes of the sessions it ended, for the session-end
 * listeners once `tx` committed. The caller decides who may (re-authentication, the Super Admin hand-over).
 */
export async function eraseAccount(tx: Queryable, account: AccountRow, pseudonym: string): Promise<Erasure> {
  const sessions = await tx.query<{ token_hash: string }>(
    'SELECT token_hash FROM sessions WHERE account_id = $1',
    [account.id],
  );
  // First, while registrations still name the person.
  await pseudonymiseAudit(tx, account, pseudonym);
  for (const step of STEPS) await step.run(tx, account, pseudonym);
  return { endedSessions: sessions.map((s) => s.token_hash) };
}
