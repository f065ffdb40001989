import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSecretBox } from '../security/encryption-key.js';
import { createKeyRing } from '../security/key-ring.js';
import { resealSecrets } from '../security/reseal.js';
import { sealedKeyId } from '../security/secret-box.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase } from '../storage/test-database.js';
import { APP_PORTAL, startOidcTestServer, TestBrowser } from '../testing/oidc-server.js';
import { REVIEWER } from '../testing/test-server.js';
import { loadOidcSigningKeys, retireOidcSigningKeys, rotateOidcSigningKey } from './signing-keys.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

const newKey = () => new Uint8Array(randomBytes(32));

async function jwks(issuer: string): Promise<string[]> {
  const body = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: { kid: string }[] };
  return body.keys.map((k) => k.kid);
}

/** A full login of the App Portal; returns the `kid` that signed its ID token. */
async function signingKid(issuer: string, origin: string): Promise<string> {
  const config = await client.discovery(
    new URL(issuer),
    APP_PORTAL.clientId,
    APP_PORTAL.clientSecret,
    undefined,
    {
      execute: [client.allowInsecureRequests],
    },
  );
  const browser = new TestBrowser();
  await browser.api(origin, 'POST', '/session', REVIEWER);
  const verifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const redirect = APP_PORTAL.redirectUris[0] as string;
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirect,
    scope: 'openid',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
  });
  const landed = await browser.follow(url.href, redirect);
  const tokens = await client.authorizationCodeGrant(config, new URL(landed.url), {
    pkceCodeVerifier: verifier,
    expectedNonce: nonce,
  });
  const header = JSON.parse(
    Buffer.from((tokens.id_token as string).split('.')[0] as string, 'base64url').toString(),
  );
  return header.kid;
}

describe('signing keys in the database', () => {
  it('stored sealed: no private key in clear, and another context does not open it', async () => {
    const box = createKeyRing([newKey()]);
    const [key] = await loadOidcSigningKeys(db, box);
    const [row] = await db.query<{ kid: string; sealed_jwk: string }>(
      'SELECT kid, sealed_jwk FROM oidc_signing_keys',
    );
    expect(row?.kid).toBe(key?.kid);
    expect(row?.sealed_jwk).not.toContain(String(key?.d));
    expect(sealedKeyId(row?.sealed_jwk as string)).toBe(box.keyId);
    expect(box.open(row?.sealed_jwk as string, 'oidc-signing-key:another').ok).toBe(false);
    // A provider whose encryption key is gone refuses to start instead of signing with a new, unpublished key.
    await expect(loadOidcSigningKeys(db, createKeyRing([newKey()]))).rejects.toThrow(/does not open/);
    await db.query('DELETE FROM oidc_signing_keys');
  });

  it('rotation: a restarted provider signs with the new key and still publishes the old; retiring drops it', async () => {
    const first = await startOidcTestServer(db);
    const before = await signingKid(first.issuer, first.origin);
    await first.close();
    // The key ring the server resolves (the test server passes no encryptionKey option).
    const serverBox = await resolveSecretBox(db);
    const added = await rotateOidcSigningKey(db, serverBox, new Date(Date.now() + 1000));
    const second = await startOidcTestServer(db);
    expect(await jwks(second.issuer)).toEqual([added, before]);
    expect(await signingKid(second.issuer, second.origin)).toBe(added);
    expect(await retireOidcSigningKeys(db, 1)).toBe(1);
    await second.close();
    const third = await startOidcTestServer(db);
    expect(await jwks(third.issuer)).toEqual([added]);
    await third.close();
  });

  it('reseal moves the signing keys to the newest encryption key', async () => {
    const [old, next] = [newKey(), newKey()];
    await db.query('DELETE FROM oidc_signing_keys');
    const [key] = await loadOidcSigningKeys(db, createKeyRing([old]));
    const ring = createKeyRing([next, old]);
    // (Other rows of this database were sealed by the test servers' key: those count as unopenable here.)
    await resealSecrets(db, ring);
    const [row] = await db.query<{ sealed_jwk: string }>('SELECT sealed_jwk FROM oidc_signing_keys');
    expect(sealedKeyId(row?.sealed_jwk as string)).toBe(ring.keyId);
    const [reopened] = await loadOidcSigningKeys(db, createKeyRing([next]));
    expect(reopened?.kid).toBe(key?.kid);
  });
});
