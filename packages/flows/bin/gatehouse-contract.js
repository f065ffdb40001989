#!/usr/bin/env node
// Runs the built CLI when the package is built; in the workspace (sources only) it re-runs itself on the
// TypeScript sources with tsx and the `source` export condition.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/contract/cli.js', import.meta.url);
if (existsSync(built)) {
  const cli = await import(built.href);
  process.exitCode = await cli.runContractCli(process.argv.slice(2));
} else {
  const main = fileURLToPath(new URL('../src/contract/main.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', main, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = run.status ?? 1;
}
