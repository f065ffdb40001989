import { port } from '../common/port.js';
import type { DataRightsPorts } from '../data-rights/data-rights.ports.js';
import { flowHttpPorts } from './http-ports.js';

/** `my-data-2026-12-05.json`: the day of the export (the backend's `exportedAt`, else today). */
function exportFileName(data: unknown): string {
  const at = (data as { exportedAt?: unknown } | null)?.exportedAt;
  const day =
    typeof at === 'string' && /^\d{4}-\d{2}-\d{2}/.test(at)
      ? at.slice(0, 10)
      : new Date().toISOString().slice(0, 10);
  return `my-data-${day}.json`;
}

/**
 * The data-rights flow's ports over the REST contract: `GET /account/deletion`, `GET /account/export`,
 * `POST /account/deletion`. The one thing to know: the password travels only in the deleting request's body.
 */
export const dataRightsHttpPorts = /* @__PURE__ */ flowHttpPorts(
  'dataRights',
  ({ call }): DataRightsPorts => ({
    loadRequirements: port((_, signal) => call('GET', '/account/deletion', undefined, signal)),
    exportData: port(async (_, signal) => {
      const data = await call<unknown>('GET', '/account/export', undefined, signal);
      return { fileName: exportFileName(data), data };
    }),
    deleteAccount: port((input, signal) => call('POST', '/account/deletion', input, signal)),
  }),
);
