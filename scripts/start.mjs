#!/usr/bin/env node
/**
 * `pnpm start`: until the demo portal lands (@gatehouse/server), runs the rules demo on the command line:
 * it checks the addresses given as arguments (or a built-in sample) against the business e-mail policy.
 */
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    'packages/rules/src/demo/rules-demo.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
