/**
 * The themes ship: both files are in the package's `exports` and in the tarball `npm pack` builds, and each sets
 * the tokens the elements read (the light theme all of them, the dark one every colour and the focus ring).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenDefaults } from '../../src/common/tokens.js';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = (css: string) => new Set([...css.matchAll(/(--gate-[a-z-]+)\s*:/g)].map((m) => m[1]));

describe('themes/light.css and themes/dark.css', () => {
  it('are exported and packed', () => {
    for (const name of ['light', 'dark']) {
      const target = pkg.exports[`./themes/${name}.css`];
      expect(target, `exports["./themes/${name}.css"]`).toBe(`./themes/${name}.css`);
      expect(existsSync(join(root, target))).toBe(true);
    }
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    const files = packed.files.map((file: { path: string }) => file.path);
    expect(files).toContain('themes/light.css');
    expect(files).toContain('themes/dark.css');
  }, 60_000);

  it('set the tokens the elements read', () => {
    const light = declared(readFileSync(join(root, 'themes/light.css'), 'utf8'));
    expect([...light].sort()).toEqual(Object.keys(tokenDefaults).sort());
    const dark = declared(readFileSync(join(root, 'themes/dark.css'), 'utf8'));
    const colours = Object.keys(tokenDefaults).filter((token) => token.startsWith('--gate-color-'));
    for (const token of [...colours, '--gate-focus-ring']) expect(dark.has(token), token).toBe(true);
  });
});
