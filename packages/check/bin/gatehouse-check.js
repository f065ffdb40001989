#!/usr/bin/env node
// Launcher: uses the built CLI when present, else the TypeScript sources through tsx. tsx is also what
// lets model files be written in TypeScript; without it, model files must be JavaScript.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/cli.js', import.meta.url);
let tsx = false;
try {
  const { register } = await import('tsx/esm/api');
  register();
  tsx = true;
  // Tells the CLI that .ts model files can load, so it hints at tsx only when it is missing.
  globalThis.__gatehouseTsx = true;
} catch {
  // No tsx: JavaScript model files only.
}
const cli = existsSync(built) ? built.href : tsx ? new URL('../src/cli/cli.ts', import.meta.url).href : undefined;
if (!cli) {
  console.error(
    'gatehouse-check: not built (no dist/) and tsx is not installed: run `pnpm --filter @gatehouse/check build`, or pnpm add -D tsx',
  );
  process.exit(2);
}
const { runCli } = await import(cli);
process.exitCode = await runCli(process.argv.slice(2));
