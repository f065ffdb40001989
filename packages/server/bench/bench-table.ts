/**
 * How `pnpm bench server` prints its rows (a Markdown table, one line per row as soon as it is measured) and the
 * ratios between rows measured side by side (same phase, same connections, minutes apart at most).
 */
import { ENDPOINT_LABELS, type Row } from './bench-rows.js';

/** The table's header lines. */
export const TABLE_HEADER = [
  '| database | processes | connections | endpoint | 2xx/s | p50 ms | p99 ms | 503 (hashing bound) | other non-2xx | load (1 min) |',
  '|---|---:|---:|---|---:|---:|---:|---:|---|---:|',
].join('\n');

/** One table line. */
export function formatRow(row: Row): string {
  const other = Object.entries(row.otherStatuses)
    .map(([status, count]) => `${count}× ${status}`)
    .concat(row.errors > 0 ? [`${row.errors} socket errors/timeouts`] : [])
    .join(', ');
  return `| ${row.database} | ${row.processes} | ${row.connections} | ${ENDPOINT_LABELS[row.endpoint]} | ${row.okPerSecond.toFixed(
    row.okPerSecond < 20 ? 1 : 0,
  )} | ${row.p50} | ${row.p99} | ${row.endpoint === 'login' ? row.busy : '–'} | ${other || '0'} | ${row.load.toFixed(2)} |${
    row.failure ? ' **FAILED**' : ''
  }`;
}

const find = (rows: readonly Row[], like: Partial<Row>) =>
  rows.find((r) => Object.entries(like).every(([k, v]) => r[k as keyof Row] === v));

/** The ratios the README states: bare ÷ Gatehouse on the status read, 3 ÷ 1 processes, login capacity. */
export function formatRatios(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  for (const status of rows.filter((r) => r.endpoint === 'status')) {
    const { database, processes, connections } = status;
    const bare = find(rows, { database, processes, connections, endpoint: 'status-bare' });
    if (!bare) continue;
    lines.push(
      `status read, ${database}, ${processes} process(es), ${connections} connections: the bare handler serves ${(
        bare.okPerSecond / status.okPerSecond
      ).toFixed(1)}× Gatehouse's requests/s (p99 ${bare.p99} vs ${status.p99} ms)`,
    );
  }
  for (const three of rows.filter((r) => r.processes === 3)) {
    const { database, connections, endpoint } = three;
    const single = find(rows, { database, processes: 1, connections, endpoint });
    if (!single) continue;
    lines.push(
      `${three.endpoint}, ${three.database}, ${three.connections} connections: 3 processes serve ${(
        three.okPerSecond / single.okPerSecond
      ).toFixed(2)}× the 2xx/s of 1`,
    );
  }
  for (const login of rows.filter((r) => r.endpoint === 'login')) {
    const answered = login.ok + login.busy;
    lines.push(
      `login capacity, ${login.database}, ${login.processes} process(es), ${login.connections} connections: ${login.okPerSecond.toFixed(
        1,
      )} successful logins/s, p99 ${login.p99} ms; ${login.busy} of ${answered} answers were 503 (hashing bound)`,
    );
  }
  return lines;
}
