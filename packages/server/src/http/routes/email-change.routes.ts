import { emailChangeForm } from '@gatehouse/flows/email-change';
import type { Hono } from 'hono';
import { normalizeEmail } from '../../accounts/accounts.js';
import { companyDomainIssue } from '../../accounts/company-domain.js';
import {
  cancelEmailChangesByOwner,
  cancelOpenEmailChanges,
  emailChangeByCancelToken,
  markEmailChangeConfirmed,
  openEmailChange,
} from '../../email-change/email-changes.js';
import { maskedAddress } from '../../email-change/masked-address.js';
import { mailText } from '../../mail/mail-texts.js';
import type { OutgoingMessage } from '../../mail/messenger.js';
import { securityMail } from '../../mail/security-mail.js';
import { audit } from '../../security/audit.js';
import { hashToken, randomId, randomToken } from '../../security/tokens.js';
import type { Queryable } from '../../storage/database.js';
import { readForm, rejectBody } from '../body.js';
import { type AccountRow, clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { localeOf } from '../locale.js';
import { confirmAccountPassword } from '../password-confirmation.js';
import { endSessions, findSession, requireSession, SESSION_COOKIE } from '../session.js';
import { readLinkToken } from '../token-field.js';

/** A unique violation of the database (Postgres and PGlite alike): here, two accounts taking one address at once. */
const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Ends every session of `accountId` but the one whose hash is `keep` (the browser that opened the link, when it is
 * the account's own); the hashes of the ended ones, for the single sign-on provider.
 */
async function endOtherSessions(tx: Queryable, accountId: string, keep: string): Promise<string[]> {
  const ended = await tx.query<{ token_hash: string }>(
    'DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2 RETURNING token_hash',
    [accountId, keep],
  );
  return ended.map((s) => s.token_hash);
}

/**
 * Changing the account's e-mail address, proven by the new address: `POST /email-change` (signed in; re-authenticates
 * with the password in the same request on the login's lockout counter; the new address passes the business e-mail
 * policy and belongs to the account's company; a single-use link goes to the new address and a notice to the old one;
 * 🛡 an address that has an account gets the same answer and the same work, its owner is told instead) and
 * `POST /email-change/confirm` (the link's token; the address changes, other sessions end, the old address gets the
 * security e-mail) and `POST /email-change/cancel` (the token of the notice's "this was not me" link: every open
 * change of the account is cancelled, its other sessions end, the audit records it; the link to the new address then
 * answers `email-change-cancelled`). Every message commits with its change.
 */
export function emailChangeRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  pages: { confirm: string; cancel: string },
): void {
  const linkFor = (page: string, token: string) =>
    `${page}${page.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;

  app.post('/email-change', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const ip = clientIp(c, ctx.trustProxy);
    const limited = await limitRequest(c, ctx, 'email-change', ip, account.id);
    if (limited) return limited;
    const body = await readForm<{ newEmail: string; currentPassword: string }>(c, emailChangeForm, limit);
    if (!body.ok) return body.response;
    const newEmail = normalizeEmail(body.value.newEmail);
    const outside = await companyDomainIssue(ctx.db, account.company_id, body.value.newEmail, '/newEmail');
    if (outside) return rejectBody(c, [outside]);
    if (newEmail === account.email)
      return rejectBody(c, [{ path: '/newEmail', code: 'same-email', params: {} }]);

    // The re-authentication: this request's password, counted like a login so guessing it locks the account.
    const now = ctx.now();
    const confirmation = await confirmAccountPassword(ctx, account, body.value.currentPassword);
    if (confirmation.status === 'locked')
      return fail(c, 423, 'locked', { until: confirmation.until.toISOString() });
    if (confirmation.status === 'wrong') {
      await audit(ctx.db, now, { event: 'email-change-failed', actor: account.id, subject: account.id, ip });
      return fail(c, 401, 'invalid-current-password');
    }

    const expiresAt = new Date(now.getTime() + ctx.policies.confirmationLifetimeMs);
    const token = randomToken();
    // Made whether or not the new address is taken: the notice to the old one reads the same either way.
    const cancelToken = randomToken();
    // The person's stored language, else the page they asked from: all three messages are about their account.
    const locale = account.locale ?? localeOf(c);
    await ctx.db.transaction(async (tx) => {
      const taken = (await tx.query('SELECT 1 FROM accounts WHERE email = $1', [newEmail])).length > 0;
      // One valid link per account: a new request replaces the last one's.
      await cancelOpenEmailChanges(tx, account.id);
      await tx.query(
        `INSERT INTO email_changes
           (id, account_id, old_email, new_email, token_hash, cancel_token_hash, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          randomId('emc'),
          account.id,
          account.email,
          newEmail,
          taken ? null : hashToken(token),
          hashToken(cancelToken),
          expiresAt,
          now,
        ],
      );
      // One event either way: the person's own data export shows their audit entries.
      await audit(tx, now, { event: 'email-change-requested', actor: account.id, subject: account.id, ip });
      const toNew: OutgoingMessage = {
        channel: 'email',
        to: newEmail,
        ...(taken
          ? mailText(locale, 'email-change-exists', {})
          : mailText(locale, 'email-change-confirm', {
              link: linkFor(pages.confirm, token),
              until: expiresAt,
            })),
      };
      const toOld: OutgoingMessage = {
        channel: 'email',
        to: account.email,
        ...mailText(locale, 'email-change-requested', {
          at: now,
          to: maskedAddress(newEmail),
          until: expiresAt,
          cancel: linkFor(pages.cancel, cancelToken),
        }),
      };
      await ctx.enqueueMail(tx, [toNew, toOld]);
    });
    ctx.kickMail();
    return c.json({ confirmationExpiresAt: expiresAt.toISOString() }, 202);
  });

  app.post('/email-change/confirm', async (c) => {
    const read = await readLinkToken(c, limit);
    if (!read.ok) return read.response;
    const token = read.token;
    const ip = clientIp(c, ctx.trustProxy);
    const limited = await limitRequest(c, ctx, 'email-change-confirm', ip, null);
    if (limited) return limited;
    const now = ctx.now();
    // The browser that opens the link stays signed in when it is the account's own; every other session ends.
    const own = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    const outcome = await ctx.db
      .transaction(async (tx) => {
        const change = await openEmailChange(tx, hashToken(token));
        if (!change) return { kind: 'invalid' as const };
        if (change.cancelled_at) return { kind: 'cancelled' as const };
        if (change.expires_at <= now) return { kind: 'expired' as const };
        const account = (
          await tx.query<AccountRow>('SELECT * FROM accounts WHERE id = $1 FOR UPDATE', [change.account_id])
        )[0];
        // A link for an address the account no longer has (changed meanwhile) or a deactivated account: unusable.
        if (account?.status !== 'active' || account.email !== change.old_email)
          return { kind: 'invalid' as const };
        await tx.query('UPDATE accounts SET email = $2 WHERE id = $1', [account.id, change.new_email]);
        await markEmailChangeConfirmed(tx, change.id, now);
        await cancelOpenEmailChanges(tx, account.id);
        const ended = await endOtherSessions(tx, account.id, own?.account.id === account.id ? own.hash : '');
        await audit(tx, now, { event: 'email-changed', actor: account.id, subject: account.id, ip });
        // To the old address: the new one can no longer be taken back by someone who only controls it.
        await ctx.enqueueMail(tx, [
          securityMail(account, 'email-changed', { at: now, to: maskedAddress(change.new_email) }),
        ]);
        return {
          kind: 'changed' as const,
          email: change.new_email,
          ended,
        };
      })
      .catch((error: unknown) => {
        // Another account took the address after the link was sent (the transaction rolled back).
        if (isUniqueViolation(error)) return { kind: 'taken' as const };
        throw error;
      });
    if (outcome.kind === 'invalid') return fail(c, 400, 'invalid-token');
    if (outcome.kind === 'cancelled') return fail(c, 410, 'email-change-cancelled');
    if (outcome.kind === 'expired') return fail(c, 410, 'expired-token');
    if (outcome.kind === 'taken') return fail(c, 409, 'email-taken');
    ctx.kickMail();
    // The rows went in the transaction; this tells the single sign-on provider to end the sibling portals' too.
    await endSessions(ctx, outcome.ended);
    return c.json({ email: outcome.email, endedSessions: outcome.ended.length });
  });

  app.post('/email-change/cancel', async (c) => {
    const read = await readLinkToken(c, limit);
    if (!read.ok) return read.response;
    const ip = clientIp(c, ctx.trustProxy);
    const limited = await limitRequest(c, ctx, 'email-change-cancel', ip, null);
    if (limited) return limited;
    const now = ctx.now();
    const own = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    const outcome = await ctx.db.transaction(async (tx) => {
      const change = await emailChangeByCancelToken(tx, hashToken(read.token));
      if (!change) return { kind: 'invalid' as const };
      const account = (
        await tx.query<AccountRow>('SELECT * FROM accounts WHERE id = $1 FOR UPDATE', [change.account_id])
      )[0];
      if (account?.status !== 'active') return { kind: 'invalid' as const };
      // Too late to stop it: the address moved on (this change or a later one). The security mail said what to do.
      if (change.confirmed_at || account.email !== change.old_email) return { kind: 'confirmed' as const };
      if (change.expires_at <= now) return { kind: 'expired' as const };
      await cancelEmailChangesByOwner(tx, change.id, account.id, now);
      // Whoever asked was signed in with the account: every browser but the owner's own ends.
      const ended = await endOtherSessions(tx, account.id, own?.account.id === account.id ? own.hash : '');
      await audit(tx, now, {
        event: 'email-change-cancelled',
        actor: account.id,
        subject: account.id,
        ip,
        detail: { endedSessions: ended.length },
      });
      return { kind: 'cancelled' as const, ended };
    });
    if (outcome.kind === 'invalid') return fail(c, 400, 'invalid-token');
    if (outcome.kind === 'confirmed') return fail(c, 409, 'email-change-confirmed');
    if (outcome.kind === 'expired') return fail(c, 410, 'expired-token');
    await endSessions(ctx, outcome.ended);
    return c.json({ endedSessions: outcome.ended.length });
  });
}
