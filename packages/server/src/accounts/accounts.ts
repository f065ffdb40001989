import { randomBytes } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { base32Encode } from '@gatehouse/rules/otp';
import { hashPassword, type ScryptParameters } from '../security/password-hash.js';
import { pinContext } from '../security/pin-secrets.js';
import type { SecretBox } from '../security/secret-box.js';
import { randomId } from '../security/tokens.js';
import type { Queryable } from '../storage/database.js';

/**
 * The comparable form of an e-mail address (how accounts are looked up): trimmed, lower-cased, and the domain
 * without the DNS root's trailing dot (`bob@globex.test.` is `bob@globex.test`) and as its ASCII (A-label) form,
 * so one mailbox cannot hold two accounts through two spellings of its domain.
 */
export function normalizeEmail(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = address.slice(at + 1).replace(/\.$/, '');
  return `${address.slice(0, at)}@${domainToASCII(domain) || domain}`;
}

/** A one-time password a person can type from an e-mail: 16 characters of base32 (80 bits). */
export function oneTimePassword(): string {
  return base32Encode(randomBytes(10)).slice(0, 16);
}

/** What {@link createAccount} stores. */
export interface NewAccount {
  email: string;
  companyId: string | null;
  givenName: string;
  familyName: string;
  roles: string[];
  password: string;
  oneTime: boolean;
  passwordExpiresAt?: Date | null;
  profile?: Record<string, unknown>;
  address?: Record<string, unknown> | null;
  /** The person's language (`en`, `de`) for the portal and its messages; unset: the request decides. */
  locale?: string | undefined;
}

/**
 * Inserts an account with a hashed password and a fresh support-PIN seed, sealed with `box` under
 * `pin:<id>`; returns its id. The e-mail is unique: inserting an existing one throws the database's unique violation (the caller's transaction rolls back).
 */
export async function createAccount(
  db: Queryable,
  account: NewAccount,
  now: Date,
  scrypt: ScryptParameters,
  box: SecretBox,
): Promise<string> {
  const id = randomId('acc');
  await db.query(
    `INSERT INTO accounts (id, email, company_id, given_name, family_name, roles, password_hash, password_one_time,
       password_expires_at, profile, address, pin_secret, created_at, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      id,
      normalizeEmail(account.email),
      account.companyId,
      account.givenName,
      account.familyName,
      account.roles,
      await hashPassword(account.password, scrypt),
      account.oneTime,
      account.passwordExpiresAt ?? null,
      JSON.stringify(account.profile ?? {}),
      account.address ? JSON.stringify(account.address) : null,
      // 160-bit seed (RFC 4226's recommended HMAC key size), never written in clear text.
      box.seal(base32Encode(randomBytes(20)), pinContext(id)),
      now,
      account.locale === 'de' || account.locale === 'en' ? account.locale : null,
    ],
  );
  return id;
}
