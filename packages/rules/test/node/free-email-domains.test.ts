import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FREE_EMAIL_DOMAINS_MODULE, freeEmailDomainsModule } from '../../scripts/free-email-domains.js';
import {
  FREE_EMAIL_DOMAINS,
  FREE_EMAIL_DOMAINS_SOURCE,
} from '../../src/email/data/free-email-domains.generated.js';
import { EMAIL_LIST_SOURCES } from '../../src/email/index.js';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

describe('generated free-email-domains data', () => {
  it('matches the pinned devDependency (run `pnpm --filter @gatehouse/rules run generate` when this fails)', () => {
    const committed = readFileSync(FREE_EMAIL_DOMAINS_MODULE, 'utf8');
    const { text } = freeEmailDomainsModule();
    // A boolean, not a 200 KB diff: the message says what to do.
    expect(committed === text, 'free-email-domains.generated.ts is stale: regenerate it').toBe(true);
  });

  it('records the version it was generated from, which is the pinned one', () => {
    expect(pkg.devDependencies?.['free-email-domains']).toBe(FREE_EMAIL_DOMAINS_SOURCE.version);
    expect(EMAIL_LIST_SOURCES['free-email-domains']).toEqual({
      version: FREE_EMAIL_DOMAINS_SOURCE.version,
      domains: FREE_EMAIL_DOMAINS.length,
    });
  });

  it('holds the published list, entry for entry', () => {
    const published = require('free-email-domains/domains.json') as string[];
    expect(FREE_EMAIL_DOMAINS).toEqual(published);
    expect(FREE_EMAIL_DOMAINS).toContain('gmail.com');
  });

  it('is not a runtime dependency (its postinstall downloads a list; consumers never run it)', () => {
    expect(pkg.dependencies?.['free-email-domains']).toBeUndefined();
  });
});
