import type { Database } from '../storage/database.js';
import { parseDeviceCsv } from './device-csv.js';
import { checkDevices, importDevices } from './device-registry.js';

/**
 * Imports a device CSV (the format of `POST /devices`) straight into the registry, e.g. the demo's sample
 * devices at start. Throws, naming every problem, when the file does not pass the same checks as an upload.
 */
export async function seedDevices(db: Database, csv: string, now = new Date()): Promise<number> {
  const parsed = parseDeviceCsv(csv);
  const checked = parsed.ok ? checkDevices(parsed.devices, now.toISOString().slice(0, 10)) : parsed;
  if (!checked.ok) {
    throw new TypeError(`device CSV: ${checked.issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
  }
  return db.transaction((tx) => importDevices(tx, checked.devices, now));
}
