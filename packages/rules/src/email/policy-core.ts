import { CONFUSABLE_GROUPS } from './data/confusables.generated.js';
import { type DomainLists, domainSuffixes } from './domain-lists.js';
import { createLocalPartClassifier } from './local-part.js';
import { forbiddenScriptMix } from './mixed-script.js';
import { createNearNames } from './near-names.js';
import { type EmailPolicyOptions, resolveEmailOptions } from './options.js';
import { domainToUnicode } from './punycode.js';
import { domainSkeleton, domainSkeletonWithoutMarks } from './skeleton.js';
import { parseAddress } from './syntax.js';
import type { EmailAccepted, EmailDomainParams, EmailPolicy, EmailVerdict } from './verdict.js';

// Reserved for tests and documentation (RFC 2606, RFC 6761): accepted so that hosts' test suites and examples
// work; no real person has an address there, and a server with the mail-domain check refuses them anyway.
const TESTING_TLDS = new Set(['example', 'test']);

let readable: Map<string, string> | undefined;

/** A readable ASCII reading of a Unicode domain (`gmаil.com` → `gmail.com`), for naming what a filter hit imitates. */
function readableReading(unicodeDomain: string): string {
  if (!readable) {
    readable = new Map();
    for (const [prototype, sources] of Object.entries(CONFUSABLE_GROUPS)) {
      // `rn` is the skeleton of `m`, `O` of `0`/`o`-like digits: show the letter people read.
      const reading = prototype === 'rn' ? 'm' : prototype === 'O' ? 'o' : prototype;
      for (const source of sources) readable.set(source, reading);
    }
  }
  let out = '';
  for (const ch of unicodeDomain.normalize('NFD'))
    out += ch.charCodeAt(0) < 128 ? ch : (readable.get(ch) ?? '');
  return out;
}

/**
 * Builds a policy over the given lists: the one algorithm both the server and the browser form run, so that
 * they differ only in their lists. Checks run in this order and the first rejection wins: syntax, allow-list,
 * deny-list, free-provider typo, disposable, free provider, look-alike, unknown TLD, shared mailbox, generic role;
 * an accepted address may carry a `domain-typo` hint.
 */
export function createPolicyCore(lists: DomainLists, options?: EmailPolicyOptions): EmailPolicy {
  const resolved = resolveEmailOptions(options);
  const { checks } = resolved;
  const classify = createLocalPartClassifier({
    roleWords: resolved.roleWords,
    sharedWords: resolved.sharedWords,
  });
  // Skeleton → protected host domain, for the confusable check against the host's own domains.
  const hostSkeletons = new Map<string, string>();
  for (const domain of resolved.protectedDomains) {
    const unicode = domainToUnicode(domain);
    // A host domain with diacritics (`bücher.de`) has no UTS #39 skeleton of its own (the mark is outside the
    // ASCII alphabet); without its marks it has one, so `bucher.de` and `bûcher.de` read as imitations of it.
    for (const skeleton of [domainSkeleton(unicode), domainSkeletonWithoutMarks(unicode)])
      if (skeleton !== null && !hostSkeletons.has(skeleton)) hostSkeletons.set(skeleton, domain);
  }
  const protectedSet = new Set(resolved.protectedDomains);
  const near = createNearNames(lists.typoProviders, resolved.protectedDomains);
  // `suggested` as the address it probably meant, domain in Unicode for "Did you mean …?".
  const suggest = (localPart: string, suggested: string) => ({
    suggestion: `${localPart}@${domainToUnicode(suggested)}`,
    suggestedDomain: suggested,
  });
  const inSet = (set: Set<string>, labels: readonly string[]) =>
    domainSuffixes(labels).find((suffix) => set.has(suffix));

  const lookalike = (
    domain: string,
    unicodeDomain: string,
    labels: readonly string[],
  ): EmailDomainParams | null => {
    // The host's own domain (or a subdomain of it) is not a look-alike of itself.
    if (inSet(protectedSet, labels)) return null;
    const isIdn = unicodeDomain !== domain;
    const unicodeLabels = unicodeDomain.split('.');
    let imitates: string | undefined;
    let tentative = false;
    for (let i = 0; i + 2 <= unicodeLabels.length && imitates === undefined; i += 1) {
      const suffix = unicodeLabels.slice(i).join('.');
      for (const skeleton of [domainSkeleton(suffix), isIdn ? domainSkeletonWithoutMarks(suffix) : null]) {
        if (skeleton === null) continue;
        const host = hostSkeletons.get(skeleton);
        if (host !== undefined) {
          imitates = host;
          break;
        }
        // ASCII domains are compared with the host's domains only: ASCII skeleton collisions (rn/m, 1/l) with the
        // 14,000 free providers would flag too many real companies; the exact free check covers ASCII names.
        if (!isIdn) continue;
        const free = lists.freeBySkeleton(skeleton);
        if (free !== undefined) {
          imitates = free === true ? readableReading(suffix) : free;
          tentative = free === true || !lists.certain(free);
          break;
        }
      }
    }
    // Plain ASCII: the look-alike characters of `ascii-confusables.ts` against the short list of providers and
    // brands people imitate, and the host's domains.
    if (imitates === undefined && !isIdn) imitates = near.lookalike(labels);
    const base: EmailDomainParams = { domain, unicodeDomain };
    if (imitates !== undefined) {
      const shown = domainToUnicode(imitates); // messages name it as people read it, never `xn--…`
      return { ...base, imitates: shown, reason: 'confusable', ...(tentative ? { tentative: true } : {}) };
    }
    for (const label of unicodeLabels) {
      const scripts = forbiddenScriptMix(label);
      if (scripts) return { ...base, reason: 'mixed-script', scripts };
    }
    return null;
  };

  return {
    check(input: string): EmailVerdict {
      const parsed = parseAddress(input);
      if (!parsed.ok) return { ok: false, code: 'invalid-syntax', params: parsed.params };
      const { localPart, domain, unicodeDomain, labels } = parsed;
      const accepted: EmailAccepted = { ok: true, address: `${localPart}@${domain}`, localPart, domain };
      if (resolved.allowAddresses.has(`${localPart.toLowerCase()}@${domain}`)) return accepted;
      const base = { domain, unicodeDomain };

      if (!inSet(resolved.allowDomains, labels)) {
        const denied = inSet(resolved.denyDomains, labels);
        if (denied) return { ok: false, code: 'denied-domain', params: { ...base, listed: denied } };
        // Before the lists: typo domains are often registered as throwaway inboxes (`gmial.com`), and "did you
        // mean …@gmail.com?" is what helps the person.
        if (checks.typo && checks.freeProvider) {
          const meant = near.providerTypo(labels);
          if (meant) {
            const params = { ...base, ...suggest(localPart, meant) };
            return { ok: false, code: 'free-provider-typo', params };
          }
        }
        if (checks.disposable) {
          const listed = lists.disposable(domain, labels);
          if (listed) return { ok: false, code: 'disposable', params: { ...base, listed } };
        }
        if (checks.freeProvider) {
          const listed = lists.free(domain, labels);
          if (listed) {
            const params = { ...base, listed, ...(lists.certain(listed) ? {} : { tentative: true }) };
            return { ok: false, code: 'free-provider', params };
          }
        }
        if (checks.lookalike) {
          const params = lookalike(domain, unicodeDomain, labels);
          if (params) return { ok: false, code: 'lookalike-domain', params };
        }
        const tld = labels[labels.length - 1] as string;
        if (checks.unknownTld && !TESTING_TLDS.has(tld) && !lists.knownSuffix(domain)) {
          const meant = near.tldSuggestion(labels);
          const params = {
            ...base,
            tld: domainToUnicode(tld),
            ...(meant ? suggest(localPart, meant) : {}),
          };
          return { ok: false, code: 'unknown-tld', params };
        }
      }

      const words = classify(localPart);
      if (checks.sharedMailbox && words.shared) {
        return { ok: false, code: 'shared-mailbox', params: { localPart, word: words.shared, domain } };
      }
      if (checks.genericRole && words.role) {
        return { ok: false, code: 'generic-role', params: { localPart, word: words.role, domain } };
      }
      return withHint(accepted, localPart, base, labels);
    },
  };

  function withHint(
    accepted: EmailAccepted,
    localPart: string,
    base: EmailDomainParams,
    labels: readonly string[],
  ): EmailAccepted {
    if (!checks.typo || inSet(resolved.allowDomains, labels)) return accepted;
    const meant = near.businessTypo(labels);
    if (meant === undefined) return accepted;
    return { ...accepted, hint: { code: 'domain-typo', params: { ...base, ...suggest(localPart, meant) } } };
  }
}
