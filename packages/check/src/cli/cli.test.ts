import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/models/${name}`, import.meta.url));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('gatehouse-check', () => {
  it('prints a summary table and numbered traces, exits 1 on a violation', async () => {
    const { io, out } = capture();
    const code = await runCli([fixture('login.model.ts'), fixture('approval.model.ts')], io);
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/login \(correct\)\s+PASS\s+7/);
    expect(text).toMatch(/login \(MFA bypass\)\s+FAIL/);
    expect(text).toContain('login (MFA bypass) #1 invariant "noSessionWithoutMfa"');
    expect(text).toContain('approval: unreachable state nodes: approval.escalated');
    expect(text).toContain('1 passed, 2 failed');
  });

  it('reports a bounded run as incomplete and fails', async () => {
    const { io, out } = capture();
    expect(await runCli([fixture('login.model.ts'), '--max-states', '3', '--json'], io)).toBe(1);
    const json = JSON.parse(out.join('\n'));
    expect(json[0].result.complete).toBe(false);
    expect(json[0].result.ok).toBe(false);
  });

  it('exits 2 with a clear message for bad arguments and bad model files', async () => {
    const a = capture();
    expect(await runCli([], a.io)).toBe(2);
    expect(a.err.join()).toMatch(/usage/);
    const b = capture();
    expect(await runCli(['nope.model.ts'], b.io)).toBe(2);
    expect(b.err.join()).toMatch(/nope\.model\.ts: cannot load/);
    const c = capture();
    expect(await runCli([fixture('../planted-bugs.ts')], c.io)).toBe(2);
    expect(c.err.join()).toMatch(/default export must be \{ machine, options \}/);
  });

  it('prints --help and exits 0', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/usage: gatehouse-check <model-file…>/);
    expect(out.join('\n')).toMatch(/need tsx/);
  });

  it('names the bad model of a multi-model file', async () => {
    const { io, err } = capture();
    expect(await runCli([fixture('mixed.model.ts')], io)).toBe(2);
    expect(err.join()).toMatch(
      /mixed\.model\.ts \[1\] \(model "login \(bad bound\)"\): check options: maxStates/,
    );
  });

  it('runs as a bin with TypeScript model files through tsx', () => {
    const bin = fileURLToPath(new URL('../../bin/gatehouse-check.js', import.meta.url));
    const run = spawnSync(process.execPath, ['--conditions=source', bin, fixture('approval.model.ts')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/approval\s+FAIL/);
    expect(run.stdout).toContain('deadlock "deadlock"');
  }, 20_000);
});
