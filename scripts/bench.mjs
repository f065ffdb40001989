#!/usr/bin/env node
/**
 * `pnpm bench`: runs every `packages/<pkg>/bench/*.bench.ts` (speed) and `*.size.ts` (bundle budgets) with
 * tsx, workspace packages resolved to their sources. Each file prints its own table; a budget file exits
 * non-zero when a bundle is over budget, and so does this script. `pnpm bench rules` runs one package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
let failures = 0;
for (const name of readdirSync(join(root, 'packages'))) {
  if (only.length > 0 && !only.includes(name)) continue;
  const dir = join(root, 'packages', name, 'bench');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => /\.(bench|size)\.ts$/.test(f))
    .sort()) {
    console.log(`\n== ${name}/bench/${file}`);
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join(dir, file)], {
      cwd: join(root, 'packages', name),
      stdio: 'inherit',
    });
    if (result.status !== 0) failures += 1;
  }
}
process.exit(failures === 0 ? 0 : 1);
