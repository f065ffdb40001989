/**
 * What the rules must know about a person beyond the form's data: their names, company and e-mail as the password
 * rule's context words, whether a second factor lowers its minimum, and their country for phone numbers typed
 * without a country code. Every server check builds it here, so the forced change, the change form, the reset and
 * an accepted invitation refuse the same words, and the profile reads a national number the same way.
 */
import type { FormSubject } from '@gatehouse/forms';
import type { Queryable } from '../storage/database.js';

/** The person as the account and invitation rows hold them. */
export interface SubjectPerson {
  email: string;
  given_name: string;
  family_name: string;
  company_id: string | null;
  totp_secret?: string | null;
  mfa_email?: boolean;
  address?: Record<string, unknown> | null;
}

/** The person's country from the registered address, when it is an ISO 3166-1 alpha-2 code. */
export function personCountry(person: { address?: Record<string, unknown> | null }): string | undefined {
  const country = person.address?.country;
  return typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? country : undefined;
}

/** The company's name, or `''` for a person without a company (the reviewer). */
async function companyName(db: Queryable, companyId: string | null): Promise<string> {
  if (!companyId) return '';
  const rows = await db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [companyId]);
  return rows[0]?.name ?? '';
}

/** The {@link FormSubject} of `person` (the browser form gets the same facts). */
export async function personSubject(db: Queryable, person: SubjectPerson): Promise<FormSubject> {
  const company = await companyName(db, person.company_id);
  return {
    contextWords: [person.given_name, person.family_name, company, person.email].filter((w) => w !== ''),
    mfa: Boolean(person.totp_secret) || person.mfa_email === true,
    ...(personCountry(person) ? { country: personCountry(person) } : {}),
  };
}
