import type { FlowIssue } from '@gatehouse/flows';
import { type ApprovalEvent, approvalMachine } from '@gatehouse/flows/approval';
import { GatehouseError } from '@gatehouse/rules';
import { checkBusinessEmail } from '@gatehouse/rules/email';
import { createActor, fromPromise, type SnapshotFrom, waitFor } from 'xstate';
import { createAccount, oneTimePassword } from '../accounts/accounts.js';
import { mailText } from '../mail/mail-texts.js';
import type { OutgoingMessage } from '../mail/messenger.js';
import { welcomeMail } from '../mail/welcome-mail.js';
import { audit } from '../security/audit.js';
import type { ScryptParameters } from '../security/password-hash.js';
import type { SecretBox } from '../security/secret-box.js';
import { randomId } from '../security/tokens.js';
import type { Queryable } from '../storage/database.js';

/** A registration row as the approval service reads it. */
export interface RegistrationRow {
  id: string;
  email: string;
  data: Record<string, unknown>;
  status: string;
  confirmed_at: Date | null;
  created_at: Date;
  decided_at: Date | null;
  snapshot: unknown;
  /** Soft signals stored at submission (`RegistrationFinding[]`; `[]` for rows of older versions). */
  findings?: unknown;
}

/** What the approval service needs from the server. */
export interface ApprovalDeps {
  now: Date;
  scrypt: ScryptParameters;
  /** Seals the new account's support-PIN seed. */
  secrets: SecretBox;
  oneTimePasswordLifetimeMs: number;
  approvalSlaMs: number;
  /** The login page the welcome e-mail links to. */
  portalUrl: string;
  /** Messages to send once the transaction committed. */
  outbox: OutgoingMessage[];
}

/** The approval machine's input for a registration (its flag comes from the exact server-side e-mail lists). */
function machineInput(row: RegistrationRow, deps: ApprovalDeps) {
  const verdict = checkBusinessEmail(row.email);
  return {
    registrationId: row.id,
    submittedAt: (row.confirmed_at ?? row.created_at).toISOString(),
    emailFlag: verdict.ok ? null : verdict.code,
    sla: deps.approvalSlaMs,
    oneTimePasswordLifetime: deps.oneTimePasswordLifetimeMs,
  };
}

/**
 * The approval machine with its ports bound to `tx`: approving creates the company and the Super Admin
 * account with a random one-time password and queues the welcome e-mail; rejecting queues the rejection.
 */
function boundMachine(tx: Queryable, row: RegistrationRow, deps: ApprovalDeps) {
  // Every message about the registration goes out in the language the person registered in.
  const locale = (row.data as { locale?: string }).locale;
  return approvalMachine.provide({
    actors: {
      issueCredentials: fromPromise(async () => {
        const data = row.data as {
          givenName: string;
          familyName: string;
          company: string;
          jobTitle?: string;
          country?: string;
        };
        // Checked before any write: a second registration of an address that meanwhile got an account must
        // not leave a company behind (the machine returns to review with this issue).
        const existing = await tx.query('SELECT 1 FROM accounts WHERE email = $1', [row.email]);
        if (existing.length > 0) {
          throw new GatehouseError('account-exists', 'this address already has an account', {
            email: row.email,
          });
        }
        const domain = row.email.split('@')[1] ?? '';
        const companyId = randomId('co');
        await tx.query(
          'INSERT INTO companies (id, name, domain, support_level, region, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [companyId, data.company, domain, 'priority', 'emea', deps.now],
        );
        const password = oneTimePassword();
        await createAccount(
          tx,
          {
            email: row.email,
            companyId,
            givenName: data.givenName,
            familyName: data.familyName,
            roles: ['super-admin'],
            password,
            oneTime: true,
            passwordExpiresAt: new Date(deps.now.getTime() + deps.oneTimePasswordLifetimeMs),
            locale,
            profile: data.jobTitle ? { jobTitle: data.jobTitle } : {},
            address: {
              company: data.company,
              street: '',
              postalCode: '',
              city: '',
              country: data.country ?? '',
            },
          },
          deps.now,
          deps.scrypt,
          deps.secrets,
        );
        const days = Math.round(deps.oneTimePasswordLifetimeMs / 86_400_000);
        deps.outbox.push(
          welcomeMail({
            to: row.email,
            username: row.email,
            password,
            days,
            loginUrl: deps.portalUrl,
            locale,
          }),
        );
        return { username: row.email };
      }),
      notifyRejection: fromPromise<void, { registrationId: string; reason: string }>(async ({ input }) => {
        deps.outbox.push({
          channel: 'email',
          to: row.email,
          ...mailText(locale, 'rejected', { reason: input.reason }),
        });
      }),
      requestInformation: fromPromise<void, { registrationId: string; question: string }>(
        async ({ input }) => {
          deps.outbox.push({
            channel: 'email',
            to: row.email,
            ...mailText(locale, 'more-information', { question: input.question }),
          });
        },
      ),
      sendReminder: fromPromise<void, { registrationId: string; level: number }>(async () => undefined),
    },
  });
}

const settled = (s: SnapshotFrom<typeof approvalMachine>) =>
  s.status !== 'active' ||
  !(
    s.matches('approving') ||
    s.matches('rejecting') ||
    s.matches({ pending: { review: 'requestingInformation' } })
  );

/** The persisted snapshot of a newly confirmed registration's approval (the machine's initial state). */
export function initialApprovalSnapshot(row: RegistrationRow, deps: ApprovalDeps): unknown {
  const actor = createActor(boundMachine({ query: async () => [] }, row, deps), {
    input: machineInput(row, deps),
  });
  actor.start();
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return persisted;
}

/** The state the persisted snapshot is in: `approved`, `rejected`, `awaiting-information` or `pending`. */
export function approvalState(snapshot: unknown): string {
  const value = (snapshot as { value?: unknown } | null)?.value;
  if (value === 'approved' || value === 'rejected') return value;
  const review = (value as { pending?: { review?: unknown } } | null)?.pending?.review;
  return review === 'awaitingInformation' ? 'awaiting-information' : 'pending';
}

/** Decisions recorded in the snapshot's context (who, when, what, why). */
export function approvalDecisions(snapshot: unknown): unknown[] {
  return ((snapshot as { context?: { decisions?: unknown[] } } | null)?.context?.decisions ?? []).slice();
}

/** Result of {@link decide}. */
export type DecisionResult =
  | { ok: true; state: string; decision: unknown }
  | { ok: false; issues: FlowIssue[] }
  | { ok: false; conflict: true };

/**
 * Restores the registration's approval machine from its snapshot, sends the reviewer's event, waits until the
 * machine settles, and writes the new snapshot — all inside `tx` (a crash before commit loses nothing, a
 * restart resumes from the stored snapshot).
 */
export async function decide(
  tx: Queryable,
  row: RegistrationRow,
  event: ApprovalEvent,
  deps: ApprovalDeps,
  ip: string,
  actorId: string,
): Promise<DecisionResult> {
  if (row.status !== 'pending-approval' || !row.snapshot) return { ok: false, conflict: true };
  const machine = boundMachine(tx, row, deps);
  const actor = createActor(machine, {
    input: machineInput(row, deps),
    snapshot: row.snapshot as SnapshotFrom<typeof approvalMachine>,
  });
  actor.start();
  const before = actor.getSnapshot().context.decisions.length;
  actor.send(event);
  const after = await waitFor(actor, settled, { timeout: 10_000 });
  actor.stop();
  if (
    after.context.decisions.length === before ||
    (after.context.issues.length > 0 && after.status === 'active')
  ) {
    if (after.context.issues.length > 0) return { ok: false, issues: after.context.issues };
    return { ok: false, conflict: true };
  }
  const persisted = actor.getPersistedSnapshot();
  const state = approvalState(persisted);
  const status = state === 'approved' ? 'approved' : state === 'rejected' ? 'rejected' : 'pending-approval';
  const decision = after.context.decisions.at(-1);
  await tx.query(
    `UPDATE registrations SET snapshot = $2, status = $3,
       decided_at = CASE WHEN $3 IN ('approved', 'rejected') THEN $4::timestamptz ELSE decided_at END,
       decided_by = $5, decision_reason = $6 WHERE id = $1`,
    [row.id, JSON.stringify(persisted), status, deps.now, event.reviewer, decision?.reason ?? null],
  );
  await audit(tx, deps.now, {
    event: `registration-${decision?.action ?? 'decided'}`,
    actor: actorId,
    subject: row.id,
    ip,
    detail: { reason: decision?.reason ?? null, overrideEmailCheck: decision?.overrideEmailCheck ?? false },
  });
  return { ok: true, state, decision };
}
