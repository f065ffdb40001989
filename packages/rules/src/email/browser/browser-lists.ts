import { FREE_FILTER } from '../data/free-filter.generated.js';
import { type DomainLists, domainSuffixes } from '../domain-lists.js';
import { decodeGolombFilter } from '../golomb-filter.js';
import { MAJOR_FREE_DOMAINS, SUPPLEMENT_DISPOSABLE_DOMAINS } from '../lists/supplement.js';
import { domainSkeleton } from '../skeleton.js';
import { browserKnownSuffix } from './browser-tlds.js';

let lists: DomainLists | undefined;

/**
 * The browser's lists: the ~5,300 non-disposable free providers as a Golomb-coded set of their UTS #39
 * skeletons (≈ 1/1024 false positives per lookup, no false negatives), the largest providers exactly, and the
 * curated well-known disposable services exactly. Filter-only hits are marked `tentative`; the server decides.
 */
export function browserLists(): DomainLists {
  if (lists) return lists;
  const filter = decodeGolombFilter(FREE_FILTER);
  const major = new Set(MAJOR_FREE_DOMAINS);
  const disposable = new Set(SUPPLEMENT_DISPOSABLE_DOMAINS);
  let majorSkeletons: Map<string, string> | undefined;
  lists = {
    // Only the exactly known lists are certain; everything else came from the filter.
    certain: (listed) => major.has(listed) || disposable.has(listed),
    knownSuffix: browserKnownSuffix,
    // The largest providers only (the server knows ~100): a typo of a smaller one is refused on submit.
    typoProviders: MAJOR_FREE_DOMAINS,
    disposable: (_domain, labels) => domainSuffixes(labels).find((suffix) => disposable.has(suffix)),
    free(_domain, labels) {
      // IDN domains are judged by the look-alike check; the list holds ASCII domains only.
      if (labels.some((label) => label.startsWith('xn--'))) return undefined;
      for (const suffix of domainSuffixes(labels)) {
        if (major.has(suffix)) return suffix;
        const key = domainSkeleton(suffix);
        if (key !== null && filter.has(key)) return suffix;
      }
      return undefined;
    },
    freeBySkeleton(skeleton) {
      majorSkeletons ??= new Map(
        MAJOR_FREE_DOMAINS.map((domain) => [domainSkeleton(domain) ?? domain, domain]),
      );
      return majorSkeletons.get(skeleton) ?? (filter.has(skeleton) ? true : undefined);
    },
  };
  return lists;
}
