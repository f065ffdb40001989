/**
 * Browser tests (@web/test-runner in Debian's Chromium) for `packages/elements/test/**\/*.test.ts`.
 *
 * `scripts/test.mjs` runs `pnpm exec wtr --config web-test-runner.config.mjs` and reads a JSON summary
 * `{ "passed": N, "failed": N }` from the path in `GATEHOUSE_WTR_SUMMARY`; the `summaryReporter` below writes it.
 * Launcher flags and resolve conditions follow docs/testing.md (root needs --no-sandbox; no test tool
 * may download a browser, so `executablePath` points at the system Chromium, `CHROME_PATH` overrides it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { bundledDepsPlugin } from './packages/elements/test/bundled-deps.plugin.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/** The one policy every embed must survive (docs/requirements.md, "Embedding"). */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Counts every test of every session; a session that failed without test results (load error) counts as one. */
function countSessions(sessions) {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) continue;
      if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) walk(child);
  };
  for (const session of sessions) {
    const before = failed;
    if (session.testResults) walk(session.testResults);
    // A file that throws at import, or an error after the tests ran, fails the session without a failed test.
    if (session.passed === false && failed === before) failed += 1;
  }
  return { passed, failed };
}

/** Writes `{ passed, failed }` for scripts/test.mjs, which sums it with the vitest totals. */
function gatehouseSummaryReporter() {
  const target = process.env.GATEHOUSE_WTR_SUMMARY;
  return {
    onTestRunFinished({ sessions }) {
      if (!target) return;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${JSON.stringify(countSessions(sessions))}\n`);
    },
  };
}

/**
 * `executeServerCommand('gate-screenshot', { name })`: saves the page as `<GATEHOUSE_SCREENSHOTS>/<name>.png` (the
 * docs' screenshots); without the variable it does nothing, so tests that take screenshots run the same in CI.
 */
function screenshotPlugin() {
  return {
    name: 'gate-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'gate-screenshot') return undefined;
      const dir = process.env.GATEHOUSE_SCREENSHOTS;
      if (!dir) return true;
      mkdirSync(dir, { recursive: true });
      const page = session.browser.getPage(session.id);
      await page.screenshot({ path: `${dir}/${payload.name}.png`, fullPage: true });
      return true;
    },
  };
}

/** Serves the CSP test pages with the strict policy, so a violation there is a real one. */
function cspMiddleware(ctx, next) {
  return next().then(() => {
    if (ctx.path.includes('/test/csp/') && ctx.path.endsWith('.html')) {
      ctx.set('Content-Security-Policy', strictCsp);
    }
  });
}

export default {
  rootDir: '.',
  // test/node/ holds the Node (vitest) tests of the package, such as the manifest check.
  files: ['packages/elements/test/**/*.test.ts', '!packages/elements/test/node/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'module', 'default'] },
  // One page at a time: background pages in headless Chromium throttle timers and rAF, which stalls axe runs.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 60_000,
  // Generous: the machine's 2 cores are shared with other engineers' suites (axe runs take seconds under load).
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [...chromiumArgs],
      },
    }),
  ],
  middleware: [cspMiddleware],
  plugins: [
    screenshotPlugin(),
    // Flows reach CommonJS (ajv) through the rules barrel: serve them bundled (see the plugin's comment).
    bundledDepsPlugin({ tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname }),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // The plugin passes the file to esbuild verbatim (no `extends`), so point it at the base config that
      // states experimentalDecorators/useDefineForClassFields itself. JSON stays JSON: the flows import their
      // form definitions with `with { type: 'json' }`, which Chromium loads natively.
      tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname,
    }),
  ],
  reporters: [defaultReporter(), gatehouseSummaryReporter()],
};
