/**
 * `custom-elements.json` is generated from the doc tags (`pnpm --filter @gatehouse/elements manifest`); this test
 * regenerates it into a temporary folder and fails when the committed one differs, naming what to run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

describe('custom-elements.json', () => {
  it('is up to date with the doc tags of the sources', () => {
    // The analyzer joins --outdir to the working directory, so the scratch folder is relative to the package.
    const relative = `node_modules/.cache/cem-check-${process.pid}`;
    const out = join(root, relative);
    try {
      execFileSync(
        join(root, 'node_modules/.bin/cem'),
        ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative],
        { cwd: root, stdio: 'pipe' },
      );
      const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
      const committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
      expect(
        committed,
        'run `pnpm --filter @gatehouse/elements manifest` and commit custom-elements.json',
      ).toEqual(fresh);
      // Every registered tag is in the manifest with its events.
      const tags = fresh.modules.flatMap((m: { declarations?: { tagName?: string; events?: unknown[] }[] }) =>
        (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d.events?.length ?? 0]),
      );
      expect(Object.fromEntries(tags)).toMatchObject({ 'gate-registration': 3, 'gate-approval-queue': 3 });
      expect(tags.length).toBe(13);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
