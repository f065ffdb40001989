import { accountDeletionForm } from '@gatehouse/flows/data-rights';
import type { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { eraseAccount } from '../../data-rights/account-erasure.js';
import { exportAccountData } from '../../data-rights/account-export.js';
import { handOverNeeds } from '../../data-rights/hand-over.js';
import { mailText } from '../../mail/mail-texts.js';
import { audit } from '../../security/audit.js';
import { auditPseudonym } from '../../security/audit-pseudonym.js';
import { readForm, rejectBody } from '../body.js';
import { clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { confirmAccountPassword } from '../password-confirmation.js';
import { endSessions, requireSession, SESSION_COOKIE } from '../session.js';

/** The successor a body names: absent, or an id-sized string (anything else is a 422 on `/successor`). */
function successorOf(raw: Record<string, unknown>): { ok: true; id: string | null } | { ok: false } {
  const value = raw.successor;
  if (value === undefined || value === null) return { ok: true, id: null };
  return typeof value === 'string' && value.length > 0 && value.length <= 100
    ? { ok: true, id: value }
    : { ok: false };
}

/**
 * The person's data rights: `GET /account/export` (everything held about them as a JSON download, no secret),
 * `GET /account/deletion` (whether the company's last Super Admin must hand the role over, and to whom),
 * `POST /account/deletion` (re-authenticates with the password in the same request, on the login's lockout counter;
 * hands the role over; deletes or strips every personal row, keeps the audit trail under a pseudonym; ends every
 * session; mails a confirmation). Both requests that read or delete are rate limited per address and per account.
 */
export function dataRightsRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext, limit: number): void {
  app.get('/account/export', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const limited = await limitRequest(c, ctx, 'account-export', clientIp(c, ctx.trustProxy), account.id);
    if (limited) return limited;
    const now = ctx.now();
    const data = await exportAccountData(ctx.db, account, now);
    await audit(ctx.db, now, { event: 'data-exported', actor: account.id, subject: account.id });
    c.header('Content-Disposition', `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`);
    return c.json(data);
  });

  app.get('/account/deletion', requireSession(ctx), async (c) =>
    c.json(await handOverNeeds(ctx.db, c.get('account'))),
  );

  app.post('/account/deletion', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const limited = await limitRequest(c, ctx, 'account-deletion', clientIp(c, ctx.trustProxy), account.id);
    if (limited) return limited;
    const body = await readForm<{ password: string; understood: true }>(c, accountDeletionForm, limit);
    if (!body.ok) return body.response;
    const successor = successorOf(body.raw ?? {});
    if (!successor.ok) return rejectBody(c, [{ path: '/successor', code: 'type', params: {} }]);

    // The re-authentication: this request's password, counted like a login so guessing it locks the account.
    const now = ctx.now();
    const confirmation = await confirmAccountPassword(ctx, account, body.value.password);
    if (confirmation.status === 'locked')
      return fail(c, 423, 'locked', { until: confirmation.until.toISOString() });
    if (confirmation.status === 'wrong') {
      await audit(ctx.db, now, { event: 'account-deletion-failed', actor: account.id, subject: account.id });
      return fail(c, 401, 'invalid-current-password');
    }

    const outcome = await ctx.db.transaction(async (tx) => {
      // One deletion per company at a time: two last Super Admins cannot leave the company together.
      if (account.company_id)
        await tx.query('SELECT id FROM companies WHERE id = $1 FOR UPDATE', [account.company_id]);
      const needs = await handOverNeeds(tx, account);
      const heir = needs.successors.find((s) => s.id === successor.id);
      if (needs.handOver === 'required' && !heir) return { ok: false as const };
      if (heir) {
        await tx.query("UPDATE accounts SET roles = array_append(roles, 'super-admin') WHERE id = $1", [
          heir.id,
        ]);
        await audit(tx, now, { event: 'super-admin-handed-over', actor: account.id, subject: heir.id });
      }
      const pseudonym = await auditPseudonym(tx, account.id);
      const erased = await eraseAccount(tx, account, pseudonym);
      await audit(tx, now, {
        event: 'account-deleted',
        actor: pseudonym,
        subject: pseudonym,
        detail: heir ? { handedOverTo: heir.id } : {},
      });
      await ctx.enqueueMail(tx, [
        { channel: 'email', to: account.email, ...mailText(account.locale, 'account-deleted', { at: now }) },
      ]);
      return { ok: true as const, erased };
    });
    if (!outcome.ok) return fail(c, 409, 'hand-over-required');
    ctx.kickMail();
    // The rows went with the account; this tells the single sign-on provider to end the sibling portals' sessions.
    await endSessions(ctx, outcome.erased.endedSessions);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ deleted: true });
  });
}
