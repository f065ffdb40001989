#!/usr/bin/env node
/**
 * `pnpm start`: builds and starts the demo customer portal (examples/portal) with the Gatehouse server on
 * embedded PGlite in `.data/` (or Postgres from `DATABASE_URL`); prints the URL and the reviewer's login.
 * Port from `PORT` (default 3000).
 */
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', 'examples/portal/server.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
