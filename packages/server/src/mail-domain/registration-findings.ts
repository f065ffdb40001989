/**
 * What a reviewer should know about a registration's e-mail domain beyond the policy's yes or no: the soft
 * signals stored with the registration (and shown in the approval queue), and the one hard refusal the server
 * adds to the shared policy, a domain that cannot receive mail.
 */
import { domainToUnicode } from 'node:url';
import type { FlowIssue } from '@gatehouse/flows';
import { checkBusinessEmail } from '@gatehouse/rules/email';
import type { Queryable } from '../storage/database.js';
import type { MailDomainResolver } from './mail-domain-resolver.js';

/**
 * One finding, as stored on the registration and returned by the approval API (`findings`):
 * - `no-mx`: the domain has no MX record, only an address record (mail goes there by RFC 5321's implicit MX);
 * - `mail-domain-unchecked`: DNS did not answer, so nothing is known about the domain's mail;
 * - `first-from-domain`: no earlier registration or account has this domain;
 * - `domain-typo`: one keyboard slip from a known company domain (`params.suggestion`).
 */
export interface RegistrationFinding {
  code: 'no-mx' | 'mail-domain-unchecked' | 'first-from-domain' | 'domain-typo';
  params: { domain: string; unicodeDomain: string; suggestion?: string };
}

/** The outcome: a refusal for the `/email` field, or the findings to store. */
export type FindingsResult = { ok: false; issue: FlowIssue } | { ok: true; findings: RegistrationFinding[] };

/**
 * Looks at `email` (normalised, domain as A-label) once before the registration is stored. Without a resolver no
 * DNS is asked (and no `no-mx` can be found). Never throws for DNS trouble: the resolver fails open.
 */
export async function registrationFindings(
  db: Queryable,
  resolver: MailDomainResolver | undefined,
  email: string,
): Promise<FindingsResult> {
  const verdict = checkBusinessEmail(email);
  if (!verdict.ok) return { ok: true, findings: [] }; // an override by the host's own form rules: nothing to add
  const base = { domain: verdict.domain, unicodeDomain: domainToUnicode(verdict.domain) };
  const findings: RegistrationFinding[] = [];
  if (resolver) {
    const answer = await resolver.mailDomain(verdict.domain);
    if (answer === 'none' || answer === 'null-mx') {
      return {
        ok: false,
        issue: { path: '/email', code: 'undeliverable-domain', params: { ...base, answer } },
      };
    }
    if (answer === 'implicit') findings.push({ code: 'no-mx', params: base });
    if (answer === 'unknown') findings.push({ code: 'mail-domain-unchecked', params: base });
  }
  const earlier = await db.query(
    `SELECT 1 FROM registrations WHERE split_part(email, '@', 2) = $1
     UNION ALL SELECT 1 FROM accounts WHERE split_part(email, '@', 2) = $1 LIMIT 1`,
    [verdict.domain],
  );
  if (earlier.length === 0) findings.push({ code: 'first-from-domain', params: base });
  if (verdict.hint) {
    const { suggestion } = verdict.hint.params;
    findings.push({ code: 'domain-typo', params: { ...base, ...(suggestion ? { suggestion } : {}) } });
  }
  return { ok: true, findings };
}
