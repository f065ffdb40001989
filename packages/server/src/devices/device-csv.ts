/**
 * The device registry's CSV import format (RFC 4180: comma-separated, `"` quotes, CRLF or LF), one device a row
 * under a header naming the columns in any order:
 *
 * ```csv
 * company_domain,serial,part_number,unit_type,purchase_date
 * northwind-logistics.com,NW-100001,GH-APL-2000,appliance,2024-03-18
 * ```
 *
 * The result has the JSON import's shape, so both go through one check ({@link checkDevices}).
 */
import type { FlowIssue } from '@gatehouse/flows';

/** CSV column → JSON field of a device. */
const COLUMNS: Readonly<Record<string, string>> = {
  company_domain: 'companyDomain',
  serial: 'serial',
  part_number: 'partNumber',
  unit_type: 'unitType',
  purchase_date: 'purchaseDate',
};

/** Splits CSV text into rows of fields; `null` when a quote is never closed. */
export function csvRows(text: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  // Blank lines (a trailing newline, spacing) carry no device.
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/**
 * Turns CSV text into `{ devices: [...] }` as the JSON import takes it, or issues: a missing or unknown column
 * (path `/csv/header`), a row with too many or too few fields (`/csv/<line>`). Device pointers
 * `/devices/<i>` of later checks map to line `i + 2` (the header is line 1).
 */
export function parseDeviceCsv(
  text: string,
): { ok: true; devices: Record<string, string>[] } | { ok: false; issues: FlowIssue[] } {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  if (rows === null) return { ok: false, issues: [{ path: '/csv', code: 'unclosed-quote', params: {} }] };
  const [header, ...body] = rows;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(n in COLUMNS));
  const missing = ['company_domain', 'serial', 'purchase_date'].filter((n) => !names.includes(n));
  if (unknown.length > 0 || missing.length > 0) {
    return {
      ok: false,
      issues: [
        {
          path: '/csv/header',
          code: 'columns',
          params: { expected: Object.keys(COLUMNS), missing, unknown },
        },
      ],
    };
  }
  const issues: FlowIssue[] = [];
  const devices = body.map((fields, i) => {
    if (fields.length !== names.length) {
      issues.push({
        path: `/csv/${i + 2}`,
        code: 'columns',
        params: { expected: names.length, found: fields.length },
      });
    }
    return Object.fromEntries(names.map((n, k) => [COLUMNS[n] as string, (fields[k] ?? '').trim()]));
  });
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 100) } : { ok: true, devices };
}
