/**
 * How every Gatehouse browser test starts Debian's Chromium (docs/testing.md): the forms CSP test and the server
 * portal journey (playwright-core), and the elements suite (web-test-runner.config.mjs).
 *
 * No test tool may download a browser, so the executable is always the system one; a caller that cannot find
 * it (`existsSync(chromiumPath())` false) should skip, not fail.
 */

/** The Chromium executable: `CHROME_PATH` when set and non-empty, else `/usr/bin/chromium`. */
export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/**
 * Launch flags: headless, no sandbox (the tests run as root, where Chromium refuses its sandbox), and no
 * GPU, /dev/shm, background network, component update, first-run, sync or QUIC, so a run stays offline and quiet.
 * Frozen: copy it (`[...chromiumArgs]`) to add a flag.
 */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]);
