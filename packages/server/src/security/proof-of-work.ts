import { randomInt } from 'node:crypto';
import { type Challenge, createChallenge, type Payload, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Queryable } from '../storage/database.js';

/**
 * The proof-of-work policy, defined once here: how much work a challenge asks, how long it lives, and after how
 * many failed logins (per address or per client IP) a login needs one. Registration and password reset always
 * need one while `difficulty` is above 0.
 */
export interface ProofOfWorkPolicy {
  /**
   * The largest counter a challenge hides (the solver tries 0, 1, 2, … until it finds it): on average a browser
   * computes `difficulty / 2` SHA-256 hashes. 0 (the default) turns the defence off; 50,000 is the measured
   * recommendation (docs/server/bot-defence.md).
   */
  difficulty: number;
  /** How long a challenge can be solved and redeemed after it was issued. Default 10 minutes. */
  lifetimeMs: number;
  /**
   * Failed logins within the lockout cooldown (for the address or from the client IP) after which a login needs a
   * solved challenge. Default 3, below the lockout's 5: a bot pays before it can lock anybody out.
   */
  loginAfterFailures: number;
}

/**
 * The defaults: off until the host turns it on (a host's own clients must send proofs first); when on, challenges
 * live 10 minutes and a login needs one after 3 failures.
 */
export const DEFAULT_PROOF_OF_WORK: Readonly<ProofOfWorkPolicy> = Object.freeze({
  difficulty: 0,
  lifetimeMs: 10 * 60_000,
  loginAfterFailures: 3,
});

/** The outcome of {@link redeemProof}: `ok`, or the contract's error code to answer with. */
export type ProofVerdict = 'ok' | 'proof-required' | 'proof-invalid' | 'proof-expired' | 'proof-replayed';

/** Longest header value read at all: a real proof is about 600 characters. */
const MAX_PROOF_LENGTH = 4096;

/**
 * A new challenge signed with `key` (HMAC-SHA-256, altcha-lib's v2 format): SHA-256 over salt, nonce and a 32-bit
 * counter hidden below `policy.difficulty`. The expiry travels in the signed `data.exp` (epoch seconds) so that it
 * is checked against the server's clock, not the library's.
 */
export async function issueChallenge(key: string, policy: ProofOfWorkPolicy, now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(0, policy.difficulty + 1),
    deriveKey,
    data: { exp: Math.floor((now.getTime() + policy.lifetimeMs) / 1000) },
    hmacSignatureSecret: key,
  });
}

/** The payload of a `Gatehouse-Proof` header (base64 of altcha's `{ challenge, solution }` JSON), or null. */
export function decodeProof(header: string | undefined): Payload | null {
  if (!header || header.length > MAX_PROOF_LENGTH) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  const p = payload as Partial<Payload> | null;
  const parameters = p?.challenge?.parameters;
  const ok =
    typeof parameters === 'object' &&
    parameters !== null &&
    typeof parameters.nonce === 'string' &&
    typeof parameters.salt === 'string' &&
    typeof parameters.keyPrefix === 'string' &&
    typeof parameters.data?.exp === 'number' &&
    typeof p?.challenge?.signature === 'string' &&
    typeof p.solution?.counter === 'number' &&
    typeof p.solution.derivedKey === 'string';
  return ok ? (payload as Payload) : null;
}

/**
 * Checks a `Gatehouse-Proof` header and uses it up: signed by `key`, solved, not expired at `now`, and never
 * redeemed before (its nonce is recorded until it expires, so a replay — even a parallel one — is refused).
 * Never throws on what a client sent: garbage is `proof-invalid`.
 */
export async function redeemProof(
  db: Queryable,
  key: string,
  header: string | undefined,
  now: Date,
): Promise<ProofVerdict> {
  if (!header) return 'proof-required';
  const payload = decodeProof(header);
  if (!payload) return 'proof-invalid';
  let verified = false;
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: key,
    });
    verified = result.verified;
  } catch {
    // altcha-lib throws on malformed hex or an unknown algorithm inside a (forged) challenge.
    return 'proof-invalid';
  }
  if (!verified) return 'proof-invalid';
  const exp = Number(payload.challenge.parameters.data?.exp);
  if (exp * 1000 <= now.getTime()) return 'proof-expired';
  const rows = await db.query(
    `INSERT INTO proof_of_work_uses (nonce, expires_at) VALUES ($1, $2)
     ON CONFLICT (nonce) DO NOTHING RETURNING nonce`,
    [payload.challenge.parameters.nonce, new Date(exp * 1000)],
  );
  return rows.length === 1 ? 'ok' : 'proof-replayed';
}

/** Deletes the records of redeemed challenges that have expired (a replay of them fails as expired anyway). */
export async function pruneRedeemedProofs(db: Queryable, now: Date): Promise<void> {
  await db.query('DELETE FROM proof_of_work_uses WHERE expires_at < $1', [now]);
}
