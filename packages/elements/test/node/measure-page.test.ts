/**
 * The size budgets are only as good as what they measure: the page's entry chunk must be the one counted, also
 * when lazy chunks (each an entry point of its own in esbuild's metafile) are listed before it.
 */
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../bench/measure-page.js';

describe('measurePage', () => {
  it('counts the entry module and what it imports, not the first lazy chunk', async () => {
    const page = await measurePage(`import '@gatehouse/elements/define';`);
    for (const tag of ['gate-registration', 'gate-login', 'gate-approval-queue', 'gate-data-rights']) {
      expect(page.initialText, tag).toContain(tag);
    }
    // The proof-of-work solver and the WebAuthn ceremony load only when needed.
    expect(page.lazy.gzip).toBeGreaterThan(0);
    expect(page.initialText).not.toContain('startAuthentication');
  }, 60_000);

  it('puts every element of the all-elements page above one element alone', async () => {
    const all = await measurePage(`import '@gatehouse/elements/define';`);
    const one = await measurePage(`import '@gatehouse/elements/registration/define';`);
    expect(all.initial.gzip).toBeGreaterThan(one.initial.gzip);
  }, 60_000);
});
