/**
 * The approval policy, defined once: the machine's defaults and the server's. A registration is overdue after
 * `slaMs` from its confirmation; reviewers are then reminded every `reminderIntervalMs`, at most `maxReminders`
 * times (escalation levels 1…max); the welcome e-mail's one-time password expires after
 * `oneTimePasswordLifetimeMs`. Figures from docs/requirements.md, "Approval".
 */
export interface ApprovalPolicy {
  slaMs: number;
  reminderIntervalMs: number;
  maxReminders: number;
  oneTimePasswordLifetimeMs: number;
}

/** 24 h SLA; reminders every 4 h, up to 3; one-time password valid 7 days. */
export const DEFAULT_APPROVAL_POLICY: Readonly<ApprovalPolicy> = Object.freeze({
  slaMs: 24 * 3600_000,
  reminderIntervalMs: 4 * 3600_000,
  maxReminders: 3,
  oneTimePasswordLifetimeMs: 7 * 24 * 3600_000,
});
