import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import type { Hono } from 'hono';
import { audit } from '../../security/audit.js';
import {
  findPasskeyByCredential,
  listPasskeys,
  type PasskeyRow,
  recordPasskeyUse,
} from '../../security/passkeys.js';
import type { RelyingParty } from '../../security/relying-party.js';
import { issueChallenge, takeChallenge } from '../../security/webauthn-challenges.js';
import { readJson, rejectBody } from '../body.js';
import { type AccountRow, clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { findSession, PENDING_COOKIE, sessionBody } from '../session.js';
import { signIn } from '../sign-in.js';
import { readWebAuthnResponse } from '../webauthn-response.js';

/** Whether the authenticator's signature over the challenge verifies with the stored key and a fresh counter. */
async function verifies(rp: RelyingParty, passkey: PasskeyRow, response: unknown, challenge: string) {
  try {
    const result = await verifyAuthenticationResponse({
      response: response as never,
      expectedChallenge: challenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.id,
      credential: {
        id: passkey.credential_id,
        publicKey: new Uint8Array(Buffer.from(passkey.public_key, 'base64url')),
        counter: Number(passkey.counter),
        transports: passkey.transports as AuthenticatorTransport[],
      },
      requireUserVerification: true,
    });
    return result.verified ? result.authenticationInfo : null;
  } catch {
    // A counter that did not grow (a cloned authenticator), another origin or RP ID, a bad signature: refused.
    return null;
  }
}

/**
 * Sign-in with a passkey: `POST /session/passkey/options` (a single-use, expiring challenge; during an MFA step the
 * pending account's passkeys are named), `POST /session/passkey` (the signed assertion). Without a pending step it
 * is a password-less sign-in; during the MFA step it must be a passkey of that account. Every refusal is the same
 * 400 `passkey-not-accepted`: the answer never tells whether a credential or an account exists.
 */
export function passkeyLoginRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  rp: RelyingParty,
): void {
  app.post('/session/passkey/options', async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const limited = await limitRequest(c, ctx, 'passkey-login', clientIp(c, ctx.trustProxy), null);
    if (limited) return limited;
    const pending = await findSession(c, ctx, PENDING_COOKIE, ['mfa']);
    const challenge = await issueChallenge(ctx.db, 'passkey-login', null, ctx.now(), rp.challengeLifetimeMs);
    const allow = pending ? await listPasskeys(ctx.db, pending.account.id) : [];
    const options = await generateAuthenticationOptions({
      rpID: rp.id,
      challenge: Buffer.from(challenge, 'base64url'),
      timeout: rp.challengeLifetimeMs,
      userVerification: 'required',
      allowCredentials: allow.map((p) => ({
        id: p.credential_id,
        transports: p.transports as AuthenticatorTransport[],
      })),
    });
    return c.json({ options }, 201);
  });

  app.post('/session/passkey', async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const read = readWebAuthnResponse(body.value);
    if (!read.ok) return rejectBody(c, read.issues);
    const ip = clientIp(c, ctx.trustProxy);
    const limited = await limitRequest(c, ctx, 'passkey-login', ip, null);
    if (limited) return limited;
    const now = ctx.now();
    const fresh = await takeChallenge(ctx.db, read.value.challenge, 'passkey-login', null, now);
    const passkey = fresh ? await findPasskeyByCredential(ctx.db, read.value.credentialId) : undefined;
    const pending = await findSession(c, ctx, PENDING_COOKIE, ['mfa']);
    const accounts = passkey
      ? await ctx.db.query<AccountRow>("SELECT * FROM accounts WHERE id = $1 AND status = 'active'", [
          passkey.account_id,
        ])
      : [];
    const account = accounts[0];
    const info =
      passkey && account && (!pending || pending.account.id === account.id)
        ? await verifies(rp, passkey, read.value.response, read.value.challenge)
        : null;
    // The counter is written only if it is still the one checked: one assertion never opens two sessions.
    if (
      !passkey ||
      !account ||
      !info ||
      !(await recordPasskeyUse(ctx.db, passkey, info.newCounter, info.credentialBackedUp, now))
    ) {
      await audit(ctx.db, now, {
        event: 'login-failed',
        subject: account?.id ?? null,
        ip,
        detail: { method: 'passkey', reason: fresh ? 'not-verified' : 'challenge' },
      });
      return fail(c, 400, 'passkey-not-accepted');
    }
    if (account.password_one_time) {
      // Cannot happen through the API (a passkey needs a full session first); refuse rather than skip the change.
      return fail(c, 400, 'passkey-not-accepted');
    }
    if (pending) await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [pending.hash]);
    const { expiresAt } = await signIn(c, ctx, account, 'passkey');
    return c.json({ status: 'ok', session: sessionBody(account, expiresAt) });
  });
}
