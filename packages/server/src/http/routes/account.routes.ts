import type { FlowIssue } from '@gatehouse/flows';
import { passwordChangeForm } from '@gatehouse/flows/password-change';
import { passwordResetCodeForm, passwordResetRequestForm } from '@gatehouse/flows/password-reset';
import { profileForm, profilePhoneCodeForm } from '@gatehouse/flows/profile';
import { parsePhone } from '@gatehouse/rules/phone';
import type { Hono } from 'hono';
import { normalizeEmail } from '../../accounts/accounts.js';
import { personCountry, personSubject } from '../../accounts/person-subject.js';
import { cancelOpenEmailChanges } from '../../email-change/email-changes.js';
import { mailText } from '../../mail/mail-texts.js';
import type { OutgoingMessage } from '../../mail/messenger.js';
import { securityMail } from '../../mail/security-mail.js';
import { audit } from '../../security/audit.js';
import { breachIssues } from '../../security/breach-guard.js';
import { checkStoredCode, issueStoredCode } from '../../security/one-time-codes.js';
import { hashPassword } from '../../security/password-hash.js';
import { hashToken } from '../../security/tokens.js';
import { readForm, rejectBody } from '../body.js';
import { type AccountRow, clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { confirmAccountPassword } from '../password-confirmation.js';
import { requireProof } from '../proof-guard.js';
import { requireSession } from '../session.js';

const codeStatus = (code: string) =>
  code === 'expired-code' ? 410 : code === 'too-many-attempts' ? 429 : 400;

function profileBody(account: AccountRow, company: string) {
  return {
    profile: {
      givenName: account.given_name,
      familyName: account.family_name,
      email: account.email,
      company,
      ...(typeof account.profile.jobTitle === 'string' ? { jobTitle: account.profile.jobTitle } : {}),
      ...(account.phone ? { phone: account.phone } : {}),
      ...(personCountry(account) ? { country: personCountry(account) } : {}),
    },
  };
}

/** Thrown inside the reset transaction to roll it back when the new password contains the person's words. */
class PasswordRefused extends Error {
  constructor(readonly issues: readonly FlowIssue[]) {
    super('password refused');
  }
}

/** Profile with SMS-verified phone, password change, and the enumeration-safe password reset. */
export function accountRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext, limit: number): void {
  const companyName = async (account: AccountRow) => {
    if (!account.company_id) return '';
    const rows = await ctx.db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [
      account.company_id,
    ]);
    return rows[0]?.name ?? '';
  };
  const reload = async (id: string) =>
    (await ctx.db.query<AccountRow>('SELECT * FROM accounts WHERE id = $1', [id]))[0] as AccountRow;

  app.get('/profile', requireSession(ctx), async (c) => {
    const account = c.get('account');
    return c.json(profileBody(account, await companyName(account)));
  });

  app.patch('/profile', requireSession(ctx), async (c) => {
    // The phone is never saved here: only a confirmed SMS code stores it.
    const body = await readForm<{ givenName: string; familyName: string; jobTitle?: string }>(
      c,
      profileForm,
      limit,
      ({ phone: _phone, ...rest }) => rest,
    );
    if (!body.ok) return body.response;
    const account = c.get('account');
    await ctx.db.query(
      `UPDATE accounts SET given_name = $2, family_name = $3,
         profile = CASE WHEN $4::text IS NULL THEN profile - 'jobTitle' ELSE jsonb_set(profile, '{jobTitle}', to_jsonb($4::text)) END
       WHERE id = $1`,
      [account.id, body.value.givenName, body.value.familyName, body.value.jobTitle ?? null],
    );
    await audit(ctx.db, ctx.now(), { event: 'profile-updated', actor: account.id, subject: account.id });
    const updated = await reload(account.id);
    return c.json(profileBody(updated, await companyName(updated)));
  });

  app.post('/profile/phone', requireSession(ctx), async (c) => {
    // The profile form checks the number; here it is the one required field. A national number is read as one of
    // the registration's country, as in the browser.
    const account = c.get('account');
    const country = personCountry(account);
    const body = await readForm<{ phone: string }>(
      c,
      profileForm,
      limit,
      (b) => ({ givenName: 'x', familyName: 'x', phone: b.phone }),
      country ? { subject: { country } } : undefined,
    );
    if (!body.ok) return body.response;
    if (typeof body.value.phone !== 'string' || body.value.phone === '') {
      return rejectBody(c, [{ path: '/phone', code: 'required', params: {} }]);
    }
    // Stored and texted as E.164, whatever spacing or national form the person typed.
    const parsed = parsePhone(body.value.phone, country ? { defaultCountry: country } : {});
    if (!parsed.ok) return rejectBody(c, [{ path: '/phone', code: parsed.code, params: parsed.params }]);
    const phone = parsed.value.e164;
    const limited = await limitRequest(c, ctx, 'phone', clientIp(c, ctx.trustProxy), account.id);
    if (limited) return limited;
    const now = ctx.now();
    // The code and its text message commit together: no code exists that was never sent.
    const issued = await ctx.db.transaction(async (tx) => {
      const code = await issueStoredCode(tx, ctx.pepper, {
        purpose: 'phone',
        subject: account.id,
        accountId: account.id,
        lifetimeMs: ctx.policies.emailCodeLifetimeMs,
        maxAttempts: ctx.policies.codeAttempts,
        now,
        payload: { phone },
      });
      await ctx.enqueueMail(tx, [
        { channel: 'sms', to: phone, ...mailText(account.locale, 'phone-code', { code: code.code }) },
      ]);
      return code;
    });
    ctx.kickMail();
    return c.json(
      {
        verificationId: issued.id,
        resendAvailableAt: new Date(now.getTime() + ctx.policies.resendCooldownMs).toISOString(),
      },
      202,
    );
  });

  app.post('/profile/phone/:id/confirm', requireSession(ctx), async (c) => {
    const body = await readForm<{ code: string }>(c, profilePhoneCodeForm, limit);
    if (!body.ok) return body.response;
    const account = c.get('account');
    const check = await checkStoredCode(ctx.db, ctx.pepper, {
      purpose: 'phone',
      subject: account.id,
      code: body.value.code,
      now: ctx.now(),
      id: c.req.param('id'),
    });
    if (!check.ok) return fail(c, codeStatus(check.code), check.code);
    await ctx.db.query('UPDATE accounts SET phone = $2 WHERE id = $1', [account.id, check.payload?.phone]);
    await audit(ctx.db, ctx.now(), { event: 'phone-verified', actor: account.id, subject: account.id });
    const updated = await reload(account.id);
    return c.json(profileBody(updated, await companyName(updated)));
  });

  app.post('/password', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const body = await readForm<{ currentPassword: string; newPassword: string }>(
      c,
      passwordChangeForm,
      limit,
      (b) => ({
        confirmPassword: b.newPassword,
        ...b,
      }),
      { subject: await personSubject(ctx.db, account) },
    );
    if (!body.ok) return body.response;
    const confirmation = await confirmAccountPassword(ctx, account, body.value.currentPassword);
    if (confirmation.status === 'locked')
      return fail(c, 423, 'locked', { until: confirmation.until.toISOString() });
    if (confirmation.status === 'wrong') {
      await audit(ctx.db, ctx.now(), {
        event: 'password-change-failed',
        actor: account.id,
        subject: account.id,
      });
      return fail(c, 401, 'invalid-current-password');
    }
    // Asked only once the current password proved who this is.
    const breached = await breachIssues(ctx.breaches, body.value.newPassword, '/newPassword');
    if (breached.length > 0) return rejectBody(c, breached);
    await ctx.db.transaction(async (tx) => {
      await tx.query('UPDATE accounts SET password_hash = $2, password_breached_at = NULL WHERE id = $1', [
        account.id,
        await hashPassword(body.value.newPassword, ctx.scrypt),
      ]);
      // Other sessions end with the old password; this one stays.
      await tx.query('DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2', [
        account.id,
        c.get('sessionHash'),
      ]);
      // A change of address the owner did not ask for ends with the password the requester knew.
      await cancelOpenEmailChanges(tx, account.id);
      await audit(tx, ctx.now(), { event: 'password-changed', actor: account.id, subject: account.id });
      await ctx.enqueueMail(tx, [securityMail(account, 'password-changed', { at: ctx.now() })]);
    });
    ctx.kickMail();
    return c.body(null, 204);
  });

  /** 🛡 Same work and answer for unknown addresses: the code row exists either way, only delivery differs. */
  const requestReset = async (email: string, ip: string) => {
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const rows = await tx.query<AccountRow>(
        "SELECT * FROM accounts WHERE email = $1 AND status = 'active'",
        [email],
      );
      const account = rows[0];
      const issued = await issueStoredCode(tx, ctx.pepper, {
        purpose: 'reset',
        subject: hashToken(email),
        accountId: account?.id ?? null,
        lifetimeMs: ctx.policies.resetCodeLifetimeMs,
        maxAttempts: ctx.policies.codeAttempts,
        now,
      });
      await audit(tx, now, {
        event: 'password-reset-requested',
        subject: account?.id ?? hashToken(email),
        ip,
      });
      if (!account) return;
      const minutes = Math.round(ctx.policies.resetCodeLifetimeMs / 60_000);
      const message: OutgoingMessage = account.phone
        ? {
            channel: 'sms',
            to: account.phone,
            ...mailText(account.locale, 'reset-sms', { code: issued.code, minutes }),
          }
        : {
            channel: 'email',
            to: account.email,
            ...mailText(account.locale, 'reset-email', { code: issued.code, minutes }),
          };
      // The code and its message commit together: a crash cannot leave a code nobody received.
      await ctx.enqueueMail(tx, [message]);
    });
    ctx.kickMail();
  };

  for (const path of ['/password-reset', '/password-reset/resend']) {
    app.post(path, async (c) => {
      const body = await readForm<{ email: string }>(c, passwordResetRequestForm, limit);
      if (!body.ok) return body.response;
      const email = normalizeEmail(body.value.email);
      const ip = clientIp(c, ctx.trustProxy);
      const limited = await limitRequest(c, ctx, 'reset', ip, email);
      if (limited) return limited;
      const unproven = await requireProof(c, ctx);
      if (unproven) return unproven;
      await requestReset(email, ip);
      return c.json({}, 202);
    });
  }

  app.post('/password-reset/confirm', async (c) => {
    const body = await readForm<{ email?: string; code: string; newPassword: string }>(
      c,
      passwordResetCodeForm,
      limit,
      (b) => ({ confirmPassword: b.newPassword, ...b }),
    );
    if (!body.ok) return body.response;
    // The code form has no e-mail field; the contract sends it beside the code, so it is checked here.
    const raw = (body.raw ?? {}) as { email?: unknown };
    if (typeof raw.email !== 'string' || raw.email.length === 0 || raw.email.length > 254) {
      return rejectBody(c, [
        { path: '/email', code: typeof raw.email === 'string' ? 'maxLength' : 'required', params: {} },
      ]);
    }
    const email = normalizeEmail(raw.email);
    const now = ctx.now();
    // The breach service is asked outside the transaction (no lock waits on the network); its refusal, like the
    // names', only counts once the code is right.
    const breached = await breachIssues(ctx.breaches, body.value.newPassword, '/newPassword');
    // The names only count once the code proved who this is (checking them before would tell a stranger that
    // "Jane" has an account here). A refused password rolls the check back, so the same code works again.
    const outcome = await ctx.db
      .transaction(async (tx) => {
        const check = await checkStoredCode(tx, ctx.pepper, {
          purpose: 'reset',
          subject: hashToken(email),
          code: body.value.code,
          now,
        });
        if (!check.ok || !check.accountId)
          return { ok: false as const, code: check.ok ? 'invalid-code' : check.code };
        const account = (
          await tx.query<AccountRow>('SELECT * FROM accounts WHERE id = $1', [check.accountId])
        )[0] as AccountRow;
        const policy = passwordResetCodeForm.validate(
          {
            code: body.value.code,
            newPassword: body.value.newPassword,
            confirmPassword: body.value.newPassword,
          },
          { subject: await personSubject(tx, account) },
        );
        if (!policy.ok) throw new PasswordRefused(policy.issues);
        if (breached.length > 0) throw new PasswordRefused(breached);
        await tx.query(
          'UPDATE accounts SET password_hash = $2, password_one_time = false, password_expires_at = NULL, password_breached_at = NULL WHERE id = $1',
          [check.accountId, await hashPassword(body.value.newPassword, ctx.scrypt)],
        );
        await tx.query('DELETE FROM sessions WHERE account_id = $1', [check.accountId]);
        await cancelOpenEmailChanges(tx, check.accountId);
        await tx.query('UPDATE attempt_counters SET failures = 0, locked_until = NULL WHERE key = $1', [
          `login:${email}`,
        ]);
        await audit(tx, now, {
          event: 'password-reset',
          subject: check.accountId,
          ip: clientIp(c, ctx.trustProxy),
        });
        await ctx.enqueueMail(tx, [securityMail(account, 'password-changed', { at: now })]);
        return { ok: true as const };
      })
      .catch((error: unknown) => {
        if (error instanceof PasswordRefused) return { ok: false as const, issues: error.issues };
        throw error;
      });
    if ('issues' in outcome) return rejectBody(c, outcome.issues);
    if (!outcome.ok) return fail(c, codeStatus(outcome.code), outcome.code);
    return c.body(null, 204);
  });
}
