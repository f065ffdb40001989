import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('CSP: flows need no code generation', () => {
  it('every flow module loads and a registration SUBMIT runs under node --disallow-code-generation-from-strings', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '--conditions=source',
        '--import',
        'tsx',
        'test/csp-probe.ts',
      ],
      { cwd: packageRoot, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.evalBlocked).toBe(true);
    expect(out.loaded).toEqual(
      expect.arrayContaining(['./registration', './login', './rma', './invitation']),
    );
    // Every form validated: an empty submission fails each one with required fields. The approval decision
    // has none (its reason is required only by a rule, the reviewer comes from the session), so it passes.
    expect(Object.keys(out.forms).length).toBeGreaterThanOrEqual(15);
    const { 'approval-decision': decision, ...withRequiredFields } = out.forms;
    expect(decision).toBe(true);
    expect(Object.values(withRequiredFields).every((ok) => ok === false)).toBe(true);
    expect(out.rejected).toEqual(['/email free-provider']);
    expect(out.state).toEqual({ awaitingConfirmation: 'coolingDown' });
    expect(out.calls).toBe(1);
    // A child Node process with tsx: about 2 s alone, several times that while other suites share the 2 cores.
  }, 60_000);

  it('a browser bundle of every flow holds no schema compiler, no exact rule lists and no JSON form definition', async () => {
    const result = await build({
      entryPoints: [join(packageRoot, 'src/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser', 'source'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // What ends up in the output (the rules barrel is parsed, but tree-shaking must leave its lists out).
    const inputs = Object.values(result.metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, used]) => used.bytesInOutput > 0)
        .map(([file]) => file),
    );
    const offending = inputs.filter((f) =>
      /\.form\.json$|forms\/src\/compile\/|ajv\/dist\/(core|compile|ajv)|common-passwords\.data|free-email-domains|disposable-email-domains|email\/lists\/server-lists/.test(
        f,
      ),
    );
    expect(offending).toEqual([]);
    // The machines run the build-time compiled modules instead (definitions: @gatehouse/flows/definitions, server-only).
    expect(inputs.some((f) => f.endsWith('generated/forms/registration.form.js'))).toBe(true);
    expect(inputs.some((f) => f.includes('email/browser/'))).toBe(true);
    expect(inputs.some((f) => f.includes('rules/password.browser'))).toBe(true);
    // An esbuild bundle of every flow: ~5 s on a busy two-core machine, over vitest's default limit.
  }, 60_000);
});
