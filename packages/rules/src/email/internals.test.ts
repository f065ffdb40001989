import { createRequire } from 'node:module';
import { domainToUnicode as nodeDomainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREE_FILTER } from './data/free-filter.generated.js';
import { decodeGolombFilter, encodeGolombFilter } from './golomb-filter.js';
import {
  MAJOR_FREE_DOMAINS,
  SUPPLEMENT_DISPOSABLE_DOMAINS,
  SUPPLEMENT_FREE_DOMAINS,
} from './lists/supplement.js';
import { localPartTokens } from './local-part.js';
import { ROLE_WORDS, SHARED_MARKERS, SHARED_WORDS } from './local-part-words.js';
import { forbiddenScriptMix } from './mixed-script.js';
import { decodePunycode, domainToUnicode } from './punycode.js';
import { domainSkeleton } from './skeleton.js';

const require = createRequire(import.meta.url);

describe('punycode', () => {
  it('decodes RFC 3492 §7.1 samples', () => {
    expect(decodePunycode('egbpdaj6bu4bxfgehfvwxn')).toBe('ليهمابتكلموشعربي؟'); // (A) Arabic
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文'); // (B) Chinese
    expect(decodePunycode('Proprostnemluvesky-uyb24dma41a')).toBe('Pročprostěnemluvíčesky'); // (D) Czech
    expect(decodePunycode('-> $1.00 <--')).toBe('-> $1.00 <-'); // (S) ASCII only
    expect(decodePunycode('zz!')).toBeNull();
  });

  it('agrees with Node for any domain the WHATWG parser accepts', () => {
    fc.assert(
      fc.property(
        fc.domain(),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
        (domain, extra) => {
          let host: string;
          try {
            host = new URL(`http://${extra}${domain}/`).hostname;
          } catch {
            return;
          }
          expect(domainToUnicode(host)).toBe(nodeDomainToUnicode(host));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('UTS #39 skeleton and scripts', () => {
  it('maps confusables onto the skeleton of the ASCII name', () => {
    expect(domainSkeleton('gmail.com')).toBe('grnail.corn');
    expect(domainSkeleton('gmаil.com')).toBe('grnail.corn'); // Cyrillic а
    expect(domainSkeleton('раураl.com')).toBe(domainSkeleton('paypal.com'));
    expect(domainSkeleton('g00gle.com')).not.toBe(domainSkeleton('google.com')); // 0 is O, not o
    expect(domainSkeleton('bücher.de')).toBeNull(); // a diacritic keeps it apart (UTS #39)
    expect(domainSkeleton('例え.jp')).toBeNull();
  });

  it('flags forbidden script mixes only', () => {
    expect(forbiddenScriptMix('pаypal')).toEqual(['Cyrillic', 'Latin']);
    expect(forbiddenScriptMix('gοogle')).toEqual(['Greek', 'Latin']);
    expect(forbiddenScriptMix('bücher')).toBeNull();
    expect(forbiddenScriptMix('日本語とcom')).toBeNull(); // Latin + Han + Hiragana is allowed
    expect(forbiddenScriptMix('москва')).toBeNull();
    expect(forbiddenScriptMix('abc-123')).toBeNull();
  });
});

describe('Golomb-coded set', () => {
  it('has no false negatives and about 2^-bits false positives', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `member-${i}.example`);
    const filter = decodeGolombFilter(encodeGolombFilter(keys, 8));
    for (const key of keys) expect(filter.has(key)).toBe(true);
    let hits = 0;
    const probes = 20_000;
    for (let i = 0; i < probes; i += 1) if (filter.has(`other-${i}.example`)) hits += 1;
    expect(hits / probes).toBeGreaterThan(1 / 512);
    expect(hits / probes).toBeLessThan(1 / 128);
  });

  it('the shipped filter holds every browser-listed free provider and rejects ordinary company names', () => {
    const filter = decodeGolombFilter(FREE_FILTER);
    for (const domain of ['gmail.com', 'tutanota.com', 'hey.com', 'mailbox.org', 'yahoo.co.jp']) {
      expect(filter.has(domainSkeleton(domain) as string), domain).toBe(true);
    }
    // Measured false-positive rate on made-up company domains: the documented ≈ 1/256 (8 bits).
    let hits = 0;
    const probes = 20_000;
    for (let i = 0; i < probes; i += 1)
      if (filter.has(domainSkeleton(`company${i}-gmbh.de`) as string)) hits += 1;
    expect(hits / probes).toBeLessThan(1.5 / 256);
  });
});

describe('data lists', () => {
  it('the supplement is lower-case ASCII and free/disposable do not overlap', () => {
    for (const domain of [
      ...SUPPLEMENT_FREE_DOMAINS,
      ...SUPPLEMENT_DISPOSABLE_DOMAINS,
      ...MAJOR_FREE_DOMAINS,
    ]) {
      expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    const disposable = new Set(SUPPLEMENT_DISPOSABLE_DOMAINS);
    expect(SUPPLEMENT_FREE_DOMAINS.filter((d) => disposable.has(d))).toEqual([]);
  });

  it('the major providers are in the upstream free list (so the browser is exact about them)', () => {
    const free = new Set(require('free-email-domains/domains.json') as string[]);
    expect(MAJOR_FREE_DOMAINS.filter((d) => !free.has(d))).toEqual([]);
  });

  it('role and shared words are disjoint, joined tokens, and the markers are shared words', () => {
    const shared = new Set(SHARED_WORDS);
    expect(ROLE_WORDS.filter((w) => shared.has(w))).toEqual([]);
    for (const word of [...ROLE_WORDS, ...SHARED_WORDS]) expect(localPartTokens(word)).toEqual([word]);
    for (const marker of SHARED_MARKERS) expect(shared.has(marker)).toBe(true);
  });

  it('tokenises on separators and digits, without the +tag', () => {
    expect(localPartTokens('Support-Team2+urgent')).toEqual(['support', 'team']);
    expect(localPartTokens('j.o_h-n')).toEqual(['j', 'o', 'h', 'n']);
    expect(localPartTokens('+only')).toEqual([]);
  });
});
