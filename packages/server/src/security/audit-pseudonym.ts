import { createHmac } from 'node:crypto';
import type { Queryable } from '../storage/database.js';
import { serverSecret } from './server-secret.js';

/**
 * The name a deleted person keeps in the audit trail: `pseudonym:` and an HMAC-SHA256 of their account id under a
 * server secret (22 base64url characters). The same id always gives the same pseudonym, so a deleted person's
 * entries stay linked to each other; without the secret nobody can tell whose they were, and with it only someone
 * who already knows the (deleted) account id can.
 */
export async function auditPseudonym(db: Queryable, accountId: string): Promise<string> {
  const key = await serverSecret(db, 'audit-pseudonym');
  return `pseudonym:${createHmac('sha256', key).update(accountId).digest('base64url').slice(0, 22)}`;
}
