import disposableDomains from 'disposable-email-domains-js/dist/dict/disposable_email_blocklist.json' with {
  type: 'json',
};
import { getDomain } from 'tldts';
import {
  FREE_EMAIL_DOMAINS_SOURCE,
  FREE_EMAIL_DOMAINS as freeDomains,
} from '../data/free-email-domains.generated.js';
import type { DomainLists } from '../domain-lists.js';
import { domainSkeleton } from '../skeleton.js';
import { REGIONAL_TYPO_FREE_DOMAINS } from './impersonated-domains.js';
import { serverKnownSuffix } from './server-tlds.js';
import { MAJOR_FREE_DOMAINS, SUPPLEMENT_DISPOSABLE_DOMAINS, SUPPLEMENT_FREE_DOMAINS } from './supplement.js';

/** Versions of the npm lists the server form uses; shown in docs and the demo. */
export const EMAIL_LIST_SOURCES = {
  'free-email-domains': { version: FREE_EMAIL_DOMAINS_SOURCE.version, domains: freeDomains.length },
  'disposable-email-domains-js': { version: '1.26.0', domains: disposableDomains.length },
  supplement: { free: SUPPLEMENT_FREE_DOMAINS.length, disposable: SUPPLEMENT_DISPOSABLE_DOMAINS.length },
} as const;

let lists: DomainLists | undefined;

/**
 * The exact lists: free-email-domains + disposable-email-domains-js + the curated supplement, matched on the
 * domain and each parent down to its registrable domain (Public Suffix List via tldts, ICANN and private sections), so
 * `mx.mail.gmx.de` is caught by `gmx.de`. Built once, on first use (~14,000 + ~9,000 entries).
 */
export function serverLists(): DomainLists {
  if (lists) return lists;
  const disposable = new Set<string>([...disposableDomains, ...SUPPLEMENT_DISPOSABLE_DOMAINS]);
  const free = new Set<string>([...freeDomains, ...SUPPLEMENT_FREE_DOMAINS]);
  let skeletons: Map<string, string> | undefined;

  const candidates = (domain: string, labels: readonly string[]): string[] => {
    // Private suffixes count too (`acme.za.com` is a company's own registration, not `za.com`'s mailbox).
    const registrable = getDomain(domain, { allowPrivateDomains: true }) ?? labels.slice(-2).join('.');
    const out: string[] = [];
    for (let i = 0; i + 2 <= labels.length; i += 1) {
      const suffix = labels.slice(i).join('.');
      out.push(suffix);
      if (suffix === registrable) break;
    }
    return out;
  };

  lists = {
    certain: () => true,
    knownSuffix: serverKnownSuffix,
    typoProviders: [...MAJOR_FREE_DOMAINS, ...REGIONAL_TYPO_FREE_DOMAINS],
    disposable: (domain, labels) => candidates(domain, labels).find((suffix) => disposable.has(suffix)),
    free: (domain, labels) => candidates(domain, labels).find((suffix) => free.has(suffix)),
    freeBySkeleton(skeleton) {
      if (!skeletons) {
        // Protected: the free providers that are not disposable (nobody needs to imitate a throwaway domain).
        skeletons = new Map();
        for (const domain of free) {
          if (disposable.has(domain)) continue;
          const key = domainSkeleton(domain);
          if (key !== null && !skeletons.has(key)) skeletons.set(key, domain);
        }
      }
      return skeletons.get(skeleton);
    },
  };
  return lists;
}
