#!/usr/bin/env node
/**
 * `pnpm typecheck`: `tsc --noEmit` on every package (and the demo portal and the studio) that has a tsconfig.json. The README's
 * test command runs the same checks through {@link typecheckProjects} and counts each project as one test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Every `packages/*`, `examples/*` and `apps/*` folder with a tsconfig.json, relative to the repository root. */
export function typecheckProjects() {
  return ['packages', 'examples', 'apps'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => existsSync(join(root, dir, name, 'tsconfig.json')))
      .map((name) => `${dir}/${name}`),
  );
}

/** Typechecks one project; true when tsc reports no error. */
export function typecheck(project) {
  console.log(`\n$ pnpm exec tsc -p ${project}/tsconfig.json --noEmit`);
  const result = spawnSync('pnpm', ['exec', 'tsc', '-p', `${project}/tsconfig.json`, '--noEmit'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) console.log(`typecheck failed: ${project}`);
  return result.status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const failed = typecheckProjects().filter((project) => !typecheck(project));
  console.log(
    failed.length === 0 ? '\ntypecheck: all projects pass' : `\ntypecheck failed: ${failed.join(', ')}`,
  );
  process.exit(failed.length === 0 ? 0 : 1);
}
