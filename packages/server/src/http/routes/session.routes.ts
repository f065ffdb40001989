import { loginForm, loginMfaForm, loginPasswordChangeForm } from '@gatehouse/flows/login';
import { base32Decode, verifyTotp } from '@gatehouse/rules/otp';
import type { Context, Hono } from 'hono';
import { normalizeEmail } from '../../accounts/accounts.js';
import { personSubject } from '../../accounts/person-subject.js';
import { mailText } from '../../mail/mail-texts.js';
import { countFailure, reserveAttempt, verifyReserved } from '../../security/attempt-counter.js';
import { audit } from '../../security/audit.js';
import { breachIssues, noteBreachAtLogin } from '../../security/breach-guard.js';
import { checkStoredCode, issueStoredCode } from '../../security/one-time-codes.js';
import { hasPasskey } from '../../security/passkeys.js';
import { hashPassword, verifyPassword } from '../../security/password-hash.js';
import { remainingRecoveryCodes, useRecoveryCode } from '../../security/recovery-codes.js';
import { totpContext } from '../../security/totp-secrets.js';
import { readForm, readJson, rejectBody } from '../body.js';
import { type AccountRow, clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { confirmAccountPassword } from '../password-confirmation.js';
import { loginNeedsProof, requireProof } from '../proof-guard.js';
import {
  endSession,
  findSession,
  PENDING_COOKIE,
  requireSession,
  rotateSession,
  SESSION_COOKIE,
  sessionBody,
  startSession,
} from '../session.js';
import { loginLockKey, signIn } from '../sign-in.js';

/** The MFA methods an account has enrolled, strongest first. */
export function mfaMethods(account: AccountRow): string[] {
  return [...(account.totp_secret ? ['totp'] : []), ...(account.mfa_email ? ['email'] : [])];
}

/**
 * What the MFA step offers: a passkey first when the account has one (phishing-resistant), the other enrolled
 * factors, then `recovery` while unused recovery codes remain.
 */
async function challengeMethods(ctx: ServerContext, account: AccountRow): Promise<string[]> {
  const methods = [...((await hasPasskey(ctx.db, account.id)) ? ['passkey'] : []), ...mfaMethods(account)];
  if (methods.length === 0) return methods;
  return (await remainingRecoveryCodes(ctx.db, account.id)) > 0 ? [...methods, 'recovery'] : methods;
}

/**
 * Uses up a recovery code and queues the warning e-mail in one transaction: a code is never spent without the
 * owner being told, and a warning never goes out for a code that still works.
 */
async function passRecoveryCode(ctx: ServerContext, account: AccountRow, typed: string, now: Date) {
  const used = await ctx.db.transaction(async (tx) => {
    const result = await useRecoveryCode(tx, ctx.pepper, account.id, typed, now);
    if (!result) return false;
    await ctx.enqueueMail(tx, [
      {
        channel: 'email',
        to: account.email,
        ...mailText(account.locale, 'recovery-code-used', { at: now, remaining: result.remaining }),
      },
    ]);
    await audit(tx, now, {
      event: 'recovery-code-used',
      actor: account.id,
      subject: account.id,
      detail: { remaining: result.remaining },
    });
    return true;
  });
  if (used) ctx.kickMail();
  return used;
}

/**
 * Checks a TOTP code and records its step atomically, so the same code (or an older one) never works twice.
 * `replayed`: the code is right but its 30-second step was already used (e.g. at enrolment a moment ago).
 */
export async function acceptTotp(
  ctx: ServerContext,
  account: AccountRow,
  code: string,
): Promise<'accepted' | 'replayed' | 'invalid'> {
  if (!account.totp_secret) return 'invalid';
  const opened = ctx.secrets.open(account.totp_secret, totpContext(account.id));
  if (!opened.ok) {
    // A seed that does not open (another key, altered row) fails closed; the operator must see why.
    console.error(`gatehouse: TOTP seed of account ${account.id} does not open (${opened.code})`);
    return 'invalid';
  }
  const secret = base32Decode(opened.value);
  if (!secret.ok) return 'invalid';
  const last = account.totp_last_step === null ? undefined : Number(account.totp_last_step);
  const verdict = await verifyTotp({
    secret: secret.value,
    code,
    time: ctx.now().getTime(),
    ...(last === undefined ? {} : { lastUsedStep: last }),
  });
  if (!verdict.ok) return verdict.code === 'replayed-code' ? 'replayed' : 'invalid';
  // A parallel request with the same code loses here: only one UPDATE sees the older step.
  const rows = await ctx.db.query(
    'UPDATE accounts SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id',
    [account.id, verdict.step],
  );
  return rows.length === 1 ? 'accepted' : 'replayed';
}

/** Login, forced password change, MFA challenge, SSO session check, logout, re-authentication. */
export function sessionRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext, limit: number): void {
  const lockKey = loginLockKey;
  /** Failed logins from one client IP: counted (never locked), they decide when a login needs a proof. */
  const ipFailureKey = (ip: string) => `login-ip:${ip}`;

  /** The outcome after the password (or the forced change) was accepted. */
  async function nextStep(c: Context, account: AccountRow) {
    const methods = await challengeMethods(ctx, account);
    if (methods.length > 0) {
      await startSession(c, ctx, ctx.db, account, 'mfa', methods);
      // The challenge asks first for the e-mail code when that is the only method: it is sent now, not on a
      // click (within the cooldown the code sent a moment ago stays the one to enter).
      if (methods[0] !== 'email') return c.json({ status: 'mfa-required', methods });
      const sent = await sendEmailCode(ctx, account, 'login-mfa');
      const resendAvailableAt = sent.ok
        ? sent.resendAvailableAt
        : new Date(ctx.now().getTime() + sent.retryAfter * 1000);
      return c.json({
        status: 'mfa-required',
        methods,
        resendAvailableAt: resendAvailableAt.toISOString(),
      });
    }
    const { expiresAt } = await signIn(c, ctx, account, null);
    return c.json({ status: 'ok', session: sessionBody(account, expiresAt) });
  }

  app.get('/session', async (c) => {
    const session = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    return c.json({ session: session ? sessionBody(session.account, session.expiresAt) : null });
  });

  app.post('/session', async (c) => {
    const body = await readForm<{ email: string; password: string }>(c, loginForm, limit);
    if (!body.ok) return body.response;
    const email = normalizeEmail(body.value.email);
    const ip = clientIp(c, ctx.trustProxy);
    const limited = await limitRequest(c, ctx, 'login', ip, null);
    if (limited) return limited;
    const now = ctx.now();
    // After a few failures (for the address or from this IP) a login pays with work first: a bot guessing
    // passwords slows down, and cannot push a person into the lockout without paying for every try.
    if (await loginNeedsProof(ctx, lockKey(email), ipFailureKey(ip), now)) {
      const unproven = await requireProof(c, ctx);
      if (unproven) return unproven;
    }
    // The attempt is counted before the hash runs: a burst cannot verify more than maxAttempts passwords.
    // Unknown addresses are counted too, so a lockout does not reveal that an account exists.
    const reservation = await reserveAttempt(ctx.db, lockKey(email), now, ctx.policies.lockout);
    if (!reservation.ok) {
      await audit(ctx.db, now, { event: 'login-locked', subject: email, ip });
      return fail(c, 423, 'locked', { until: reservation.until.toISOString() });
    }
    const rows = await ctx.db.query<AccountRow>(
      "SELECT * FROM accounts WHERE email = $1 AND status = 'active'",
      [email],
    );
    const account = rows[0];
    // Unknown e-mail: the same scrypt work against a dummy hash, so timing does not tell the two apart.
    const matches = await verifyReserved(ctx.db, lockKey(email), ctx.policies.lockout, () =>
      verifyPassword(body.value.password, account?.password_hash ?? ctx.dummyHash),
    );
    const expired =
      account?.password_one_time &&
      account.password_expires_at !== null &&
      account.password_expires_at <= now;
    if (!account || !matches || expired) {
      await countFailure(ctx.db, ipFailureKey(ip), now, ctx.policies.lockout);
      await audit(ctx.db, now, { event: 'login-failed', subject: account?.id ?? email, ip });
      return fail(c, 401, 'invalid-credentials');
    }
    if (account.password_one_time) {
      await startSession(c, ctx, ctx.db, account, 'password-change');
      // The new password must not contain these words; the form shows that before the user submits.
      return c.json({
        status: 'password-change-required',
        subject: await personSubject(ctx.db, account),
      });
    }
    // A breached password still signs in; the session then carries the warning to change it.
    const breached = await noteBreachAtLogin(ctx.breaches, ctx.db, account, body.value.password, now);
    return nextStep(c, breached ? { ...account, password_breached_at: now } : account);
  });

  app.post('/session/password', async (c) => {
    const pending = await findSession(c, ctx, PENDING_COOKIE, ['password-change']);
    if (!pending) return fail(c, 401, 'unauthenticated');
    // The API sends only `newPassword`; the confirmation field is a browser concern.
    const body = await readForm<{ newPassword: string }>(
      c,
      loginPasswordChangeForm,
      limit,
      (b) => ({ confirmPassword: b.newPassword, ...b }),
      { subject: await personSubject(ctx.db, pending.account) },
    );
    if (!body.ok) return body.response;
    const breached = await breachIssues(ctx.breaches, body.value.newPassword, '/newPassword');
    if (breached.length > 0) return rejectBody(c, breached);
    const account = pending.account;
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      await tx.query(
        'UPDATE accounts SET password_hash = $2, password_one_time = false, password_expires_at = NULL, password_breached_at = NULL WHERE id = $1',
        [account.id, await hashPassword(body.value.newPassword, ctx.scrypt)],
      );
      await tx.query('DELETE FROM sessions WHERE token_hash = $1', [pending.hash]);
      await audit(tx, now, {
        event: 'password-changed',
        actor: account.id,
        subject: account.id,
        detail: { forced: true },
      });
    });
    return nextStep(c, { ...account, password_one_time: false });
  });

  app.post('/session/mfa', async (c) => {
    const pending = await findSession(c, ctx, PENDING_COOKIE, ['mfa']);
    if (!pending) return fail(c, 401, 'unauthenticated');
    const body = await readForm<{ method: string; code?: string; recoveryCode?: string }>(
      c,
      loginMfaForm,
      limit,
    );
    if (!body.ok) return body.response;
    const account = pending.account;
    const now = ctx.now();
    const ip = clientIp(c, ctx.trustProxy);
    const reservation = await reserveAttempt(ctx.db, lockKey(account.email), now, ctx.policies.lockout);
    if (!reservation.ok) return fail(c, 423, 'locked', { until: reservation.until.toISOString() });
    let passed = false;
    if (body.value.method === 'totp') {
      const verdict = await acceptTotp(ctx, account, body.value.code ?? '');
      // The code of a step already used (logging in right after enrolling): the user must wait, not retype.
      if (verdict === 'replayed')
        return rejectBody(c, [{ path: '/code', code: 'code-already-used', params: {} }]);
      passed = verdict === 'accepted';
    } else if (body.value.method === 'email' && account.mfa_email) {
      const check = await checkStoredCode(ctx.db, ctx.pepper, {
        purpose: 'login-mfa',
        subject: account.id,
        code: body.value.code ?? '',
        now,
      });
      passed = check.ok;
    } else if (body.value.method === 'recovery' && (await challengeMethods(ctx, account)).length > 0) {
      passed = await passRecoveryCode(ctx, account, body.value.recoveryCode ?? '', now);
    }
    if (!passed) {
      await audit(ctx.db, now, {
        event: 'mfa-failed',
        subject: account.id,
        ip,
        detail: { method: body.value.method },
      });
      return fail(c, 400, 'invalid-code');
    }
    await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [pending.hash]);
    // The full session remembers the factor it passed (hosts read it through getSession).
    const { expiresAt } = await signIn(c, ctx, account, body.value.method);
    return c.json({ status: 'ok', session: sessionBody(account, expiresAt) });
  });

  app.post('/session/mfa/code', async (c) => {
    const pending = await findSession(c, ctx, PENDING_COOKIE, ['mfa']);
    if (!pending) return fail(c, 401, 'unauthenticated');
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    if (body.value.method !== 'email' || !pending.account.mfa_email) {
      return rejectBody(c, [{ path: '/method', code: 'enum', params: {} }]);
    }
    const sent = await sendEmailCode(ctx, pending.account, 'login-mfa');
    if (!sent.ok) return fail(c, 429, 'rate-limited', { retryAfter: sent.retryAfter });
    return c.json({ resendAvailableAt: sent.resendAvailableAt.toISOString() }, 202);
  });

  app.delete('/session', async (c) => {
    await endSession(c, ctx, SESSION_COOKIE);
    await endSession(c, ctx, PENDING_COOKIE);
    return c.body(null, 204);
  });

  app.post('/session/reauthenticate', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const password = body.value.password;
    if (typeof password !== 'string' || password.length === 0 || password.length > 1024) {
      return rejectBody(c, [
        { path: '/password', code: typeof password === 'string' ? 'maxLength' : 'required', params: {} },
      ]);
    }
    const account = c.get('account');
    const now = ctx.now();
    const confirmation = await confirmAccountPassword(ctx, account, password);
    if (confirmation.status === 'locked')
      return fail(c, 423, 'locked', { until: confirmation.until.toISOString() });
    if (confirmation.status === 'wrong') return fail(c, 401, 'invalid-credentials');
    // A step-up gets a new session id, so one seen before it cannot ride on the fresh authentication.
    if (!(await rotateSession(c, ctx, c.get('sessionHash')))) return fail(c, 401, 'unauthenticated');
    return c.json({ authenticatedAt: now.toISOString() });
  });
}

/**
 * Sends a 6-digit e-mail code for `purpose` unless one went out within the resend cooldown. The attempt
 * count of the previous code carries over (a resend never resets it).
 */
export async function sendEmailCode(
  ctx: ServerContext,
  account: AccountRow,
  purpose: string,
  payload?: Record<string, unknown>,
): Promise<{ ok: true; id: string; resendAvailableAt: Date } | { ok: false; retryAfter: number }> {
  const now = ctx.now();
  const outcome = await ctx.db.transaction(async (tx) => {
    const recent = await tx.query<{ created_at: Date }>(
      'SELECT created_at FROM codes WHERE purpose = $1 AND subject = $2 ORDER BY created_at DESC LIMIT 1',
      [purpose, account.id],
    );
    const last = recent[0]?.created_at;
    if (last && last.getTime() + ctx.policies.resendCooldownMs > now.getTime()) {
      return {
        ok: false as const,
        retryAfter: Math.ceil((last.getTime() + ctx.policies.resendCooldownMs - now.getTime()) / 1000),
      };
    }
    const issued = await issueStoredCode(tx, ctx.pepper, {
      purpose,
      subject: account.id,
      accountId: account.id,
      lifetimeMs: ctx.policies.emailCodeLifetimeMs,
      maxAttempts: ctx.policies.codeAttempts,
      now,
      ...(payload ? { payload } : {}),
    });
    // The code and its e-mail commit together: no code exists that was never sent.
    await ctx.enqueueMail(tx, [
      {
        channel: 'email',
        to: account.email,
        ...mailText(account.locale, 'email-code', {
          code: issued.code,
          minutes: Math.round(ctx.policies.emailCodeLifetimeMs / 60_000),
        }),
      },
    ]);
    return { ok: true as const, id: issued.id };
  });
  if (!outcome.ok) return outcome;
  ctx.kickMail();
  return {
    ok: true,
    id: outcome.id,
    resendAvailableAt: new Date(now.getTime() + ctx.policies.resendCooldownMs),
  };
}
