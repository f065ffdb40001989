/**
 * What the password rule must know about a person beyond the form's data: their names, company and e-mail as
 * context words, and whether a second factor lowers the minimum. Every server password check builds it here,
 * so the forced change, the change form, the reset and an accepted invitation refuse the same words.
 */
import type { FormSubject } from '@gatehouse/forms';
import type { Queryable } from '../storage/database.js';

/** The person as the account and invitation rows hold them. */
export interface PasswordPerson {
  email: string;
  given_name: string;
  family_name: string;
  company_id: string | null;
  totp_secret?: string | null;
  mfa_email?: boolean;
}

/** The company's name, or `''` for a person without a company (the reviewer). */
async function companyName(db: Queryable, companyId: string | null): Promise<string> {
  if (!companyId) return '';
  const rows = await db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [companyId]);
  return rows[0]?.name ?? '';
}

/** The {@link FormSubject} of `person` for the password rule (the browser form gets the same words). */
export async function passwordSubject(db: Queryable, person: PasswordPerson): Promise<FormSubject> {
  const company = await companyName(db, person.company_id);
  return {
    contextWords: [person.given_name, person.family_name, company, person.email].filter((w) => w !== ''),
    mfa: Boolean(person.totp_secret) || person.mfa_email === true,
  };
}
