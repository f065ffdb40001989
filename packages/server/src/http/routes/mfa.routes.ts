import { mfaCodeForm } from '@gatehouse/flows/mfa-enrollment';
import { base32Decode, base32Encode, generateSecret, otpauthUri, verifyTotp } from '@gatehouse/rules/otp';
import type { Context, Hono } from 'hono';
import { securityMail } from '../../mail/security-mail.js';
import { audit } from '../../security/audit.js';
import { checkStoredCode, issueStoredCode } from '../../security/one-time-codes.js';
import { hasPasskey } from '../../security/passkeys.js';
import {
  dropRecoveryCodes,
  hasRecoveryCodes,
  issueRecoveryCodes,
  remainingRecoveryCodes,
} from '../../security/recovery-codes.js';
import { enrollmentContext, totpContext } from '../../security/totp-secrets.js';
import type { Queryable } from '../../storage/database.js';
import { readForm, readJson } from '../body.js';
import { type AccountRow, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { findSession, requireSession, SESSION_COOKIE } from '../session.js';
import { sendEmailCode } from './session.routes.js';

const ENROLLMENT_LIFETIME_MS = 10 * 60_000;

/**
 * Records a confirmed factor, in the enrolment's transaction, and makes the account's first recovery codes (`{}`
 * when it has a set already): the answer that confirms the factor is the one place they are shown.
 */
export async function factorEnrolled(
  tx: Queryable,
  ctx: ServerContext,
  account: AccountRow,
  method: 'totp' | 'email' | 'passkey',
  now: Date,
): Promise<{ recoveryCodes?: string[] }> {
  const id = account.id;
  await audit(tx, now, { event: 'mfa-enrolled', actor: id, subject: id, detail: { method } });
  await ctx.enqueueMail(tx, [securityMail(account, 'factor-added', { at: now, method })]);
  if (await hasRecoveryCodes(tx, id)) return {};
  return { recoveryCodes: await issueRecoveryCodes(tx, ctx.pepper, id, now) };
}

/** Whether the account keeps a second factor once `method` is gone (a passkey is one too). */
export const keepsFactor = async (db: Queryable, account: AccountRow, method: string) =>
  (method !== 'totp' && account.totp_secret !== null) ||
  (method !== 'email' && account.mfa_email) ||
  (method !== 'passkey' && (await hasPasskey(db, account.id)));

/**
 * MFA enrollment: TOTP via secret/otpauth URI and e-mail codes, and the recovery codes (made with the first factor,
 * replaced on request); adding or removing a factor and new codes need a recent login.
 */
export function mfaRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext, limit: number): void {
  const recent = async (c: Context<GatehouseEnv>) => {
    const session = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    return (
      session !== null &&
      session.authenticatedAt.getTime() + ctx.policies.reauthWindowMs > ctx.now().getTime()
    );
  };

  app.get('/mfa/factors', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const session = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    const factors = [
      ...(account.totp_secret ? [{ method: 'totp' }] : []),
      ...(account.mfa_email ? [{ method: 'email' }] : []),
    ];
    const recoveryCodes =
      factors.length > 0 || (await hasPasskey(ctx.db, account.id))
        ? { recoveryCodes: { remaining: await remainingRecoveryCodes(ctx.db, account.id) } }
        : {};
    return c.json({
      factors,
      ...recoveryCodes,
      authenticatedAt: session?.authenticatedAt.toISOString() ?? null,
    });
  });

  app.post('/mfa/totp', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    if (!(await recent(c))) return fail(c, 403, 'reauthentication-required');
    const account = c.get('account');
    const secret = generateSecret();
    const now = ctx.now();
    // The pending secret is kept server-side with the enrollment, encrypted like the active one; the account
    // uses it only once confirmed.
    const issued = await issueStoredCode(ctx.db, ctx.pepper, {
      purpose: 'totp-enrollment',
      subject: account.id,
      accountId: account.id,
      lifetimeMs: ENROLLMENT_LIFETIME_MS,
      maxAttempts: ctx.policies.codeAttempts,
      now,
      payload: { secret: ctx.secrets.seal(base32Encode(secret), enrollmentContext(account.id)) },
    });
    return c.json(
      {
        enrollmentId: issued.id,
        secret: base32Encode(secret),
        otpauthUri: otpauthUri({ issuer: ctx.issuer, account: account.email, secret }),
      },
      201,
    );
  });

  app.post('/mfa/totp/:id/confirm', requireSession(ctx), async (c) => {
    const body = await readForm<{ code: string }>(c, mfaCodeForm, limit);
    if (!body.ok) return body.response;
    const account = c.get('account');
    const now = ctx.now();
    const rows = await ctx.db.query<{ payload: { secret: string }; expires_at: Date; used_at: Date | null }>(
      "SELECT payload, expires_at, used_at FROM codes WHERE id = $1 AND purpose = 'totp-enrollment' AND subject = $2",
      [c.req.param('id'), account.id],
    );
    const row = rows[0];
    if (!row || row.used_at) return fail(c, 400, 'invalid-code');
    if (row.expires_at <= now) return fail(c, 410, 'expired-code');
    const opened = ctx.secrets.open(row.payload.secret, enrollmentContext(account.id));
    const secret = opened.ok ? base32Decode(opened.value) : opened;
    if (!secret.ok) return fail(c, 400, 'invalid-code');
    const verdict = await verifyTotp({ secret: secret.value, code: body.value.code, time: now.getTime() });
    if (!verdict.ok) {
      await ctx.db.query('UPDATE codes SET attempts = attempts + 1 WHERE id = $1', [c.req.param('id')]);
      return fail(c, 400, 'invalid-code');
    }
    const codes = await ctx.db.transaction(async (tx) => {
      await tx.query('UPDATE codes SET used_at = $2 WHERE id = $1', [c.req.param('id'), now]);
      // The confirming code's step counts as used: it cannot log in a second time.
      await tx.query('UPDATE accounts SET totp_secret = $2, totp_last_step = $3 WHERE id = $1', [
        account.id,
        // Re-sealed for the account with a fresh nonce: the enrollment's context no longer applies.
        ctx.secrets.seal(base32Encode(secret.value), totpContext(account.id)),
        verdict.step,
      ]);
      return factorEnrolled(tx, ctx, account, 'totp', now);
    });
    ctx.kickMail();
    return c.json({ method: 'totp', ...codes });
  });

  app.post('/mfa/email', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    if (!(await recent(c))) return fail(c, 403, 'reauthentication-required');
    const sent = await sendEmailCode(ctx, c.get('account'), 'email-enrollment');
    if (!sent.ok) return fail(c, 429, 'rate-limited', { retryAfter: sent.retryAfter });
    return c.json({ enrollmentId: sent.id, resendAvailableAt: sent.resendAvailableAt.toISOString() }, 202);
  });

  app.post('/mfa/email/:id/confirm', requireSession(ctx), async (c) => {
    const body = await readForm<{ code: string }>(c, mfaCodeForm, limit);
    if (!body.ok) return body.response;
    const account = c.get('account');
    const now = ctx.now();
    const check = await checkStoredCode(ctx.db, ctx.pepper, {
      purpose: 'email-enrollment',
      subject: account.id,
      code: body.value.code,
      now,
      id: c.req.param('id'),
    });
    if (!check.ok) {
      const status = check.code === 'expired-code' ? 410 : check.code === 'too-many-attempts' ? 429 : 400;
      return fail(c, status, check.code);
    }
    const codes = await ctx.db.transaction(async (tx) => {
      await tx.query('UPDATE accounts SET mfa_email = true WHERE id = $1', [account.id]);
      return factorEnrolled(tx, ctx, account, 'email', now);
    });
    ctx.kickMail();
    return c.json({ method: 'email', ...codes });
  });

  app.delete('/mfa/factors/:method', requireSession(ctx), async (c) => {
    if (!(await recent(c))) return fail(c, 403, 'reauthentication-required');
    const account = c.get('account');
    const method = c.req.param('method');
    const enrolled = (method === 'totp' && account.totp_secret) || (method === 'email' && account.mfa_email);
    if (!enrolled) return fail(c, 404, 'not-found');
    await ctx.db.transaction(async (tx) => {
      if (method === 'totp') {
        await tx.query('UPDATE accounts SET totp_secret = NULL, totp_last_step = NULL WHERE id = $1', [
          account.id,
        ]);
      } else await tx.query('UPDATE accounts SET mfa_email = false WHERE id = $1', [account.id]);
      // With the last factor gone a recovery code would recover nothing; the next first enrolment makes a new set.
      if (!(await keepsFactor(tx, account, method))) await dropRecoveryCodes(tx, account.id);
      await audit(tx, ctx.now(), {
        event: 'mfa-removed',
        actor: account.id,
        subject: account.id,
        detail: { method },
      });
      await ctx.enqueueMail(tx, [securityMail(account, 'factor-removed', { at: ctx.now(), method })]);
    });
    ctx.kickMail();
    return c.body(null, 204);
  });

  app.post('/mfa/recovery-codes', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    if (!(await recent(c))) return fail(c, 403, 'reauthentication-required');
    const account = c.get('account');
    if (!(await keepsFactor(ctx.db, account, ''))) return fail(c, 409, 'mfa-not-enrolled');
    const now = ctx.now();
    const recoveryCodes = await ctx.db.transaction(async (tx) => {
      await audit(tx, now, { event: 'recovery-codes-regenerated', actor: account.id, subject: account.id });
      return issueRecoveryCodes(tx, ctx.pepper, account.id, now);
    });
    return c.json({ recoveryCodes }, 201);
  });
}
