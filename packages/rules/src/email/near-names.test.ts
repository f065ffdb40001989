import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { foldAsciiConfusables } from './ascii-confusables.js';
import { browserKnownSuffix, REAL_TYPO_TLDS } from './browser/browser-tlds.js';
import { adjacentKeys, isKeyboardTypo } from './keyboard-typo.js';
import { IMPERSONATED_BRAND_DOMAINS, REGIONAL_TYPO_FREE_DOMAINS } from './lists/impersonated-domains.js';
import { serverKnownSuffix } from './lists/server-tlds.js';
import { SUPPLEMENT_FREE_DOMAINS } from './lists/supplement.js';
import { createNearNames, LIKELY_TLDS } from './near-names.js';

const require = createRequire(import.meta.url);
const typo = (typed: string, intended: string) => isKeyboardTypo(typed, intended, { fixedFirst: true });

describe('keyboard typos', () => {
  it('knows neighbouring keys on QWERTY and QWERTZ', () => {
    expect(adjacentKeys('n', 'm')).toBe(true);
    expect(adjacentKeys('a', 's')).toBe(true);
    expect(adjacentKeys('e', 'a')).toBe(false);
    expect(adjacentKeys('z', 'u')).toBe(true); // QWERTZ: z sits between t and u
    expect(adjacentKeys('a', 'a')).toBe(false);
  });

  it('accepts the slips people make', () => {
    expect(typo('gmial', 'gmail')).toBe(true); // swap
    expect(typo('mgail', 'gmail')).toBe(true); // swap of the first two
    expect(typo('gmal', 'gmail')).toBe(true); // dropped
    expect(typo('gmaill', 'gmail')).toBe(true); // doubled
    expect(typo('yahooo', 'yahoo')).toBe(true); // doubled inside a run
    expect(typo('gmaoil', 'gmail')).toBe(true); // extra neighbour key
    expect(typo('gnail', 'gmail')).toBe(true); // neighbour key
  });

  it('refuses what is another name, not a slip', () => {
    expect(typo('photon', 'proton')).toBe(false); // h is far from r
    expect(typo('never', 'naver')).toBe(false);
    expect(typo('cloud', 'icloud')).toBe(false); // the first letter is kept
    expect(typo('email', 'gmail')).toBe(false);
    expect(typo('gmail', 'gmail')).toBe(false);
    expect(typo('gmailxx', 'gmail')).toBe(false);
    expect(typo('gmapil', 'gmail')).toBe(false); // p touches neither a nor i
    expect(isKeyboardTypo('zzz', 'de', { fixedFirst: false })).toBe(false);
  });

  it('endings: any position may slip', () => {
    for (const tld of ['co', 'cm', 'con', 'comm', 'om', 'cmo', 'ocm', 'vom', 'xom', 'cpm', 'cim']) {
      expect(isKeyboardTypo(tld, 'com', { fixedFirst: false }), tld).toBe(true);
    }
    expect(isKeyboardTypo('de', 'com', { fixedFirst: false })).toBe(false);
  });
});

describe('ASCII look-alikes', () => {
  it('folds 0/o, 1/l/i, rn/m, vv/w, cl/d onto one form', () => {
    expect(foldAsciiConfusables('micros0ft')).toBe(foldAsciiConfusables('microsoft'));
    expect(foldAsciiConfusables('rnicrosoft')).toBe(foldAsciiConfusables('microsoft'));
    expect(foldAsciiConfusables('paypa1')).toBe(foldAsciiConfusables('paypal'));
    expect(foldAsciiConfusables('vvalmart')).toBe(foldAsciiConfusables('walmart'));
    expect(foldAsciiConfusables('clropbox')).toBe(foldAsciiConfusables('dropbox'));
    expect(foldAsciiConfusables('cloud')).not.toBe(foldAsciiConfusables('icloud'));
  });
});

describe('near names', () => {
  const near = createNearNames(['gmail.com', 'gmx.com', 'yahoo.com', 'yahoo.co.uk', 'aol.com'], ['acme.com']);
  const labels = (domain: string) => domain.split('.');

  it('finds look-alikes of providers, brands and the host, also below a subdomain', () => {
    expect(near.lookalike(labels('g00gle.com'))).toBe('google.com');
    expect(near.lookalike(labels('mail.paypa1.com'))).toBe('paypal.com');
    expect(near.lookalike(labels('acrne.com'))).toBe('acme.com');
    expect(near.lookalike(labels('yah00.co.uk'))).toBe('yahoo.co.uk');
    expect(near.lookalike(labels('paypal.com'))).toBeUndefined();
    expect(near.lookalike(labels('mail.paypal.com'))).toBeUndefined();
  });

  it('finds provider typos in the name or the ending, not in short names', () => {
    expect(near.providerTypo(labels('gmial.com'))).toBe('gmail.com');
    expect(near.providerTypo(labels('gmail.co'))).toBe('gmail.com');
    expect(near.providerTypo(labels('yahoo.co.uj'))).toBe('yahoo.co.uk');
    expect(near.providerTypo(labels('gmx.co'))).toBe('gmx.com');
    expect(near.providerTypo(labels('gm.com'))).toBeUndefined();
    expect(near.providerTypo(labels('aon.com'))).toBeUndefined();
    expect(near.providerTypo(labels('gmail.com'))).toBeUndefined();
  });

  it('hints at business typos and rare endings, never at .co', () => {
    expect(near.businessTypo(labels('microsft.com'))).toBe('microsoft.com');
    expect(near.businessTypo(labels('acme.cm'))).toBe('acme.com');
    expect(near.businessTypo(labels('northwind.cm'))).toBe('northwind.com');
    expect(near.businessTypo(labels('northwind.co'))).toBeUndefined();
    expect(near.businessTypo(labels('acme.co'))).toBe('acme.com'); // the host's own name: worth a hint
  });

  it('suggests the ending most likely meant', () => {
    expect(near.tldSuggestion(labels('acme.con'))).toBe('acme.com');
    expect(near.tldSuggestion(labels('acme.c'))).toBe('acme.com');
    expect(near.tldSuggestion(labels('acme.ogr'))).toBe('acme.org');
    expect(near.tldSuggestion(labels('acme.nte'))).toBe('acme.net');
    expect(near.tldSuggestion(labels('acme.zzz'))).toBeUndefined();
  });
});

describe('top-level domains', () => {
  const tlds = require('tlds/index.json') as string[];

  it('the server knows every TLD of the root zone that has an ICANN rule, and refuses made-up ones', () => {
    expect(serverKnownSuffix('acme.com')).toBe(true);
    expect(serverKnownSuffix('acme.co.za')).toBe(true);
    expect(serverKnownSuffix('acme.za.com')).toBe(true); // private section
    for (const domain of ['acme.c', 'acme.con', 'acme.zzz', 'acme.za', 'acme.local']) {
      expect(serverKnownSuffix(domain), domain).toBe(false);
    }
  });

  it('the browser never refuses a TLD of the root zone', () => {
    const refused = tlds.filter(
      (tld) => !browserKnownSuffix(`acme.${new URL(`http://x.${tld}`).hostname.slice(2)}`),
    );
    expect(refused).toEqual([]);
  });

  it('the real TLDs among the keyboard typos of .com/.net/.org/.de are exactly the listed ones', () => {
    const typos = tlds.filter((tld) =>
      LIKELY_TLDS.some((likely) => isKeyboardTypo(tld, likely, { fixedFirst: false })),
    );
    expect(typos.sort()).toEqual([...REAL_TYPO_TLDS].sort());
  });

  it('the browser refuses one-letter endings and the typos of the common ones', () => {
    for (const tld of ['c', 'con', 'cmo', 'comm', 'coom', 'nte', 'ogr', 'dr']) {
      expect(browserKnownSuffix(`acme.${tld}`), tld).toBe(false);
    }
  });
});

describe('the lists of protected names', () => {
  it('every typo provider is a listed free provider, and every entry is lower-case ASCII', () => {
    const free = new Set([
      ...(require('free-email-domains/domains.json') as string[]),
      ...SUPPLEMENT_FREE_DOMAINS,
    ]);
    expect(REGIONAL_TYPO_FREE_DOMAINS.filter((d) => !free.has(d))).toEqual([]);
    for (const domain of [...REGIONAL_TYPO_FREE_DOMAINS, ...IMPERSONATED_BRAND_DOMAINS]) {
      expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });
});
