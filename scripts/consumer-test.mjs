#!/usr/bin/env node
/**
 * The consumer test: the packages as someone who installs them from a registry gets them.
 *
 * 1. Builds every package from a clean `dist/`, packs each with `pnpm pack` and checks each tarball with publint
 *    (--strict) and @arethetypeswrong/cli (ESM-only profile).
 * 2. Installs the six tarballs into two temporary projects: one with plain `npm install` and the lowest tested
 *    `lit`/`xstate` peers, one with `pnpm install` (install scripts allowed) and the newest tested ones. In each,
 *    no installed package may declare an install script, a page embedding `<gate-registration>` is bundled with
 *    Vite, its first load is measured (gzip -9, budget 40,960 B), a Gatehouse server started from the installed
 *    `@gatehouse/server` serves it, and Chromium registers through it. A TypeScript file that uses each package's
 *    public types compiles under `moduleResolution` node16 and bundler.
 *
 * Every check is one result; the closing line is `N passed, N failed`. `GATEHOUSE_CONSUMER_SUMMARY` names a file
 * that receives `{ passed, failed }` for scripts/test.mjs. `--keep` leaves the temporary folder in place.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { consumerFiles } from './consumer/files.mjs';

const root = new URL('..', import.meta.url).pathname;
const PACKAGES = ['rules', 'forms', 'flows', 'check', 'elements', 'server'];
/** The peer ranges' ends, as declared in the packages (`lit` ^3.0.0, `xstate` ^5.33.0). */
const PEERS = { lowest: { lit: '3.0.0', xstate: '5.33.0' }, newest: { lit: '3.3.3', xstate: '5.33.3' } };
/** First-load budget of the registration embed, gzip bytes. */
const BUDGET = 40_960;

const work = mkdtempSync(join(tmpdir(), 'gatehouse-consumer-'));
const results = [];
const keep = process.argv.includes('--keep');

/** Records one check; `detail` is printed on failure. */
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n${String(detail).trim().slice(-4000)}`}`);
  return ok;
}

/** Runs a command to completion; output is captured (and returned) unless `inherit`. */
function sh(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...options.env },
    ...options,
  });
  return { ok: result.status === 0, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

// --- 1. build, pack, publint, attw --------------------------------------------------------------------------
function buildAndPack() {
  for (const name of PACKAGES) rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
  const build = sh('pnpm', ['-r', '--filter', './packages/**', 'run', 'build']);
  if (!record('every package builds from a clean dist/', build.ok, build.out)) return null;
  const packs = join(work, 'packs');
  mkdirSync(packs);
  const tarballs = {};
  for (const name of PACKAGES) {
    const packed = sh('pnpm', ['pack', '--pack-destination', packs], { cwd: join(root, 'packages', name) });
    const file = readdirSync(packs).find((f) => f.startsWith(`gatehouse-${name}-`));
    if (!record(`@gatehouse/${name} packs`, packed.ok && file !== undefined, packed.out)) return null;
    tarballs[name] = join(packs, file);
    const listing = sh('tar', ['tzf', tarballs[name]]).out.split('\n');
    const stray = listing.filter((f) => /\.test\.|\/fixtures\/|\/demo\/|\/testing\//.test(f));
    const needed = ['package/LICENSE', 'package/CHANGELOG.md', 'package/README.md'].filter(
      (f) => !listing.includes(f),
    );
    record(
      `@gatehouse/${name} ships no tests or demos, and its LICENSE, CHANGELOG and README`,
      [...stray, ...needed].length === 0,
      [...stray, ...needed].join('\n'),
    );
    const publint = sh('pnpm', ['exec', 'publint', 'run', tarballs[name], '--strict']);
    record(
      `@gatehouse/${name}: publint --strict`,
      publint.ok && !/\b(warning|error|suggestion)s?\b/i.test(publint.out.replace(/All good!/, '')),
      publint.out,
    );
    // Stylesheet exports (the elements' themes) have no types to check: attw would report them unresolved.
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    const stylesheets = Object.keys(manifest.exports ?? {}).filter((key) => key.endsWith('.css'));
    const attw = sh('pnpm', [
      'exec',
      'attw',
      tarballs[name],
      '--profile',
      'esm-only',
      '--format',
      'ascii',
      ...(stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : []),
    ]);
    record(`@gatehouse/${name}: are the types wrong (ESM-only profile)`, attw.ok, attw.out);
  }
  return tarballs;
}

// --- 2. a consumer project -----------------------------------------------------------------------------------
/** Every installed package (any depth) whose package.json declares an install script. */
function installScripts(nodeModules) {
  const found = [];
  const visit = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
      if (entry.name === '.bin') continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@') || entry.name === '.pnpm') {
        visit(path);
        continue;
      }
      if (dir.endsWith('.pnpm')) {
        visit(join(path, 'node_modules'));
        continue;
      }
      const manifest = join(path, 'package.json');
      if (existsSync(manifest)) {
        const { name, version, scripts = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
        for (const hook of ['preinstall', 'install', 'postinstall']) {
          if (scripts[hook]) found.push(`${name}@${version} ${hook}: ${scripts[hook]}`);
        }
      }
      visit(join(path, 'node_modules'));
    }
  };
  visit(nodeModules);
  return [...new Set(found)];
}

/** Creates and installs one consumer project; false when the install failed. */
function install(kind, tarballs, peers) {
  const dir = join(work, kind);
  mkdirSync(dir);
  const deps = Object.fromEntries(PACKAGES.map((name) => [`@gatehouse/${name}`, `file:${tarballs[name]}`]));
  // The packed packages depend on each other by version (0.1.0), which is not on the registry: overrides point
  // those edges at the tarballs, as a registry would serve them.
  const manifest = {
    name: `gatehouse-consumer-${kind}`,
    private: true,
    type: 'module',
    dependencies: {
      ...deps,
      ...peers,
      hono: '4.13.19',
      '@hono/node-server': '2.1.8',
      '@types/node': '20.19.0',
    },
  };
  if (kind === 'npm') manifest.overrides = Object.fromEntries(Object.keys(deps).map((n) => [n, `$${n}`]));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (kind === 'pnpm') {
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      `${['dangerouslyAllowAllBuilds: true', 'overrides:', ...Object.entries(deps).map(([n, s]) => `  '${n}': '${s}'`)].join('\n')}\n`,
    );
  }
  const args =
    kind === 'npm'
      ? ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']
      : ['install', '--prefer-offline', '--config.confirmModulesPurge=false'];
  const result = sh(kind, args, { cwd: dir, env: { CI: 'true' } });
  if (
    !record(
      `${kind} install of the six tarballs (lit ${peers.lit}, xstate ${peers.xstate})`,
      result.ok,
      result.out,
    )
  )
    return null;
  const scripts = installScripts(join(dir, 'node_modules'));
  record(
    `${kind}: no installed package declares an install script`,
    scripts.length === 0,
    scripts.join('\n'),
  );
  for (const [file, text] of Object.entries(consumerFiles)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Bundles the registration page with Vite from the installed packages; returns the first-load gzip bytes. */
async function bundle(kind, dir) {
  const { build } = await import('vite');
  let output;
  try {
    output = await build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      build: { outDir: 'dist', emptyOutDir: true },
    });
  } catch (error) {
    record(`${kind}: Vite bundles the <gate-registration> page`, false, error.stack);
    return null;
  }
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const walk = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of byName.get(name)?.imports ?? []) walk(imported);
  };
  for (const chunk of chunks) if (chunk.type === 'chunk' && chunk.isEntry) walk(chunk.fileName);
  let gzip = 0;
  for (const name of initial) {
    const chunk = byName.get(name);
    gzip += gzipSync(chunk.type === 'chunk' ? chunk.code : chunk.source, { level: 9 }).length;
  }
  record(`${kind}: Vite bundles the <gate-registration> page`, true);
  record(
    `${kind}: registration embed first load ${gzip.toLocaleString('en')} B gzip ≤ ${BUDGET.toLocaleString('en')} B`,
    gzip <= BUDGET,
  );
  return gzip;
}

/** Starts the installed server (serving the built page) and registers in Chromium. */
async function register(kind, dir) {
  const server = spawn(process.execPath, ['serve.js'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stderr.on('data', (d) => {
    log += d;
  });
  const url = await new Promise((resolve) => {
    server.stdout.on('data', (d) => {
      log += d;
      const match = /listening on (http:\S+)/.exec(log);
      if (match) resolve(match[1]);
    });
    server.on('exit', () => resolve(null));
    setTimeout(() => resolve(null), 180_000);
  });
  if (!record(`${kind}: the installed @gatehouse/server starts`, url !== null, log)) {
    server.kill();
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.reportViolation(e.violatedDirective),
      );
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const form = page.locator('gate-registration');
    await form.locator('input[name=givenName]').fill('Ada');
    await form.locator('input[name=familyName]').fill('Lovelace');
    await form.locator('input[name=email]').fill('ada.lovelace@analytical-engines.com');
    await form.locator('input[name=company]').fill('Analytical Engines');
    await form.locator('input[name=termsAccepted]').check();
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor({ timeout: 20_000 });
    const outbox = await (await fetch(`${url}/api/dev/outbox`)).text();
    const shots = process.env.GATEHOUSE_CONSUMER_SCREENSHOT;
    if (shots) {
      await page.screenshot({ path: `${shots}-${kind}-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}-${kind}-390.png`, fullPage: true });
    }
    record(
      `${kind}: Chromium registers through the bundled <gate-registration> (confirmation mail sent, no CSP violation)`,
      outbox.includes('ada.lovelace@analytical-engines.com') &&
        violations.length === 0 &&
        errors.length === 0,
      `violations: ${violations.join(', ')}\nerrors: ${errors.join('\n')}`,
    );
  } catch (error) {
    record(
      `${kind}: Chromium registers through the bundled <gate-registration>`,
      false,
      `${error.stack}\n${log}`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Compiles `types.ts` against the installed packages under node16 and bundler resolution. */
function typecheckConsumer(kind, dir) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const resolution of ['node16', 'bundler']) {
    const result = sh(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: dir });
    // Our file and our .d.ts must be error-free; a third-party .d.ts's own problem (pglite's refer to Emscripten
    // types it does not declare) is not ours to fix, so only those lines may remain.
    const errors = result.out.split('\n').filter((line) => /error TS\d+/.test(line));
    const ours = errors.filter((line) => !line.startsWith('node_modules/') || line.includes('@gatehouse'));
    const crashed = !result.ok && errors.length === 0;
    record(
      `${kind}: the public types compile under moduleResolution ${resolution}`,
      ours.length === 0 && !crashed,
      ours.length > 0 ? ours.join('\n') : result.out,
    );
  }
}

async function main() {
  const started = Date.now();
  const tarballs = buildAndPack();
  const sizes = {};
  if (tarballs) {
    for (const [kind, peers] of [
      ['npm', PEERS.lowest],
      ['pnpm', PEERS.newest],
    ]) {
      const dir = install(kind, tarballs, peers);
      if (!dir) continue;
      sizes[kind] = await bundle(kind, dir);
      if (sizes[kind] !== null) await register(kind, dir);
      typecheckConsumer(kind, dir);
    }
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(
    `\nconsumer test: ${Math.round((Date.now() - started) / 1000)} s, first load ${JSON.stringify(sizes)}`,
  );
  if (process.env.GATEHOUSE_CONSUMER_SUMMARY) {
    writeFileSync(process.env.GATEHOUSE_CONSUMER_SUMMARY, JSON.stringify({ passed, failed, sizes }));
  }
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(`consumer: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

await main();
