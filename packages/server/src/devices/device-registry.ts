/**
 * The device registry: which serial numbers belong to which customer company, keyed by the company's e-mail
 * domain (how the vendor's order system knows the customer before the company registers in the portal).
 * An RMA is accepted only for serials registered to the requester's company.
 */
import type { FlowIssue } from '@gatehouse/flows';
import { rmaForm } from '@gatehouse/flows/rma';
import type { Queryable } from '../storage/database.js';

/** One registered device. */
export interface Device {
  serial: string;
  companyDomain: string;
  partNumber: string;
  unitType: string;
  /** `YYYY-MM-DD`. */
  purchaseDate: string;
}

/** The unit types of the RMA form: one list for the form and the registry. */
const UNIT_TYPES: readonly unknown[] =
  rmaForm
    .fields()
    .find((f) => f.pointer === '/unitType')
    ?.options?.map((o) => o.value) ?? [];

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Most rows one import takes (one order-system export of a large customer fits). */
export const MAX_IMPORT_ROWS = 5000;

/** The serial rule is the RMA form's: a serial the form refuses can never be registered. */
export function serialIssues(serial: unknown, path: string): FlowIssue[] {
  const result = rmaForm.validate({ serialNumber: serial });
  const issues = result.ok
    ? []
    : result.issues
        .filter((i) => i.path === '/serialNumber')
        .map(({ code, params }) => ({ path, code, params: params ?? {} }));
  return issues.length === 0 && typeof serial !== 'string'
    ? [{ path, code: 'required', params: {} }]
    : issues;
}

/** Checks one device as sent (JSON field names); `at` is its pointer, e.g. `/devices/3`. */
export function checkDevice(
  raw: unknown,
  at: string,
  today: string,
): { device?: Device; issues: FlowIssue[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: [{ path: at, code: 'type', params: { type: 'object' } }] };
  }
  const r = raw as Record<string, unknown>;
  const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string).trim() : r[key]);
  const serial = text('serial');
  const domain = typeof text('companyDomain') === 'string' ? String(text('companyDomain')).toLowerCase() : '';
  const partNumber = text('partNumber') ?? '';
  const unitType = text('unitType') || 'other';
  const purchaseDate = text('purchaseDate');
  const issues = serialIssues(serial, `${at}/serial`);
  if (!DOMAIN.test(domain))
    issues.push({ path: `${at}/companyDomain`, code: 'format', params: { format: 'domain' } });
  if (typeof partNumber !== 'string' || partNumber.length > 40) {
    issues.push({ path: `${at}/partNumber`, code: 'maxLength', params: { max: 40 } });
  }
  if (!UNIT_TYPES.includes(unitType)) {
    issues.push({ path: `${at}/unitType`, code: 'enum', params: { allowed: UNIT_TYPES } });
  }
  if (!isPastDate(purchaseDate, today)) {
    issues.push({ path: `${at}/purchaseDate`, code: 'format', params: { format: 'date' } });
  }
  if (issues.length > 0) return { issues };
  return {
    device: {
      serial: serial as string,
      companyDomain: domain,
      partNumber: partNumber as string,
      unitType: unitType as string,
      purchaseDate: purchaseDate as string,
    },
    issues: [],
  };
}

/** A real calendar date `YYYY-MM-DD`, not after `today`. */
function isPastDate(value: unknown, today: string): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value <= today;
}

/** Checks a whole list; a serial twice in one import is refused at its second row. */
export function checkDevices(
  list: unknown,
  today: string,
): { ok: true; devices: Device[] } | { ok: false; issues: FlowIssue[] } {
  if (!Array.isArray(list) || list.length === 0) {
    return { ok: false, issues: [{ path: '/devices', code: 'minItems', params: { min: 1 } }] };
  }
  if (list.length > MAX_IMPORT_ROWS) {
    return { ok: false, issues: [{ path: '/devices', code: 'maxItems', params: { max: MAX_IMPORT_ROWS } }] };
  }
  const devices: Device[] = [];
  const issues: FlowIssue[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const checked = checkDevice(raw, `/devices/${i}`, today);
    issues.push(...checked.issues);
    if (!checked.device) return;
    if (seen.has(checked.device.serial)) {
      issues.push({ path: `/devices/${i}/serial`, code: 'uniqueItems', params: {} });
    }
    seen.add(checked.device.serial);
    devices.push(checked.device);
  });
  // Every problem at once (a reviewer fixes a file in one go), capped so a broken file cannot flood the answer.
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 100) } : { ok: true, devices };
}

/** Adds or updates devices (a serial moves to the company of the newest import). */
export async function importDevices(db: Queryable, devices: readonly Device[], now: Date): Promise<number> {
  for (const d of devices) {
    await db.query(
      `INSERT INTO devices (serial, company_domain, part_number, unit_type, purchase_date, imported_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (serial) DO UPDATE SET company_domain = $2, part_number = $3, unit_type = $4,
         purchase_date = $5, imported_at = $6`,
      [d.serial, d.companyDomain, d.partNumber, d.unitType, d.purchaseDate, now],
    );
  }
  return devices.length;
}

/** The devices of one company (all companies when `domain` is undefined), newest purchase first. */
export async function listDevices(db: Queryable, domain?: string): Promise<Device[]> {
  const rows = await db.query<{
    serial: string;
    company_domain: string;
    part_number: string;
    unit_type: string;
    purchase_date: string;
  }>(
    `SELECT serial, company_domain, part_number, unit_type, to_char(purchase_date, 'YYYY-MM-DD') AS purchase_date
     FROM devices ${domain === undefined ? '' : 'WHERE company_domain = $1'}
     ORDER BY purchase_date DESC, serial LIMIT 1000`,
    domain === undefined ? [] : [domain],
  );
  return rows.map((r) => ({
    serial: r.serial,
    companyDomain: r.company_domain,
    partNumber: r.part_number,
    unitType: r.unit_type,
    purchaseDate: r.purchase_date,
  }));
}

/** Of `serials`, those not registered to the company at `domain` (another company's look the same: unknown). */
export async function foreignSerials(
  db: Queryable,
  domain: string,
  serials: readonly string[],
): Promise<Set<string>> {
  if (serials.length === 0) return new Set();
  const rows = await db.query<{ serial: string }>(
    'SELECT serial FROM devices WHERE company_domain = $1 AND serial = ANY($2::text[])',
    [domain, serials],
  );
  const own = new Set(rows.map((r) => r.serial));
  return new Set(serials.filter((s) => !own.has(s)));
}
