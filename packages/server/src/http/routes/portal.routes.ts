import { invitationForm } from '@gatehouse/flows/invitation';
import { loginPasswordChangeForm } from '@gatehouse/flows/login';
import { rmaForm } from '@gatehouse/flows/rma';
import { supportCaseForm } from '@gatehouse/flows/support-case';
import { base32Decode } from '@gatehouse/rules/otp';
import { deriveSupportPin, pinValidUntil } from '@gatehouse/rules/pin';
import type { Hono } from 'hono';
import { createAccount, normalizeEmail } from '../../accounts/accounts.js';
import { personSubject } from '../../accounts/person-subject.js';
import { foreignSerials, serialIssues } from '../../devices/device-registry.js';
import { audit } from '../../security/audit.js';
import { openPinSecret } from '../../security/pin-secrets.js';
import { hashToken, randomId, randomToken } from '../../security/tokens.js';
import { readForm, readJson, rejectBody } from '../body.js';
import { type AccountRow, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { requireSession, sessionBody, startSession } from '../session.js';
import { companyDomain } from './device.routes.js';

/** Where partner hardware goes instead: serial-number prefix → the partner's RMA process. */
export interface PartnerHardware {
  prefix: string;
  vendor: string;
  rmaUrl?: string;
}

/** Regional support numbers by region code (shown to Priority and Plus levels only). */
export const DEFAULT_REGIONAL_NUMBERS: Readonly<Record<string, string>> = Object.freeze({
  emea: '+49 89 0000 0000',
  americas: '+1 555 0100',
  apac: '+65 0000 0000',
});

/** The roles a Super Admin can assign. */
export const ROLES = [
  { id: 'super-admin', label: 'Super Admin' },
  { id: 'admin', label: 'Administrator' },
  { id: 'support', label: 'Support cases' },
  { id: 'rma', label: 'RMA requests' },
  { id: 'user', label: 'User' },
] as const;

const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;

/** Support information, support cases, RMA, roles and invitations. */
export function portalRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  partners: readonly PartnerHardware[],
  regionalNumbers: Readonly<Record<string, string>>,
  invitationUrl: string,
): void {
  const company = async (account: AccountRow) =>
    account.company_id
      ? (
          await ctx.db.query<{ name: string; support_level: string; region: string }>(
            'SELECT name, support_level, region FROM companies WHERE id = $1',
            [account.company_id],
          )
        )[0]
      : undefined;

  app.get('/support', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const info = await company(account);
    const level = info?.support_level ?? 'basic';
    if (level !== 'priority' && level !== 'plus') return c.json({ level });
    const opened = openPinSecret(ctx.secrets, account.id, account.pin_secret);
    if (!opened.ok) {
      // A seed that does not open (another key, copied from another row) fails closed: no PIN is shown, since
      // a PIN the support desk cannot reproduce would only mislead; the operator must see why.
      console.error(`gatehouse: support-PIN seed of account ${account.id} does not open (${opened.code})`);
      return c.json({ level });
    }
    const secret = base32Decode(opened.value);
    if (!secret.ok) return c.json({ level });
    const time = ctx.now().getTime();
    return c.json({
      level,
      regionalNumber: regionalNumbers[info?.region ?? 'emea'] ?? regionalNumbers.emea,
      pin: await deriveSupportPin({ secret: secret.value, time }),
      pinValidUntil: new Date(pinValidUntil({ time })).toISOString(),
    });
  });

  app.post('/support/cases', requireSession(ctx), async (c) => {
    const body = await readForm(c, supportCaseForm, limit);
    if (!body.ok) return body.response;
    const account = c.get('account');
    const id = randomId('case');
    const now = ctx.now();
    const number = `CS-${now.getUTCFullYear()}-${id.slice(-6).toUpperCase()}`;
    await ctx.db.query(
      'INSERT INTO support_cases (id, account_id, data, created_at) VALUES ($1, $2, $3, $4)',
      [id, account.id, JSON.stringify({ ...body.value, number }), now],
    );
    return c.json({ caseId: id, number }, 201);
  });

  const owner = (serial: string) => {
    const partner = partners.find((p) => serial.toUpperCase().startsWith(p.prefix.toUpperCase()));
    return partner
      ? {
          owner: 'partner' as const,
          vendor: partner.vendor,
          ...(partner.rmaUrl ? { rmaUrl: partner.rmaUrl } : {}),
        }
      : { owner: 'vendor' as const };
  };

  app.get('/rma/defaults', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const info = await company(account);
    // The registered details (company, country), then the street of the user's last request: a customer
    // ships from the same site again more often than not. Never saved back; confirmed on every request.
    const [last] = await ctx.db.query<{ address: Record<string, unknown> | null }>(
      `SELECT data->'deliveryAddress' AS address FROM rma_requests WHERE account_id = $1
       ORDER BY created_at DESC LIMIT 1`,
      [account.id],
    );
    const address = {
      company: info?.name ?? '',
      street: '',
      postalCode: '',
      city: '',
      country: '',
      ...(account.address ?? {}),
      ...(last?.address ?? {}),
    };
    return c.json({ deliveryAddress: address });
  });

  /**
   * Every serial of a request (main and extra) against the partner prefixes and the device registry: issues for
   * serials that are not the company's (nothing is stored), else the first partner serial, else `vendor`.
   */
  const checkSerials = async (account: AccountRow, main: string, extra: readonly string[]) => {
    const all = [main, ...extra];
    const partner = all.map((serial) => ({ serial, ...owner(serial) })).find((o) => o.owner === 'partner');
    if (partner) return { issues: [], partner };
    const domain = (await companyDomain(ctx, account)) ?? '';
    const foreign = await foreignSerials(ctx.db, domain, all);
    const issues = all.flatMap((serial, i) =>
      foreign.has(serial)
        ? [
            {
              path: i === 0 ? '/serialNumber' : `/additionalSerialNumbers/${i - 1}`,
              code: 'unknown-device',
              params: { serial },
            },
          ]
        : [],
    );
    return { issues, partner: undefined };
  };

  app.post('/rma/hardware-check', requireSession(ctx), async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const { serialNumber } = body.value;
    const extra = Array.isArray(body.value.additionalSerialNumbers) ? body.value.additionalSerialNumbers : [];
    const issues = [
      ...serialIssues(serialNumber, '/serialNumber'),
      ...extra.flatMap((s, i) => serialIssues(s, `/additionalSerialNumbers/${i}`)),
    ];
    if (issues.length > 0) return rejectBody(c, issues);
    const checked = await checkSerials(c.get('account'), serialNumber as string, extra as string[]);
    if (checked.issues.length > 0) return rejectBody(c, checked.issues);
    if (checked.partner) {
      const { vendor, rmaUrl, serial } = checked.partner as {
        vendor: string;
        rmaUrl?: string;
        serial: string;
      };
      return c.json({ owner: 'partner', vendor, serialNumber: serial, ...(rmaUrl ? { rmaUrl } : {}) });
    }
    return c.json({ owner: 'vendor' });
  });

  app.post('/rma', requireSession(ctx), async (c) => {
    const body = await readForm<{ serialNumber: string; additionalSerialNumbers?: string[] }>(
      c,
      rmaForm,
      limit,
    );
    if (!body.ok) return body.response;
    const account = c.get('account');
    const checked = await checkSerials(
      account,
      body.value.serialNumber,
      body.value.additionalSerialNumbers ?? [],
    );
    if (checked.issues.length > 0) return rejectBody(c, checked.issues);
    if (checked.partner)
      return fail(c, 422, 'partner-hardware', {
        message: `Hardware of ${(checked.partner as { vendor: string }).vendor}`,
      });
    const id = randomId('rma');
    const now = ctx.now();
    const number = `RMA-${now.getUTCFullYear()}-${id.slice(-6).toUpperCase()}`;
    // The delivery address is stored with the request only, never written back to the registered details.
    await ctx.db.query(
      'INSERT INTO rma_requests (id, account_id, data, created_at) VALUES ($1, $2, $3, $4)',
      [id, account.id, JSON.stringify({ ...body.value, number }), now],
    );
    await audit(ctx.db, now, { event: 'rma-submitted', actor: account.id, subject: id });
    return c.json({ rmaId: id, number }, 201);
  });

  /** The user's own RMA requests, newest first. */
  app.get('/rma', requireSession(ctx), async (c) => {
    const rows = await ctx.db.query<{ id: string; data: Record<string, unknown>; created_at: Date }>(
      'SELECT id, data, created_at FROM rma_requests WHERE account_id = $1 ORDER BY created_at DESC LIMIT 200',
      [c.get('account').id],
    );
    return c.json({
      items: rows.map((r) => ({
        rmaId: r.id,
        number: r.data.number,
        serialNumber: r.data.serialNumber,
        additionalSerialNumbers: r.data.additionalSerialNumbers ?? [],
        description: r.data.description,
        status: 'submitted',
        createdAt: r.created_at.toISOString(),
      })),
    });
  });

  app.get('/roles', requireSession(ctx, 'super-admin'), (c) => c.json({ roles: ROLES }));

  app.post('/invitations', requireSession(ctx, 'super-admin'), async (c) => {
    const body = await readForm<{ email: string; givenName: string; familyName: string; roles: string[] }>(
      c,
      invitationForm,
      limit,
    );
    if (!body.ok) return body.response;
    const known = new Set<string>(ROLES.map((r) => r.id));
    const unknown = body.value.roles.findIndex((r) => !known.has(r));
    if (unknown >= 0) {
      return rejectBody(c, [{ path: `/roles/${unknown}`, code: 'enum', params: {} }]);
    }
    const admin = c.get('account');
    const email = normalizeEmail(body.value.email);
    const existing = await ctx.db.query<{ company_id: string | null }>(
      'SELECT company_id FROM accounts WHERE email = $1',
      [email],
    );
    if (existing.length > 0) return fail(c, 409, 'conflict');
    const token = randomToken();
    const id = randomId('inv');
    const now = ctx.now();
    const link = `${invitationUrl}${invitationUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
    // The invitation and its e-mail commit together.
    await ctx.db.transaction(async (tx) => {
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
      await ctx.enqueueMail(tx, [
        {
          channel: 'email',
          to: email,
          subject: 'You are invited to the customer portal',
          text: `${admin.given_name} ${admin.family_name} invited you. Set your password here (valid 7 days):\n\n${link}`,
        },
      ]);
    });
    ctx.kickMail();
    return c.json({ invitationId: id }, 202);
  });

  app.post('/invitations/accept', async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const { token, newPassword } = body.value;
    const issues = [];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200)
      issues.push({ path: '/token', code: 'required', params: {} });
    if (typeof newPassword !== 'string' || newPassword.length === 0 || newPassword.length > 1024)
      issues.push({ path: '/newPassword', code: 'required', params: {} });
    if (issues.length) return rejectBody(c, issues);
    // The same password policy as the forced change after a one-time password.
    const policy = loginPasswordChangeForm.validate({ newPassword, confirmPassword: newPassword });
    if (!policy.ok) {
      return rejectBody(c, policy.issues);
    }
    const now = ctx.now();
    const result = await ctx.db.transaction(async (tx) => {
      const rows = await tx.query<{
        id: string;
        company_id: string;
        email: string;
        roles: string[];
        expires_at: Date;
        accepted_at: Date | null;
        given_name: string;
        family_name: string;
      }>('SELECT * FROM invitations WHERE token_hash = $1 FOR UPDATE', [hashToken(token as string)]);
      const row = rows[0];
      if (!row || row.accepted_at) return 'invalid' as const;
      if (row.expires_at <= now) return 'expired' as const;
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
    const { expiresAt } = await startSession(c, ctx, ctx.db, result, 'full');
    return c.json({ status: 'ok', session: sessionBody(result, expiresAt) });
  });
}
