import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/approval-decision.form.js';
import { type DurationInput, msUntil, toMs } from '../shared/durations.js';
import { flowForm } from '../shared/form.js';
import { type FlowIssue, issue, issuesFromError } from '../shared/issues.js';
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

/** The registration under review and the configuration (SLA 24 h, reminders every 4 h up to 3 levels, OTP 7 days). */
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

type DecisionEvent = ApprovalEvent;

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
 * The back-office approval of a confirmed registration: `pending` (review: `open` | `awaitingInformation`, SLA:
 * `withinSla` | `overdue` with escalating reminders) → `approving` → `approved`, or `rejecting` → `rejected`.
 * Every decision is recorded with who, when and why; a flagged business e-mail is approved only with an explicit
 * override and a reason.
 */
export const approvalMachine = setup({
  types: { context: {} as ApprovalContext, events: {} as ApprovalEvent, input: {} as ApprovalInput },
  actors: approvalPorts,
  guards: {
    validDecision: ({ context, event }) => decisionIssues(context, event).length === 0,
    canRemind: ({ context }) => context.remindersSent < context.config.maxReminders,
  },
  delays: {
    sla: ({ context }) => msUntil(context.submittedAt + context.config.slaMs),
    reminderInterval: ({ context }) => context.config.reminderIntervalMs,
  },
  actions: {
    recordDecision: assign({
      decisions: ({ context, event }) => [...context.decisions, record(event)],
      issues: [],
    }),
    decisionIssues: assign({ issues: ({ context, event }) => decisionIssues(context, event) }),
  },
}).createMachine({
  id: 'approval',
  context: ({ input }) => ({
    registrationId: input.registrationId,
    submittedAt: input.submittedAt ? Date.parse(input.submittedAt) : Date.now(),
    emailFlag: input.emailFlag ?? null,
    overdue: false,
    remindersSent: 0,
    decisions: [],
    username: null,
    issues: [],
    config: {
      slaMs: toMs(input.sla ?? { hours: 24 }, 'sla'),
      reminderIntervalMs: toMs(input.reminderInterval ?? { hours: 4 }, 'reminderInterval'),
      maxReminders: Math.max(0, Math.floor(input.maxReminders ?? 3)),
      oneTimePasswordLifetimeMs: toMs(
        input.oneTimePasswordLifetime ?? { days: 7 },
        'oneTimePasswordLifetime',
      ),
    },
  }),
  initial: 'pending',
  states: {
    pending: {
      type: 'parallel',
      on: {
        APPROVE: [
          { guard: 'validDecision', target: 'approving', actions: 'recordDecision' },
          { actions: 'decisionIssues' },
        ],
        REJECT: [
          { guard: 'validDecision', target: 'rejecting', actions: 'recordDecision' },
          { actions: 'decisionIssues' },
        ],
      },
      states: {
        review: {
          initial: 'open',
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
          },
        },
        sla: {
          initial: 'withinSla',
          states: {
            // Re-entered after a failed approval/rejection: an item already reminded the maximum stays quiet.
            withinSla: {
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
                      actions: assign({ remindersSent: ({ context }) => context.remindersSent + 1 }),
                    },
                    // A failed reminder is retried at the next interval, not lost.
                    onError: { target: 'waiting' },
                  },
                },
                waiting: {
                  after: { reminderInterval: { guard: 'canRemind', target: 'reminding' } },
                },
              },
            },
          },
        },
      },
    },
    approving: {
      invoke: {
        src: 'issueCredentials',
        input: ({ context }) => ({
          registrationId: context.registrationId,
          oneTimePasswordLifetimeMs: context.config.oneTimePasswordLifetimeMs,
        }),
        onDone: { target: 'approved', actions: assign({ username: ({ event }) => event.output.username }) },
        // Back to review (the decision stays recorded); the reviewer can approve again.
        onError: {
          target: 'pending',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    rejecting: {
      invoke: {
        src: 'notifyRejection',
        input: ({ context }) => ({
          registrationId: context.registrationId,
          reason: context.decisions.at(-1)?.reason ?? '',
        }),
        onDone: { target: 'rejected' },
        onError: {
          target: 'pending',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
  },
});
