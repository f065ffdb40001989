import { passkeyNameForm } from '@gatehouse/flows/passkeys';
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import type { Context, Hono } from 'hono';
import { securityMail } from '../../mail/security-mail.js';
import { audit } from '../../security/audit.js';
import { insertPasskey, listPasskeys, type PasskeyRow, passkeySummary } from '../../security/passkeys.js';
import { dropRecoveryCodes } from '../../security/recovery-codes.js';
import type { RelyingParty } from '../../security/relying-party.js';
import { issueChallenge, takeChallenge } from '../../security/webauthn-challenges.js';
import { readForm, readJson, rejectBody } from '../body.js';
import { clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { findSession, requireSession, SESSION_COOKIE } from '../session.js';
import { describeDevice } from '../user-agent.js';
import { readWebAuthnResponse } from '../webauthn-response.js';
import { factorEnrolled, keepsFactor } from './mfa.routes.js';

/**
 * A new passkey's first name, in the person's language: the browser and system that made it ("Chrome on Linux",
 * "Chrome unter Linux"); the user can rename it.
 */
function suggestedName(userAgent: string | undefined, locale: string | null): string {
  const { browser, system } = describeDevice(userAgent);
  return [browser, system].filter(Boolean).join(locale === 'de' ? ' unter ' : ' on ') || 'Passkey';
}

/**
 * Passkey management of the signed-in user: `GET /passkeys`, `POST /passkeys/options` (registration options with
 * a single-use challenge), `POST /passkeys` (verify and store), `PATCH /passkeys/{id}` (rename),
 * `DELETE /passkeys/{id}`. Adding and removing need a recent login like every factor change.
 */
export function passkeyRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  rp: RelyingParty,
): void {
  const recent = async (c: Context<GatehouseEnv>) => {
    const session = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    return (
      session !== null &&
      session.authenticatedAt.getTime() + ctx.policies.reauthWindowMs > ctx.now().getTime()
    );
  };
  const limited = (c: Context<GatehouseEnv>) =>
    limitRequest(c, ctx, 'passkeys', clientIp(c, ctx.trustProxy), c.get('account').id);

  app.get('/passkeys', requireSession(ctx), async (c) => {
    const session = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    const rows = await listPasskeys(ctx.db, c.get('account').id);
    return c.json({
      passkeys: rows.map(passkeySummary),
      authenticatedAt: session?.authenticatedAt.toISOString() ?? null,
    });
  });

  app.post('/passkeys/options', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const tooMany = await limited(c);
    if (tooMany) return tooMany;
    if (!(await recent(c))) return fail(c, 403, 'reauthentication-required');
    const account = c.get('account');
    const existing = await listPasskeys(ctx.db, account.id);
    const challenge = await issueChallenge(
      ctx.db,
      'passkey-registration',
      account.id,
      ctx.now(),
      rp.challengeLifetimeMs,
    );
    const options = await generateRegistrationOptions({
      rpName: rp.name,
      rpID: rp.id,
      // The user handle is the opaque account id: an authenticator never learns more than it must.
      userID: new TextEncoder().encode(account.id),
      userName: account.email,
      userDisplayName: `${account.given_name} ${account.family_name}`.trim() || account.email,
      challenge: Buffer.from(challenge, 'base64url'),
      timeout: rp.challengeLifetimeMs,
      attestationType: 'none',
      // The same authenticator twice would be one factor listed twice.
      excludeCredentials: existing.map((p) => ({
        id: p.credential_id,
        transports: p.transports as AuthenticatorTransport[],
      })),
      // Discoverable, so the passkey can sign in without an e-mail; verified, so it stands for two factors.
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
    return c.json({ options }, 201);
  });

  app.post('/passkeys', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const read = readWebAuthnResponse(body.value);
    if (!read.ok) return rejectBody(c, read.issues);
    const tooMany = await limited(c);
    if (tooMany) return tooMany;
    const account = c.get('account');
    const now = ctx.now();
    // Taken before anything else can fail: the challenge never works a second time.
    const fresh = await takeChallenge(ctx.db, read.value.challenge, 'passkey-registration', account.id, now);
    if (!(await recent(c))) return fail(c, 403, 'reauthentication-required');
    if (!fresh) return fail(c, 400, 'passkey-not-accepted');
    let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verified = await verifyRegistrationResponse({
        response: read.value.response as never,
        expectedChallenge: read.value.challenge,
        expectedOrigin: rp.origins,
        expectedRPID: rp.id,
        requireUserVerification: true,
      });
    } catch {
      verified = { verified: false };
    }
    if (!verified.verified || !verified.registrationInfo) return fail(c, 400, 'passkey-not-accepted');
    const info = verified.registrationInfo;
    const added = await ctx.db.transaction(async (tx) => {
      const taken = await tx.query('SELECT 1 FROM passkeys WHERE credential_id = $1', [info.credential.id]);
      if (taken.length > 0) return null;
      const row = await insertPasskey(tx, {
        account_id: account.id,
        credential_id: info.credential.id,
        public_key: Buffer.from(info.credential.publicKey).toString('base64url'),
        counter: info.credential.counter,
        transports: info.credential.transports ?? [],
        name: suggestedName(c.req.header('user-agent'), account.locale),
        backed_up: info.credentialBackedUp,
        created_at: now,
      });
      const codes = await factorEnrolled(tx, ctx, account, 'passkey', now);
      return { row, codes };
    });
    if (!added) return fail(c, 409, 'passkey-exists');
    ctx.kickMail();
    return c.json({ passkey: passkeySummary(added.row), ...added.codes }, 201);
  });

  app.patch('/passkeys/:id', requireSession(ctx), async (c) => {
    const body = await readForm<{ name: string }>(c, passkeyNameForm, limit);
    if (!body.ok) return body.response;
    const rows = await ctx.db.query<PasskeyRow>(
      'UPDATE passkeys SET name = $3 WHERE id = $1 AND account_id = $2 RETURNING *',
      [c.req.param('id'), c.get('account').id, body.value.name.trim()],
    );
    const row = rows[0];
    if (!row) return fail(c, 404, 'not-found');
    return c.json(passkeySummary(row));
  });

  app.delete('/passkeys/:id', requireSession(ctx), async (c) => {
    if (!(await recent(c))) return fail(c, 403, 'reauthentication-required');
    const account = c.get('account');
    const now = ctx.now();
    const removed = await ctx.db.transaction(async (tx) => {
      const rows = await tx.query<PasskeyRow>(
        'DELETE FROM passkeys WHERE id = $1 AND account_id = $2 RETURNING *',
        [c.req.param('id'), account.id],
      );
      if (rows.length === 0) return false;
      // With the last factor gone a recovery code would recover nothing.
      if (!(await keepsFactor(tx, account, ''))) await dropRecoveryCodes(tx, account.id);
      await audit(tx, now, {
        event: 'mfa-removed',
        actor: account.id,
        subject: account.id,
        detail: { method: 'passkey', name: rows[0]?.name },
      });
      await ctx.enqueueMail(tx, [securityMail(account, 'factor-removed', { at: now, method: 'passkey' })]);
      return true;
    });
    if (!removed) return fail(c, 404, 'not-found');
    ctx.kickMail();
    return c.body(null, 204);
  });
}
