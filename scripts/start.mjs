#!/usr/bin/env node
/**
 * `pnpm start`: builds and starts the demo customer portal (examples/portal) with the Gatehouse server on
 * embedded PGlite in `.data/` (or Postgres from `DATABASE_URL`); prints the URL and the reviewer's login.
 * Port from `PORT` (default 3000). The development outbox (/dev/outbox) is on: the banner says so.
 */
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(
  process.execPath,
  // The demo turns the development outbox on (and its banner says so); `node … server.ts` alone leaves it off.
  [
    '--conditions=source',
    '--import',
    'tsx',
    'examples/portal/server.ts',
    '--dev-outbox',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
