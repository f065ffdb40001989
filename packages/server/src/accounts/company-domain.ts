import type { FlowIssue } from '@gatehouse/flows';
import { checkBusinessEmail } from '@gatehouse/rules/email';
import type { Queryable } from '../storage/database.js';

/** The company's own domain as an A-label (the form the e-mail policy's verdict uses). */
function asciiDomain(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return domain.toLowerCase();
  }
}

/**
 * Whether `email` belongs to company `companyId`, the way registration decides it: approving a registration
 * creates the company with the registering address's domain as the company's own (approval-service.ts), so an
 * address is the company's exactly when the business e-mail policy's verdict names that domain. Invitations and the
 * e-mail change both ask here. Returns null when it belongs, else the `company-domain` issue at `path` (naming the
 * domain when the company has one).
 */
export async function companyDomainIssue(
  db: Queryable,
  companyId: string | null,
  email: string,
  path: string,
): Promise<FlowIssue | null> {
  const verdict = checkBusinessEmail(email);
  const company = companyId
    ? (await db.query<{ domain: string }>('SELECT domain FROM companies WHERE id = $1', [companyId]))[0]
    : undefined;
  if (!verdict.ok || !company) return { path, code: 'company-domain', params: {} };
  if (verdict.domain !== asciiDomain(company.domain))
    return { path, code: 'company-domain', params: { domain: company.domain } };
  return null;
}
