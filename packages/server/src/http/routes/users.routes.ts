import { invitationForm } from '@gatehouse/flows/invitation';
import { loginPasswordChangeForm } from '@gatehouse/flows/login';
import { assignableRoles, isRole, mayAssign } from '@gatehouse/rules/roles';
import type { Context, Hono } from 'hono';
import { createAccount, normalizeEmail } from '../../accounts/accounts.js';
import { companyDomainIssue } from '../../accounts/company-domain.js';
import { personSubject } from '../../accounts/person-subject.js';
import { mailText } from '../../mail/mail-texts.js';
import { audit } from '../../security/audit.js';
import { breachIssues } from '../../security/breach-guard.js';
import { recognizeDevice } from '../../security/known-devices.js';
import { hashToken, randomId, randomToken } from '../../security/tokens.js';
import type { Queryable } from '../../storage/database.js';
import { readForm, readJson, rejectBody } from '../body.js';
import { type AccountRow, clientIp, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { limitRequest } from '../limits.js';
import { localeOf } from '../locale.js';
import { requireSession, sessionBody, startSession } from '../session.js';
import { readLinkToken, tokenIssues } from '../token-field.js';

/** How long an invitation link stays valid. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;

interface InvitationRow {
  id: string;
  company_id: string;
  email: string;
  roles: string[];
  given_name: string;
  family_name: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

/** The roles a change adds or removes that `actor` may not hand out (empty: the change is allowed). */
function refusedRoles(
  actor: readonly string[],
  before: readonly string[],
  after: readonly string[],
): string[] {
  const changed = [...after.filter((r) => !before.includes(r)), ...before.filter((r) => !after.includes(r))];
  return changed.filter((role) => !mayAssign(actor, role));
}

/** Active Super Admins of `companyId` other than `except`, locked until the transaction ends. */
async function otherSuperAdmins(tx: Queryable, companyId: string, except: string): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM accounts WHERE company_id = $1 AND status = 'active' AND 'super-admin' = ANY(roles) AND id <> $2
     FOR UPDATE`,
    [companyId, except],
  );
  return rows.length;
}

/**
 * Roles, invitations and the company's user management, each guarded by the role model's `users` permission
 * (Super Admin, User management): invite (company domain only, business-e-mail policy, rate limited, the same
 * answer whether or not the address has an account), list users and open invitations, change roles, resend or
 * revoke an invitation, deactivate a user (their sessions end). The last active Super Admin cannot be demoted
 * or deactivated. Accepting an invitation needs only its link.
 */
export function userRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  invitationUrl: string,
): void {
  const linkFor = (token: string) =>
    `${invitationUrl}${invitationUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;

  /** In the inviting user's language: the invitee has none yet, and colleagues mostly share one. */
  const invitationMail = (admin: AccountRow, email: string, token: string) => ({
    channel: 'email' as const,
    to: email,
    ...mailText(admin.locale, 'invitation', {
      inviter: `${admin.given_name} ${admin.family_name}`,
      link: linkFor(token),
      days: Math.round(INVITATION_LIFETIME_MS / 86_400_000),
    }),
  });

  /** 429 once the inviting user or their address sent too many invitations (shared by invite and resend). */
  const limited = (c: Context, admin: AccountRow) =>
    limitRequest(c, ctx, 'invite', clientIp(c, ctx.trustProxy), admin.id);

  app.get('/roles', requireSession(ctx, 'users'), (c) => {
    const actor = c.get('account').roles;
    return c.json({
      roles: assignableRoles()
        .filter((r) => mayAssign(actor, r.id))
        .map(({ id, label }) => ({ id, label })),
    });
  });

  app.post('/invitations', requireSession(ctx, 'users'), async (c) => {
    const body = await readForm<{ email: string; givenName: string; familyName: string; roles: string[] }>(
      c,
      invitationForm,
      limit,
    );
    if (!body.ok) return body.response;
    const admin = c.get('account');
    const refused = body.value.roles.findIndex((r) => !mayAssign(admin.roles, r));
    if (refused >= 0) return rejectBody(c, [{ path: `/roles/${refused}`, code: 'enum', params: {} }]);
    const outside = await companyDomainIssue(ctx.db, admin.company_id, body.value.email, '/email');
    if (outside) return rejectBody(c, [outside]);
    const tooMany = await limited(c, admin);
    if (tooMany) return tooMany;
    const email = normalizeEmail(body.value.email);
    const now = ctx.now();
    const id = randomId('inv');
    const token = randomToken();
    const existing = await ctx.db.query('SELECT 1 FROM accounts WHERE email = $1', [email]);
    if (existing.length > 0) {
      // Same answer as a new address: the owner, not the inviter, learns that an account exists.
      await ctx.db.transaction(async (tx) => {
        await ctx.enqueueMail(tx, [
          {
            channel: 'email',
            to: email,
            ...mailText(admin.locale, 'invitation-exists', {
              inviter: `${admin.given_name} ${admin.family_name}`,
            }),
          },
        ]);
        await audit(tx, now, { event: 'invitation-existing-account', actor: admin.id, subject: id });
      });
      ctx.kickMail();
      return c.json({ invitationId: id }, 202);
    }
    await ctx.db.transaction(async (tx) => {
      // Inviting the same address again replaces its open invitation: one valid link per person.
      await tx.query(
        'UPDATE invitations SET revoked_at = $3 WHERE company_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
        [admin.company_id, email, now],
      );
      await tx.query(
        `INSERT INTO invitations (id, company_id, email, roles, invited_by, token_hash, expires_at, created_at, given_name, family_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          admin.company_id,
          email,
          body.value.roles,
          admin.id,
          hashToken(token),
          new Date(now.getTime() + INVITATION_LIFETIME_MS),
          now,
          body.value.givenName,
          body.value.familyName,
        ],
      );
      await audit(tx, now, {
        event: 'user-invited',
        actor: admin.id,
        subject: id,
        detail: { roles: body.value.roles },
      });
      // The invitation and its e-mail commit together.
      await ctx.enqueueMail(tx, [invitationMail(admin, email, token)]);
    });
    ctx.kickMail();
    return c.json({ invitationId: id }, 202);
  });

  app.get('/users', requireSession(ctx, 'users'), async (c) => {
    const admin = c.get('account');
    const accounts = await ctx.db.query<AccountRow & { created_at: Date }>(
      'SELECT * FROM accounts WHERE company_id = $1 ORDER BY family_name, given_name, email',
      [admin.company_id],
    );
    const invitations = await ctx.db.query<InvitationRow>(
      `SELECT * FROM invitations WHERE company_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
       ORDER BY created_at DESC`,
      [admin.company_id],
    );
    const now = ctx.now();
    return c.json({
      users: [
        ...accounts.map((a) => ({
          id: a.id,
          kind: 'account',
          email: a.email,
          name: `${a.given_name} ${a.family_name}`.trim(),
          roles: a.roles,
          state: a.status === 'active' ? 'active' : 'deactivated',
          self: a.id === admin.id,
        })),
        ...invitations.map((i) => ({
          id: i.id,
          kind: 'invitation',
          email: i.email,
          name: `${i.given_name} ${i.family_name}`.trim(),
          roles: i.roles,
          state: 'invited',
          expiresAt: i.expires_at.toISOString(),
          expired: i.expires_at <= now,
        })),
      ],
      assignableRoles: assignableRoles()
        .filter((r) => mayAssign(admin.roles, r.id))
        .map(({ id, label }) => ({ id, label })),
    });
  });

  app.patch('/users/:id', requireSession(ctx, 'users'), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const roles = body.value.roles;
    if (!Array.isArray(roles) || roles.length > 20 || !roles.every((r) => typeof r === 'string')) {
      return rejectBody(c, [{ path: '/roles', code: 'type', params: { type: 'array' } }]);
    }
    const unknown = roles.findIndex((r) => !isRole(r));
    if (unknown >= 0) return rejectBody(c, [{ path: `/roles/${unknown}`, code: 'enum', params: {} }]);
    const wanted = [...new Set(roles as string[])];
    const admin = c.get('account');
    const outcome = await ctx.db.transaction(async (tx) => {
      const target = (
        await tx.query<AccountRow>('SELECT * FROM accounts WHERE id = $1 AND company_id = $2 FOR UPDATE', [
          c.req.param('id').slice(0, 100),
          admin.company_id,
        ])
      )[0];
      if (!target) return 'not-found' as const;
      if (refusedRoles(admin.roles, target.roles, wanted).length > 0) return 'forbidden' as const;
      const demoted = target.roles.includes('super-admin') && !wanted.includes('super-admin');
      if (
        demoted &&
        target.status === 'active' &&
        (await otherSuperAdmins(tx, admin.company_id ?? '', target.id)) === 0
      ) {
        return 'last-super-admin' as const;
      }
      await tx.query('UPDATE accounts SET roles = $2 WHERE id = $1', [target.id, wanted]);
      await audit(tx, ctx.now(), {
        event: 'roles-changed',
        actor: admin.id,
        subject: target.id,
        detail: { from: target.roles, to: wanted },
      });
      return 'ok' as const;
    });
    if (outcome === 'not-found') return fail(c, 404, 'not-found');
    if (outcome === 'forbidden') return fail(c, 403, 'forbidden');
    if (outcome === 'last-super-admin') return fail(c, 409, 'last-super-admin');
    return c.json({ id: c.req.param('id'), roles: wanted });
  });

  app.post('/users/:id/deactivate', requireSession(ctx, 'users'), async (c) => {
    const admin = c.get('account');
    const outcome = await ctx.db.transaction(async (tx) => {
      const target = (
        await tx.query<AccountRow>('SELECT * FROM accounts WHERE id = $1 AND company_id = $2 FOR UPDATE', [
          c.req.param('id').slice(0, 100),
          admin.company_id,
        ])
      )[0];
      if (!target) return 'not-found' as const;
      if (target.id === admin.id) return 'self' as const;
      // Taking away a Super Admin is taking away the role: only a Super Admin may.
      if (target.roles.includes('super-admin') && !admin.roles.includes('super-admin'))
        return 'forbidden' as const;
      if (
        target.roles.includes('super-admin') &&
        (await otherSuperAdmins(tx, admin.company_id ?? '', target.id)) === 0
      ) {
        return 'last-super-admin' as const;
      }
      await tx.query("UPDATE accounts SET status = 'deactivated' WHERE id = $1", [target.id]);
      // Their sessions end now, not when they expire.
      await tx.query('DELETE FROM sessions WHERE account_id = $1', [target.id]);
      await audit(tx, ctx.now(), { event: 'user-deactivated', actor: admin.id, subject: target.id });
      return 'ok' as const;
    });
    if (outcome === 'not-found') return fail(c, 404, 'not-found');
    if (outcome === 'forbidden') return fail(c, 403, 'forbidden');
    if (outcome === 'self') return fail(c, 409, 'cannot-deactivate-self');
    if (outcome === 'last-super-admin') return fail(c, 409, 'last-super-admin');
    return c.body(null, 204);
  });

  const openInvitation = async (tx: Queryable, admin: AccountRow, id: string) =>
    (
      await tx.query<InvitationRow>(
        `SELECT * FROM invitations WHERE id = $1 AND company_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL
         FOR UPDATE`,
        [id.slice(0, 100), admin.company_id],
      )
    )[0];

  app.post('/invitations/:id/resend', requireSession(ctx, 'users'), async (c) => {
    const admin = c.get('account');
    const tooMany = await limited(c, admin);
    if (tooMany) return tooMany;
    const token = randomToken();
    const now = ctx.now();
    const row = await ctx.db.transaction(async (tx) => {
      const invitation = await openInvitation(tx, admin, c.req.param('id'));
      if (!invitation) return undefined;
      // A new link replaces the old one, which stops working.
      await tx.query('UPDATE invitations SET token_hash = $2, expires_at = $3 WHERE id = $1', [
        invitation.id,
        hashToken(token),
        new Date(now.getTime() + INVITATION_LIFETIME_MS),
      ]);
      await audit(tx, now, { event: 'invitation-resent', actor: admin.id, subject: invitation.id });
      await ctx.enqueueMail(tx, [invitationMail(admin, invitation.email, token)]);
      return invitation;
    });
    if (!row) return fail(c, 404, 'not-found');
    ctx.kickMail();
    return c.json({ invitationId: row.id }, 202);
  });

  app.delete('/invitations/:id', requireSession(ctx, 'users'), async (c) => {
    const admin = c.get('account');
    const now = ctx.now();
    const row = await ctx.db.transaction(async (tx) => {
      const invitation = await openInvitation(tx, admin, c.req.param('id'));
      if (!invitation) return undefined;
      await tx.query('UPDATE invitations SET revoked_at = $2 WHERE id = $1', [invitation.id, now]);
      await audit(tx, now, { event: 'invitation-revoked', actor: admin.id, subject: invitation.id });
      return invitation;
    });
    return row ? c.body(null, 204) : fail(c, 404, 'not-found');
  });

  /**
   * What the invite link's holder may know before choosing a password: their own names, e-mail and company, the
   * words the password must not contain (the browser then refuses them as the server does). The token travels in
   * the body, never in a URL; an unknown, used, revoked or expired link answers like the acceptance would.
   */
  app.post('/invitations/preview', async (c) => {
    const read = await readLinkToken(c, limit);
    if (!read.ok) return read.response;
    const token = read.token;
    const row = (
      await ctx.db.query<InvitationRow & { company: string }>(
        `SELECT i.*, co.name AS company FROM invitations i JOIN companies co ON co.id = i.company_id
         WHERE i.token_hash = $1`,
        [hashToken(token)],
      )
    )[0];
    if (!row || row.accepted_at || row.revoked_at) return fail(c, 400, 'invalid-token');
    if (row.expires_at <= ctx.now()) return fail(c, 410, 'expired-token');
    return c.json({
      email: row.email,
      givenName: row.given_name,
      familyName: row.family_name,
      company: row.company,
    });
  });

  app.post('/invitations/accept', async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const { token, newPassword } = body.value;
    const issues = tokenIssues(token);
    // The same password policy as the forced change after a one-time password. The API sends no repeat field, so
    // its copies of the password's issues would name a pointer the client never used.
    const policy = loginPasswordChangeForm.validate({ newPassword, confirmPassword: newPassword });
    if (!policy.ok)
      issues.push(...policy.issues.filter((issue) => !issue.path.startsWith('/confirmPassword')));
    if (issues.length) return rejectBody(c, issues);
    const breached = await breachIssues(ctx.breaches, newPassword as string, '/newPassword');
    if (breached.length > 0) return rejectBody(c, breached);
    const now = ctx.now();
    const locale = localeOf(c);
    const result = await ctx.db.transaction(async (tx) => {
      const rows = await tx.query<InvitationRow>(
        'SELECT * FROM invitations WHERE token_hash = $1 FOR UPDATE',
        [hashToken(token as string)],
      );
      const row = rows[0];
      if (!row || row.accepted_at || row.revoked_at) return 'invalid' as const;
      if (row.expires_at <= now) return 'expired' as const;
      const taken = await tx.query('SELECT 1 FROM accounts WHERE email = $1', [row.email]);
      if (taken.length > 0) return 'invalid' as const;
      // The invitee's names, company and address are refused in the password, as on every password form.
      const refused = loginPasswordChangeForm.validate(
        { newPassword, confirmPassword: newPassword },
        { subject: await personSubject(tx, row) },
      );
      if (!refused.ok) return refused;
      const accountId = await createAccount(
        tx,
        {
          email: row.email,
          companyId: row.company_id,
          givenName: row.given_name,
          familyName: row.family_name,
          roles: row.roles,
          password: newPassword as string,
          oneTime: false,
          // The language the invitee accepted in.
          locale,
        },
        now,
        ctx.scrypt,
        ctx.secrets,
      );
      await tx.query('UPDATE invitations SET accepted_at = $2 WHERE id = $1', [row.id, now]);
      await audit(tx, now, { event: 'invitation-accepted', actor: accountId, subject: row.id });
      return (
        await tx.query<AccountRow>('SELECT * FROM accounts WHERE id = $1', [accountId])
      )[0] as AccountRow;
    });
    if (result === 'invalid') return fail(c, 400, 'invalid-token');
    if (result === 'expired') return fail(c, 410, 'expired-token');
    if ('issues' in result) return rejectBody(c, result.issues);
    const { expiresAt, place } = await startSession(c, ctx, ctx.db, result, 'full');
    // The invitee's first browser: known from now on, so only later new ones are reported.
    await recognizeDevice(c, ctx, result, place);
    return c.json({ status: 'ok', session: sessionBody(result, expiresAt) });
  });
}
