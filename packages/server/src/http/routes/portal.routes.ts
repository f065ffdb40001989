import { rmaForm } from '@gatehouse/flows/rma';
import type { Hono } from 'hono';
import { foreignSerials, serialIssues } from '../../devices/device-registry.js';
import { audit } from '../../security/audit.js';
import { randomId } from '../../security/tokens.js';
import { readForm, readJson, rejectBody } from '../body.js';
import { type AccountRow, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { requireSession } from '../session.js';
import { companyDomain } from './device.routes.js';

/** Where partner hardware goes instead: serial-number prefix → the partner's RMA process. */
export interface PartnerHardware {
  prefix: string;
  vendor: string;
  rmaUrl?: string;
}

/** RMA requests (role permission `rma`): the address defaults, the hardware check and the submission. */
export function portalRoutes(
  app: Hono<GatehouseEnv>,
  ctx: ServerContext,
  limit: number,
  partners: readonly PartnerHardware[],
): void {
  const company = async (account: AccountRow) =>
    account.company_id
      ? (
          await ctx.db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [
            account.company_id,
          ])
        )[0]
      : undefined;

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

  app.get('/rma/defaults', requireSession(ctx, 'rma'), async (c) => {
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

  app.post('/rma/hardware-check', requireSession(ctx, 'rma'), async (c) => {
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

  app.post('/rma', requireSession(ctx, 'rma'), async (c) => {
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
  app.get('/rma', requireSession(ctx, 'rma'), async (c) => {
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
}
