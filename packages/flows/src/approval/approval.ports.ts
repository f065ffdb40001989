import { missingPort } from '../common/port.js';

/**
 * The approval flow's ports: server-side effects (the approval machine runs durably on the server). Each default
 * fails with `port-not-provided`.
 */
export const approvalPorts = {
  /** Create the username and a random one-time password (expiring) and send the welcome e-mail. Returns the username only. */
  issueCredentials: missingPort<
    { username: string },
    { registrationId: string; oneTimePasswordLifetimeMs: number }
  >('issueCredentials'),
  /** Send the rejection e-mail with the reviewer's reason. */
  notifyRejection: missingPort<void, { registrationId: string; reason: string }>('notifyRejection'),
  /** Ask the applicant for more information. */
  requestInformation: missingPort<void, { registrationId: string; question: string }>('requestInformation'),
  /** Remind (and escalate to) reviewers about an overdue item; `level` starts at 1. */
  sendReminder: missingPort<void, { registrationId: string; level: number }>('sendReminder'),
};

/** The port set of the approval flow. */
export type ApprovalPorts = typeof approvalPorts;
