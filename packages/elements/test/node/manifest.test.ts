/**
 * `custom-elements.json` is generated from the doc tags (`pnpm --filter @gatehouse/elements manifest`); this test
 * regenerates it into a temporary folder and fails when the committed one's element surface differs, naming what
 * to run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

interface Named {
  name?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

/**
 * The public surface of each element, by tag. The analyzer (0.11.0) lists modules in a different order from run
 * to run and sometimes files a shared helper under another module, so the whole file is not compared: what
 * hosts rely on — tags, attributes, events, slots, parts, custom properties — is.
 */
function surface(manifest: { modules: { declarations?: Declaration[] }[] }) {
  const names = (list?: Named[]) => (list ?? []).map((item) => item.name ?? '').sort();
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => ({
      tagName: d.tagName,
      attributes: names(d.attributes),
      events: names(d.events),
      slots: names(d.slots),
      cssParts: names(d.cssParts),
      cssProperties: names(d.cssProperties),
    }));
  return elements.sort((a, b) => String(a.tagName).localeCompare(String(b.tagName)));
}

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
        surface(committed),
        'run `pnpm --filter @gatehouse/elements manifest` and commit custom-elements.json',
      ).toEqual(surface(fresh));
      // Every registered tag is in the manifest with its events.
      const tags = fresh.modules.flatMap((m: { declarations?: { tagName?: string; events?: unknown[] }[] }) =>
        (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d.events?.length ?? 0]),
      );
      expect(Object.fromEntries(tags)).toMatchObject({ 'gate-registration': 3, 'gate-approval-queue': 3 });
      expect(tags.length).toBe(18);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
