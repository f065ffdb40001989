import { can } from '@gatehouse/rules/roles';
import type { Hono } from 'hono';
import { parseDeviceCsv } from '../../devices/device-csv.js';
import { checkDevices, importDevices, listDevices } from '../../devices/device-registry.js';
import { audit } from '../../security/audit.js';
import { readJson, rejectBody } from '../body.js';
import { type AccountRow, fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { requireSession } from '../session.js';

/** A CSV export of a large customer's devices fits (about 60 bytes a row; 5,000 rows at most). */
export const DEVICE_IMPORT_LIMIT = 1024 * 1024;

/** The e-mail domain of an account's company, or undefined for accounts without one (reviewers). */
export async function companyDomain(ctx: ServerContext, account: AccountRow): Promise<string | undefined> {
  if (!account.company_id) return undefined;
  const rows = await ctx.db.query<{ domain: string }>('SELECT domain FROM companies WHERE id = $1', [
    account.company_id,
  ]);
  return rows[0]?.domain.toLowerCase();
}

/**
 * The device registry: reviewers import devices (`POST /devices` with `{ devices: [...] }` or `{ csv: "..." }`) and list
 * them (`GET /devices?domain=`); a company user lists the company's own devices (`GET /devices`).
 */
export function deviceRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext): void {
  app.post('/devices', requireSession(ctx, 'approvals'), async (c) => {
    // CSV arrives as a JSON string: every state-changing request is JSON (the CSRF guard's rule).
    const body = await readJson(c, DEVICE_IMPORT_LIMIT);
    if (!body.ok) return body.response;
    let list: unknown = body.value.devices;
    if (typeof body.value.csv === 'string') {
      const parsed = parseDeviceCsv(body.value.csv);
      if (!parsed.ok) return rejectBody(c, parsed.issues);
      list = parsed.devices;
    }
    const now = ctx.now();
    const checked = checkDevices(list, now.toISOString().slice(0, 10));
    if (!checked.ok) return rejectBody(c, checked.issues);
    const imported = await ctx.db.transaction((tx) => importDevices(tx, checked.devices, now));
    await audit(ctx.db, now, {
      event: 'devices-imported',
      actor: c.get('account').id,
      detail: { imported },
    });
    return c.json({ imported });
  });

  app.get('/devices', requireSession(ctx), async (c) => {
    const account = c.get('account');
    if (can(account.roles, 'approvals')) {
      const domain = c.req.query('domain')?.trim().toLowerCase();
      return c.json({ devices: await listDevices(ctx.db, domain || undefined) });
    }
    const domain = await companyDomain(ctx, account);
    return c.json({ devices: domain ? await listDevices(ctx.db, domain) : [] });
  });
}
