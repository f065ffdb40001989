import { type EncryptionKeyOption, resolveSecretBox } from '../security/encryption-key.js';
import type { ScryptParameters } from '../security/password-hash.js';
import { DEFAULT_SCRYPT } from '../security/password-hash.js';
import type { Database } from '../storage/database.js';
import { createAccount, normalizeEmail } from './accounts.js';

/** Options of {@link seedAccount}. */
export interface SeedAccountOptions {
  email: string;
  password: string;
  roles: string[];
  givenName?: string;
  familyName?: string;
  scrypt?: ScryptParameters;
  /** The key the server uses (`createGatehouseServer`'s `encryptionKey`); same default as the server. */
  encryptionKey?: EncryptionKeyOption;
}

/**
 * Creates an account (e.g. the demo's reviewer) unless one with that e-mail exists; returns whether it was
 * created. An existing account keeps its password: seeding twice is harmless.
 */
export async function seedAccount(db: Database, options: SeedAccountOptions): Promise<boolean> {
  // Resolved like the server's key, so the seeded account's support-PIN seed opens there.
  const box = await resolveSecretBox(db, options.encryptionKey);
  return db.transaction(async (tx) => {
    const existing = await tx.query('SELECT 1 FROM accounts WHERE email = $1', [
      normalizeEmail(options.email),
    ]);
    if (existing.length > 0) return false;
    await createAccount(
      tx,
      {
        email: options.email,
        companyId: null,
        givenName: options.givenName ?? 'Review',
        familyName: options.familyName ?? 'Team',
        roles: options.roles,
        password: options.password,
        oneTime: false,
      },
      new Date(),
      options.scrypt ?? DEFAULT_SCRYPT,
      box,
    );
    return true;
  });
}
