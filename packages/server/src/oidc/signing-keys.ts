import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { JWK } from 'oidc-provider';
import type { SecretBox } from '../security/secret-box.js';
import type { Queryable } from '../storage/database.js';

const generateRsa = promisify(generateKeyPair);

/** The authenticated context of a sealed signing key: a value copied to another row does not open. */
export function signingKeyContext(kid: string): string {
  return `oidc-signing-key:${kid}`;
}

interface KeyRow {
  kid: string;
  sealed_jwk: string;
}

/**
 * Generates a new RSA-2048 signing key (RS256: the algorithm every OpenID client must accept) and stores it sealed
 * under the newest encryption key. It becomes the signing key of processes started afterwards; the older keys stay
 * published in the JWKS so tokens they signed keep verifying until {@link retireOidcSigningKeys}.
 */
export async function rotateOidcSigningKey(
  db: Queryable,
  secrets: SecretBox,
  now: Date = new Date(),
): Promise<string> {
  const { privateKey } = await generateRsa('rsa', { modulusLength: 2048 });
  const kid = randomBytes(12).toString('base64url');
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  await db.query('INSERT INTO oidc_signing_keys (kid, sealed_jwk, created_at) VALUES ($1, $2, $3)', [
    kid,
    secrets.seal(JSON.stringify(jwk), signingKeyContext(kid)),
    now,
  ]);
  return kid;
}

/**
 * The private signing keys, newest first (oidc-provider signs with the first). A database without one gets one;
 * when two processes start at once both may generate one, and the newer simply signs. Throws when a key does not
 * open: a provider must not silently sign with a fresh key while its published one is lost.
 */
export async function loadOidcSigningKeys(db: Queryable, secrets: SecretBox): Promise<JWK[]> {
  let rows = await listKeys(db);
  if (rows.length === 0) {
    await rotateOidcSigningKey(db, secrets);
    rows = await listKeys(db);
  }
  return rows.map((row) => {
    const opened = secrets.open(row.sealed_jwk, signingKeyContext(row.kid));
    if (!opened.ok) {
      throw new Error(
        `gatehouse: OpenID signing key ${row.kid} does not open (${opened.code}); is the encryption key that sealed it still configured?`,
      );
    }
    return JSON.parse(opened.value) as JWK;
  });
}

/**
 * Deletes all but the `keep` newest signing keys (default 2: the signing one and its predecessor). Run it once
 * tokens signed by the old key have expired (a day after rotating, with the default lifetimes) and restart.
 */
export async function retireOidcSigningKeys(db: Queryable, keep = 2): Promise<number> {
  const rows = await db.query(
    `DELETE FROM oidc_signing_keys WHERE kid NOT IN (
       SELECT kid FROM oidc_signing_keys ORDER BY created_at DESC, kid LIMIT $1) RETURNING kid`,
    [Math.max(1, keep)],
  );
  return rows.length;
}

async function listKeys(db: Queryable): Promise<KeyRow[]> {
  return db.query<KeyRow>('SELECT kid, sealed_jwk FROM oidc_signing_keys ORDER BY created_at DESC, kid');
}
