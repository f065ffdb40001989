import { type MailParams, mailText } from './mail-texts.js';
import type { OutgoingMessage } from './messenger.js';

/** The security e-mails: each says what changed, when, and what to do if it was not the owner. */
export type SecurityMailKind =
  | 'new-sign-in'
  | 'factor-added'
  | 'factor-removed'
  | 'password-changed'
  | 'email-changed';

/**
 * The e-mail that tells `account`'s owner about a change to how they sign in, in their language. Queue it in the
 * transaction of the change (`ctx.enqueueMail(tx, …)`), so the owner hears of every change and of nothing else.
 */
export function securityMail<K extends SecurityMailKind>(
  account: { email: string; locale: string | null },
  kind: K,
  params: MailParams[K],
): OutgoingMessage {
  return { channel: 'email', to: account.email, ...mailText(account.locale, kind, params) };
}
