import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/approval-decision.form.js';
import { type DurationInput, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { DEFAULT_APPROVAL_POLICY } from './approval.policy.js';
import { approvalPorts } from './approval.ports.js';

/** The compiled decision form (reason, override); the reviewer comes from the session, not the form. */
export const approvalDecisionForm = flowForm(built);

/** One recorded decision: who, when (ISO), what, why. */
export interface ApprovalDecision {
  action: 'approve' | 'reject' | 'request-info' | 'info-provided';
  by: string;
  at: string;
  reason?: string;
  overrideEmailCheck?: boolean;
}

/** The registration under review and the configuration (defaults: `DEFAULT_APPROVAL_POLICY`). */
export interface ApprovalInput {
  registrationId: string;
  /** ISO instant the registration was confirmed: the SLA runs from here. Defaults to now. */
  submittedAt?: string;
  /** The business e-mail verdict's rejection code when the server flagged it (e.g. `free-provider`). */
  emailFlag?: string | null;
  sla?: DurationInput;
  reminderInterval?: DurationInput;
  maxReminders?: number;
  oneTimePasswordLifetime?: DurationInput;
}

/** What the approval flow knows: the audit trail lives in `decisions`. */
export interface ApprovalContext {
  registrationId: string;
  submittedAt: number;
  emailFlag: string | null;
  overdue: boolean;
  remindersSent: number;
  /** Epoch ms of the last reminder sent (the next one is due an interval later); null before the first. */
  lastReminderAt: number | null;
  /**
   * Epoch ms the host said it is with its last `RESUME_TIMERS` (a server runs the machine from stored snapshots
   * with its own clock); null: the timers use `Date.now()`.
   */
  clockAt: number | null;
  decisions: ApprovalDecision[];
  username: string | null;
  issues: FlowIssue[];
  config: {
    slaMs: number;
    reminderIntervalMs: number;
    maxReminders: number;
    oneTimePasswordLifetimeMs: number;
  };
}

/** Reviewer events (public API). `reviewer` is who decided; the server fills it from the session. */
export type ApprovalEvent =
  | { type: 'APPROVE'; reviewer: string; reason?: string; overrideEmailCheck?: boolean }
  | { type: 'REJECT'; reviewer: string; reason: string }
  | { type: 'REQUEST_INFO'; reviewer: string; reason: string }
  | { type: 'INFO_PROVIDED'; reviewer: string; reason?: string };

/**
 * Sent by a host that restored the machine from storage: timers are not part of a persisted snapshot, so this
 * re-arms the SLA or reminder timer of the current state from the stored absolute times, as of `at` (epoch ms).
 * A deadline already passed fires at once (delay 0).
 */
export interface ApprovalTimerEvent {
  type: 'RESUME_TIMERS';
  at: number;
}

type DecisionEvent = ApprovalEvent;

/** The time the timers count from: the host's clock after `RESUME_TIMERS`, else the process clock. */
const clockOf = (context: ApprovalContext) => context.clockAt ?? Date.now();

function record(event: DecisionEvent): ApprovalDecision {
  const action = (
    {
      APPROVE: 'approve',
      REJECT: 'reject',
      REQUEST_INFO: 'request-info',
      INFO_PROVIDED: 'info-provided',
    } as const
  )[event.type];
  const decision: ApprovalDecision = { action, by: event.reviewer, at: new Date().toISOString() };
  if (event.reason) decision.reason = event.reason;
  if (event.type === 'APPROVE' && event.overrideEmailCheck) decision.overrideEmailCheck = true;
  return decision;
}

function decisionIssues(context: ApprovalContext, event: DecisionEvent): FlowIssue[] {
  // Who decided is not form input: the server fills it from the reviewer's session.
  const { type: _type, reviewer, ...data } = event;
  const result = approvalDecisionForm.validate(data);
  const issues: FlowIssue[] = result.ok ? [] : [...result.issues];
  if (typeof reviewer !== 'string' || !reviewer.trim() || reviewer.length > 254) {
    issues.push(issue('/reviewer', 'required'));
  }
  if ((event.type === 'REJECT' || event.type === 'REQUEST_INFO') && !event.reason?.trim()) {
    issues.push(issue('/reason', 'required'));
  }
  if (event.type === 'APPROVE' && context.emailFlag && !event.overrideEmailCheck) {
    issues.push(issue('/overrideEmailCheck', 'override-required', { flag: context.emailFlag }));
  }
  if (event.type === 'APPROVE' && event.overrideEmailCheck && !event.reason?.trim()) {
    issues.push(issue('/reason', 'required'));
  }
  return issues;
}

/**
 * The back-office approval of a confirmed registration: `pending` has two regions, review (`open` |
 * `requestingInformation` | `awaitingInformation` | `approving` | `rejecting`) and SLA (`withinSla` | `overdue` with
 * escalating reminders); a successful approval ends in `approved`, a rejection in `rejected`. A failed approval or
 * rejection returns to `open` while the SLA region keeps its timer. A host that stores snapshots sends
 * `RESUME_TIMERS` with its clock to re-arm the timers from their absolute deadlines. Every decision is recorded with who, when and why; a flagged business e-mail is approved only with an explicit
 * override and a reason.
 */
export const approvalMachine = setup({
  types: {
    context: {} as ApprovalContext,
    events: {} as ApprovalEvent | ApprovalTimerEvent,
    input: {} as ApprovalInput,
  },
  actors: approvalPorts,
  guards: {
    validDecision: ({ context, event }) =>
      event.type !== 'RESUME_TIMERS' && decisionIssues(context, event).length === 0,
    canRemind: ({ context }) => context.remindersSent < context.config.maxReminders,
  },
  delays: {
    // Absolute deadlines, so a timer re-armed after a restore keeps its original due time.
    sla: ({ context }) => Math.max(0, context.submittedAt + context.config.slaMs - clockOf(context)),
    reminderInterval: ({ context }) =>
      Math.max(
        0,
        (context.lastReminderAt ?? clockOf(context)) + context.config.reminderIntervalMs - clockOf(context),
      ),
  },
  actions: {
    recordDecision: assign({
      decisions: ({ context, event }) =>
        event.type === 'RESUME_TIMERS' ? context.decisions : [...context.decisions, record(event)],
      issues: [],
    }),
    decisionIssues: assign({
      issues: ({ context, event }) => (event.type === 'RESUME_TIMERS' ? [] : decisionIssues(context, event)),
    }),
    setClock: assign({
      clockAt: ({ context, event }) => (event.type === 'RESUME_TIMERS' ? event.at : context.clockAt),
    }),
  },
}).createMachine({
  id: 'approval',
  context: ({ input }) => ({
    registrationId: input.registrationId,
    submittedAt: input.submittedAt ? Date.parse(input.submittedAt) : Date.now(),
    emailFlag: input.emailFlag ?? null,
    overdue: false,
    remindersSent: 0,
    lastReminderAt: null,
    clockAt: null,
    decisions: [],
    username: null,
    issues: [],
    config: {
      slaMs: toMs(input.sla ?? DEFAULT_APPROVAL_POLICY.slaMs, 'sla'),
      reminderIntervalMs: toMs(
        input.reminderInterval ?? DEFAULT_APPROVAL_POLICY.reminderIntervalMs,
        'reminderInterval',
      ),
      maxReminders: Math.max(0, Math.floor(input.maxReminders ?? DEFAULT_APPROVAL_POLICY.maxReminders)),
      oneTimePasswordLifetimeMs: toMs(
        input.oneTimePasswordLifetime ?? DEFAULT_APPROVAL_POLICY.oneTimePasswordLifetimeMs,
        'oneTimePasswordLifetime',
      ),
    },
  }),
  initial: 'pending',
  states: {
    pending: {
      type: 'parallel',
      states: {
        // Approving and rejecting happen inside the review region: the SLA region runs on untouched, so an
        // approval whose credentials keep failing still becomes overdue and escalates.
        review: {
          initial: 'open',
          on: {
            APPROVE: [
              { guard: 'validDecision', target: '.approving', actions: 'recordDecision' },
              { actions: 'decisionIssues' },
            ],
            REJECT: [
              { guard: 'validDecision', target: '.rejecting', actions: 'recordDecision' },
              { actions: 'decisionIssues' },
            ],
          },
          states: {
            open: {
              on: {
                REQUEST_INFO: [
                  { guard: 'validDecision', target: 'requestingInformation', actions: 'recordDecision' },
                  { actions: 'decisionIssues' },
                ],
              },
            },
            requestingInformation: {
              meta: { resume: { pending: { review: 'open', sla: 'withinSla' } } },
              invoke: {
                src: 'requestInformation',
                input: ({ context }) => ({
                  registrationId: context.registrationId,
                  question: context.decisions.at(-1)?.reason ?? '',
                }),
                onDone: { target: 'awaitingInformation' },
                onError: {
                  target: 'open',
                  actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
                },
              },
            },
            awaitingInformation: {
              on: {
                INFO_PROVIDED: [
                  { guard: 'validDecision', target: 'open', actions: 'recordDecision' },
                  { actions: 'decisionIssues' },
                ],
              },
            },
            approving: {
              // One decision at a time: a second APPROVE or REJECT while this one runs is ignored.
              on: { APPROVE: {}, REJECT: {} },
              invoke: {
                src: 'issueCredentials',
                input: ({ context }) => ({
                  registrationId: context.registrationId,
                  oneTimePasswordLifetimeMs: context.config.oneTimePasswordLifetimeMs,
                }),
                onDone: {
                  target: '#approval.approved',
                  actions: assign({ username: ({ event }) => event.output.username }),
                },
                // Back to review (the decision stays recorded); the reviewer can approve again. The SLA timer
                // is not restarted by the failure.
                onError: {
                  target: 'open',
                  actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
                },
              },
            },
            rejecting: {
              on: { APPROVE: {}, REJECT: {} },
              invoke: {
                src: 'notifyRejection',
                input: ({ context }) => ({
                  registrationId: context.registrationId,
                  reason: context.decisions.at(-1)?.reason ?? '',
                }),
                onDone: { target: '#approval.rejected' },
                onError: {
                  target: 'open',
                  actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
                },
              },
            },
          },
        },
        sla: {
          initial: 'withinSla',
          states: {
            withinSla: {
              on: { RESUME_TIMERS: { target: 'withinSla', reenter: true, actions: 'setClock' } },
              after: {
                sla: [{ guard: 'canRemind', target: 'overdue.reminding' }, { target: 'overdue.waiting' }],
              },
            },
            overdue: {
              entry: assign({ overdue: true }),
              initial: 'reminding',
              states: {
                reminding: {
                  invoke: {
                    src: 'sendReminder',
                    input: ({ context }) => ({
                      registrationId: context.registrationId,
                      level: context.remindersSent + 1,
                    }),
                    onDone: {
                      target: 'waiting',
                      actions: assign({
                        remindersSent: ({ context }) => context.remindersSent + 1,
                        lastReminderAt: ({ context }) => clockOf(context),
                      }),
                    },
                    // A failed reminder is retried at the next interval, not lost.
                    onError: { target: 'waiting' },
                  },
                },
                waiting: {
                  on: { RESUME_TIMERS: { target: 'waiting', reenter: true, actions: 'setClock' } },
                  after: { reminderInterval: { guard: 'canRemind', target: 'reminding' } },
                },
              },
            },
          },
        },
      },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
  },
});
