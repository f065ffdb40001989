/**
 * The `business-email` rejection codes without the policy: `@gatehouse/rules/email` and `/email/browser` export
 * the same list, but importing it from there pulls in the provider lists. The browser rule needs the codes
 * synchronously (lint and message catalogs read them) while its policy arrives as a separate chunk.
 */
import type { EmailRejectionCode } from '@gatehouse/rules/email';

/** Every `EmailRejectionCode`, in the policy's order (the type check below fails if rules adds or drops one). */
export const emailRejectionCodes = [
  'invalid-syntax',
  'free-provider',
  'disposable',
  'generic-role',
  'shared-mailbox',
  'lookalike-domain',
  'denied-domain',
] as const satisfies readonly EmailRejectionCode[];
const complete: [Exclude<EmailRejectionCode, (typeof emailRejectionCodes)[number]>] extends [never]
  ? true
  : never = true;
void complete;
