import { missingPort } from '../common/port.js';

/**
 * Output of `requestEmailChange`: the same shape whether or not the new address already belongs to another
 * account (enumeration-safe). `confirmationExpiresAt` is the ISO instant the link stops working; the machine uses
 * its `confirmationLifetime` when absent.
 */
export interface EmailChangeRequested {
  confirmationExpiresAt?: string;
}

/** Output of `confirmEmailChange`: the account's address from now on, and how many other sessions ended. */
export interface EmailChangeConfirmed {
  email: string;
  endedSessions: number;
}

/** Output of `cancelEmailChange`: how many other sessions the cancel ended. */
export interface EmailChangeCancelled {
  endedSessions: number;
}

/** The ports of the e-mail change. Each default fails with `port-not-provided`. */
export const emailChangePorts = {
  /**
   * `POST /email-change`: re-authenticates with `currentPassword` in the same request and sends a single-use link to
   * `newEmail`; the address does not change yet. Rejects with `invalid-current-password`, `locked`, `rate-limited`
   * or `invalid-request` (policy issues on `/newEmail`).
   */
  requestEmailChange: missingPort<EmailChangeRequested, { newEmail: string; currentPassword: string }>(
    'requestEmailChange',
  ),
  /**
   * `POST /email-change/confirm`: redeems the link's token; the address changes and other sessions end. Rejects
   * with `invalid-token` (unknown, used or replaced), `expired-token` or `email-change-cancelled` (the old address
   * cancelled it).
   */
  confirmEmailChange: missingPort<EmailChangeConfirmed, { token: string }>('confirmEmailChange'),
  /**
   * `POST /email-change/cancel`: redeems the token of the "this was not me" link in the notice to the old address;
   * every open change of the account is cancelled and its other sessions end. Rejects with `invalid-token`
   * (unknown or used), `expired-token` or `email-change-confirmed` (too late: the address already changed).
   */
  cancelEmailChange: missingPort<EmailChangeCancelled, { token: string }>('cancelEmailChange'),
};

/** The port set of the e-mail change. */
export type EmailChangePorts = typeof emailChangePorts;
