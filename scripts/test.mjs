#!/usr/bin/env node
/**
 * The README's test command: typecheck every package, run every vitest project, (when present) the
 * browser tests and the consumer test (scripts/consumer-test.mjs), then print one plain closing line
 * `N passed, N failed` summing all runners.
 * CI reads only the exit code, so any failure anywhere exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typecheck, typecheckProjects } from './typecheck.mjs';

const root = new URL('..', import.meta.url).pathname;
const totals = { passed: 0, failed: 0 };
const outDir = mkdtempSync(join(tmpdir(), 'gatehouse-test-'));

function run(command, args, options = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

// 1. Typecheck (the same as `pnpm typecheck`): one result per project, so a type error counts as a failed test.
for (const project of typecheckProjects()) {
  if (typecheck(project)) totals.passed += 1;
  else totals.failed += 1;
}

// 2. Node tests (vitest projects listed in vitest.workspace.ts).
const vitestJson = join(outDir, 'vitest.json');
const vitest = run('pnpm', [
  'exec',
  'vitest',
  'run',
  '--config',
  'vitest.workspace.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  // A file that fails to load has no tests but still is a failure.
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  );
  totals.failed += brokenSuites.length;
} else if (vitest.status !== 0) {
  totals.failed += 1;
}
if (vitest.status !== 0 && totals.failed === 0) totals.failed += 1;

// 3. Browser tests in Chromium (@web/test-runner), once the elements package has them.
if (existsSync(join(root, 'web-test-runner.config.mjs'))) {
  const wtrJson = join(outDir, 'wtr.json');
  const wtr = run('pnpm', ['exec', 'wtr', '--config', 'web-test-runner.config.mjs'], {
    env: { ...process.env, GATEHOUSE_WTR_SUMMARY: wtrJson },
  });
  if (existsSync(wtrJson)) {
    const summary = JSON.parse(readFileSync(wtrJson, 'utf8'));
    totals.passed += summary.passed;
    totals.failed += summary.failed;
  }
  if (wtr.status !== 0 && !existsSync(wtrJson)) totals.failed += 1;
  else if (wtr.status !== 0 && totals.failed === 0) totals.failed += 1;
}

// 4. The consumer test: pack, install the tarballs with npm and pnpm, bundle, serve, register in Chromium, compile types.
const consumerJson = join(outDir, 'consumer.json');
const consumer = run('node', ['scripts/consumer-test.mjs'], {
  env: { ...process.env, GATEHOUSE_CONSUMER_SUMMARY: consumerJson },
});
if (existsSync(consumerJson)) {
  const summary = JSON.parse(readFileSync(consumerJson, 'utf8'));
  totals.passed += summary.passed;
  totals.failed += summary.failed;
}
if (consumer.status !== 0 && (!existsSync(consumerJson) || totals.failed === 0)) totals.failed += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
