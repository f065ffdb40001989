import { registrationForm } from '@gatehouse/flows/registration';
import type { Context, Hono } from 'hono';
import { normalizeEmail } from '../../accounts/accounts.js';
import { initialApprovalSnapshot, type RegistrationRow } from '../../approval/approval-service.js';
import { mailText } from '../../mail/mail-texts.js';
import type { OutgoingMessage } from '../../mail/messenger.js';
import { registrationFindings } from '../../mail-domain/registration-findings.js';
import { audit } from '../../security/audit.js';
import { hashToken, randomId, randomToken } from '../../security/tokens.js';
import { readForm, readJson, rejectBody } from '../body.js';
import { approvalPolicy, clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { localeOf } from '../locale.js';
import { requireProof } from '../proof-guard.js';
import { readLinkToken } from '../token-field.js';

function confirmationMail(
  ctx: ServerContext,
  to: string,
  token: string,
  expiresAt: Date,
  locale: unknown,
): OutgoingMessage {
  const link = `${ctx.confirmUrl}${ctx.confirmUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
  return { channel: 'email', to, ...mailText(String(locale), 'confirm', { link, until: expiresAt }) };
}

function existingAccountMail(to: string, locale: string): OutgoingMessage {
  return { channel: 'email', to, ...mailText(locale, 'registration-exists', {}) };
}

/** The columns a resend decides on. */
interface ResendRow {
  status: string;
  token_hash: string | null;
  resend_available_at: Date;
}

/** Why a resend of registration `row` cannot go out now: 404 for no registration, 429 within the cooldown; else null. */
function resendRefusal(c: Context, row: ResendRow | undefined, now: Date): Response | null {
  if (!row) return fail(c, 404, 'not-found');
  if (row.resend_available_at <= now) return null;
  const seconds = Math.ceil((row.resend_available_at.getTime() - now.getTime()) / 1000);
  return fail(c, 429, 'rate-limited', { retryAfter: seconds });
}

/** Registration: submit (🛡 enumeration-safe), resend, confirm, status. */
export function registrationRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext, limit: number): void {
  app.post('/registrations', async (c) => {
    const body = await readForm<{ email: string } & Record<string, unknown>>(c, registrationForm, limit);
    if (!body.ok) return body.response;
    const email = normalizeEmail(body.value.email);
    const ip = clientIp(c, ctx.trustProxy);
    const limited = await limitRequest(c, ctx, 'register', ip, email);
    if (limited) return limited;
    const unproven = await requireProof(c, ctx);
    if (unproven) return unproven;
    // The mail-domain check (when the host gave a resolver) and the soft signals the reviewer will see.
    const checked = await registrationFindings(ctx.db, ctx.mailDomains, email);
    if (!checked.ok) return rejectBody(c, [checked.issue]);
    const now = ctx.now();
    const id = randomId('reg');
    const expiresAt = new Date(now.getTime() + ctx.policies.confirmationLifetimeMs);
    const resendAt = new Date(now.getTime() + ctx.policies.resendCooldownMs);
    const token = randomToken();
    // The language the person registered in: their e-mails (the welcome one too) are written in it.
    const locale = localeOf(c);
    await ctx.db.transaction(async (tx) => {
      const existing = await tx.query('SELECT id FROM accounts WHERE email = $1', [email]);
      // Same work and the same answer either way; only the e-mail differs (the owner is told instead).
      await tx.query(
        `INSERT INTO registrations (id, email, data, status, token_hash, token_expires_at, resend_available_at, created_at, findings)
         VALUES ($1, $2, $3, 'pending-confirmation', $4, $5, $6, $7, $8)`,
        [
          id,
          email,
          JSON.stringify({ ...body.value, locale }),
          existing.length ? null : hashToken(token),
          expiresAt,
          resendAt,
          now,
          JSON.stringify(checked.findings),
        ],
      );
      await audit(tx, now, {
        event: existing.length ? 'registration-existing-account' : 'registration-submitted',
        subject: id,
        ip,
      });
      // The e-mail commits with the registration: a crash after the commit cannot lose it.
      await ctx.enqueueMail(tx, [
        existing.length
          ? existingAccountMail(email, locale)
          : confirmationMail(ctx, email, token, expiresAt, locale),
      ]);
    });
    ctx.kickMail();
    return c.json(
      { id, confirmationExpiresAt: expiresAt.toISOString(), resendAvailableAt: resendAt.toISOString() },
      202,
    );
  });

  app.post('/registrations/confirm', async (c) => {
    const read = await readLinkToken(c, limit);
    if (!read.ok) return read.response;
    const token = read.token;
    const now = ctx.now();
    const outcome = await ctx.db.transaction(async (tx) => {
      const rows = await tx.query<RegistrationRow & { token_expires_at: Date }>(
        'SELECT * FROM registrations WHERE token_hash = $1 FOR UPDATE',
        [hashToken(token)],
      );
      const row = rows[0];
      if (row?.status !== 'pending-confirmation') return 'invalid' as const;
      if (row.token_expires_at <= now) return 'expired' as const;
      const confirmed = { ...row, confirmed_at: now };
      const snapshot = initialApprovalSnapshot(confirmed, {
        now,
        scrypt: ctx.scrypt,
        secrets: ctx.secrets,
        policy: approvalPolicy(ctx.policies),
        portalUrl: '',
        outbox: [],
      });
      // The token is single use: its hash is removed with the confirmation.
      await tx.query(
        `UPDATE registrations SET status = 'pending-approval', confirmed_at = $2, token_hash = NULL, snapshot = $3
         WHERE id = $1`,
        [row.id, now, JSON.stringify(snapshot)],
      );
      await audit(tx, now, {
        event: 'registration-confirmed',
        subject: row.id,
        ip: clientIp(c, ctx.trustProxy),
      });
      return row.id;
    });
    if (outcome === 'invalid') return fail(c, 400, 'invalid-token');
    if (outcome === 'expired') return fail(c, 410, 'expired-token');
    return c.json({ id: outcome, status: 'pending-approval' });
  });

  app.post('/registrations/:id/resend', async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const id = c.req.param('id');
    // Each resend is a mail to someone's mailbox: per client IP limited (unknown ids count too), and a proof of work
    // like the registration itself, so one solved registration cannot become a stream of mails to its address.
    const limited = await limitRequest(c, ctx, 'registration-resend', clientIp(c, ctx.trustProxy), null);
    if (limited) return limited;
    // The cooldown and an unknown id are answered before the proof is looked at (a proof is only used up by a
    // request that would otherwise go through); the transaction below checks again under the row lock.
    const early = await ctx.db.query<ResendRow>(
      'SELECT status, token_hash, resend_available_at FROM registrations WHERE id = $1',
      [id],
    );
    const refused = resendRefusal(c, early[0], ctx.now());
    if (refused) return refused;
    const unproven = await requireProof(c, ctx);
    if (unproven) return unproven;
    const now = ctx.now();
    const result = await ctx.db.transaction(async (tx) => {
      const rows = await tx.query<RegistrationRow & ResendRow>(
        'SELECT * FROM registrations WHERE id = $1 FOR UPDATE',
        [id],
      );
      const row = rows[0];
      const again = resendRefusal(c, row, now);
      if (again || !row) return { kind: 'refused' as const, response: again };
      const resendAt = new Date(now.getTime() + ctx.policies.resendCooldownMs);
      if (row.status === 'pending-confirmation' && row.token_hash) {
        const token = randomToken();
        const expiresAt = new Date(now.getTime() + ctx.policies.confirmationLifetimeMs);
        await tx.query(
          'UPDATE registrations SET token_hash = $2, token_expires_at = $3, resend_available_at = $4 WHERE id = $1',
          [id, hashToken(token), expiresAt, resendAt],
        );
        // The new link replaces the old one only together with the e-mail that carries it.
        await ctx.enqueueMail(tx, [confirmationMail(ctx, row.email, token, expiresAt, row.data.locale)]);
      } else {
        await tx.query('UPDATE registrations SET resend_available_at = $2 WHERE id = $1', [id, resendAt]);
      }
      return { kind: 'ok' as const, resendAt };
    });
    if (result.kind === 'refused') return result.response ?? fail(c, 404, 'not-found');
    ctx.kickMail();
    return c.json({ resendAvailableAt: result.resendAt.toISOString() }, 202);
  });

  app.get('/registrations/:id', async (c) => {
    const rows = await ctx.db.query<{
      status: string;
      token_expires_at: Date;
      decision_reason: string | null;
    }>('SELECT status, token_expires_at, decision_reason FROM registrations WHERE id = $1', [
      c.req.param('id'),
    ]);
    const row = rows[0];
    if (!row) return fail(c, 404, 'not-found');
    const status =
      row.status === 'pending-confirmation' && row.token_expires_at <= ctx.now() ? 'expired' : row.status;
    return c.json(status === 'rejected' ? { status, reason: row.decision_reason ?? '' } : { status });
  });
}
