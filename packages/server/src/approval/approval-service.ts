import type { FlowIssue } from '@gatehouse/flows';
import { type ApprovalEvent, type ApprovalPolicy, approvalMachine } from '@gatehouse/flows/approval';
import { GatehouseError } from '@gatehouse/rules';
import { checkBusinessEmail } from '@gatehouse/rules/email';
import { createActor, fromPromise, SimulatedClock, type SnapshotFrom, waitFor } from 'xstate';
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
  /** The SLA, reminder and one-time-password policy a newly confirmed registration's machine starts with. */
  policy: ApprovalPolicy;
  /** The login page the welcome e-mail links to. */
  portalUrl: string;
  /** Messages the machine's ports produce; the caller writes them to the mail queue through the same `tx`. */
  outbox: OutgoingMessage[];
}

/** The approval machine's input for a registration (its flag comes from the exact server-side e-mail lists). */
function machineInput(row: RegistrationRow, deps: ApprovalDeps) {
  const verdict = checkBusinessEmail(row.email);
  return {
    registrationId: row.id,
    submittedAt: (row.confirmed_at ?? row.created_at).toISOString(),
    emailFlag: verdict.ok ? null : verdict.code,
    sla: deps.policy.slaMs,
    reminderInterval: deps.policy.reminderIntervalMs,
    maxReminders: deps.policy.maxReminders,
    oneTimePasswordLifetime: deps.policy.oneTimePasswordLifetimeMs,
  };
}

/**
 * The approval machine with its ports bound to `tx`: approving creates the company and the Super Admin
 * account with a random one-time password and queues the welcome e-mail; rejecting queues the rejection; a
 * reminder (the machine's own SLA and reminder timers decide when) queues an e-mail to every reviewer and is
 * recorded in the audit with its level.
 */
function boundMachine(tx: Queryable, row: RegistrationRow, deps: ApprovalDeps) {
  // Every message about the registration goes out in the language the person registered in.
  const locale = (row.data as { locale?: string }).locale;
  return approvalMachine.provide({
    actors: {
      issueCredentials: fromPromise<
        { username: string },
        { registrationId: string; oneTimePasswordLifetimeMs: number }
      >(async ({ input }) => {
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
            passwordExpiresAt: new Date(deps.now.getTime() + input.oneTimePasswordLifetimeMs),
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
        const days = Math.round(input.oneTimePasswordLifetimeMs / 86_400_000);
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
      sendReminder: fromPromise<void, { registrationId: string; level: number }>(async ({ input }) => {
        const reviewers = await tx.query<{ email: string }>(
          "SELECT email FROM accounts WHERE 'reviewer' = ANY(roles) AND status = 'active'",
        );
        const since = (row.confirmed_at ?? row.created_at).toISOString();
        for (const reviewer of reviewers) {
          deps.outbox.push({
            channel: 'email',
            to: reviewer.email,
            subject: `Overdue registration (reminder ${input.level})`,
            text: `The registration of ${row.email} waits for approval since ${since}, longer than the SLA.`,
          });
        }
        await audit(tx, deps.now, {
          event: 'approval-reminder',
          actor: 'system',
          subject: row.id,
          detail: { level: input.level },
        });
      }),
    },
  });
}

/** No port of the machine is running: its snapshot can be stored. */
const settled = (s: SnapshotFrom<typeof approvalMachine>) =>
  s.status !== 'active' ||
  !(
    s.matches({ pending: { review: 'approving' } }) ||
    s.matches({ pending: { review: 'rejecting' } }) ||
    s.matches({ pending: { review: 'requestingInformation' } }) ||
    s.matches({ pending: { sla: { overdue: 'reminding' } } })
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

/** The parts of a snapshot that change when a timer fired (not the clock the host last told it). */
const timerState = (snapshot: unknown) => {
  const s = snapshot as { value?: unknown; context?: Record<string, unknown> } | null;
  const { clockAt: _clock, ...context } = s?.context ?? {};
  return JSON.stringify([s?.value, context]);
};

/**
 * Runs the approval machine's own SLA and reminder timers for one stored registration, as of `deps.now`: the
 * actor is restored from its snapshot on a simulated clock, told the time (`RESUME_TIMERS`), and whatever is due
 * fires at once — the SLA deadline (overdue, first reminder) or the next reminder interval. The reminder port
 * writes through `tx`, and the new snapshot is stored with it, so one reminder goes out per due timer even with
 * several server processes (the caller holds the row lock). Resolves with whether the snapshot changed.
 */
export async function runDueTimers(
  tx: Queryable,
  row: RegistrationRow,
  deps: ApprovalDeps,
): Promise<boolean> {
  if (row.status !== 'pending-approval' || !row.snapshot) return false;
  const clock = new SimulatedClock();
  const actor = createActor(boundMachine(tx, row, deps), {
    clock,
    input: machineInput(row, deps),
    snapshot: row.snapshot as SnapshotFrom<typeof approvalMachine>,
  });
  actor.start();
  actor.send({ type: 'RESUME_TIMERS', at: deps.now.getTime() });
  // Deadlines already passed were armed with delay 0: fire them now, then let the reminder port finish.
  clock.increment(0);
  await waitFor(actor, settled, { timeout: 10_000 });
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  if (timerState(persisted) === timerState(row.snapshot)) return false;
  await tx.query('UPDATE registrations SET snapshot = $2 WHERE id = $1', [row.id, JSON.stringify(persisted)]);
  return true;
}

/** When the SLA of a stored approval ends: its confirmation time plus the SLA its machine was started with. */
export function approvalDueAt(row: RegistrationRow, fallbackSlaMs: number): Date {
  const submittedAt = row.confirmed_at ?? row.created_at;
  const slaMs = (row.snapshot as { context?: { config?: { slaMs?: unknown } } } | null)?.context?.config
    ?.slaMs;
  return new Date(submittedAt.getTime() + (typeof slaMs === 'number' ? slaMs : fallbackSlaMs));
}
