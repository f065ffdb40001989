/**
 * Domains near a protected name: plain-ASCII look-alikes (`micros0ft.com`), keyboard typos of free providers
 * (`gmial.com`, `gmail.con`) and of business names (`microsft.com`, the host's `acme.cm`), and a likely meant
 * top-level domain for one that does not exist (`acme.cmo` → `acme.com`). One algorithm for the server and the
 * browser form: the same brands, the browser only the largest providers (`lists/impersonated-domains.ts`).
 */
import { foldAsciiConfusables } from './ascii-confusables.js';
import { isKeyboardTypo } from './keyboard-typo.js';
import { IMPERSONATED_BRAND_DOMAINS } from './lists/impersonated-domains.js';

/** A protected domain split into its first label and the rest (`yahoo.co.uk` → `yahoo` + `co.uk`). */
interface ProtectedName {
  domain: string;
  name: string;
  suffix: string;
  suffixLabels: number;
  fold: string;
}

const protectedName = (domain: string): ProtectedName => {
  const dot = domain.indexOf('.');
  const suffix = domain.slice(dot + 1);
  const name = domain.slice(0, dot);
  return { domain, name, suffix, suffixLabels: suffix.split('.').length, fold: foldAsciiConfusables(name) };
};

// Names shorter than this get no name typos: one slip from `gmx` or `aol` is a real company (`gm.com`, `aon.com`).
const MIN_TYPO_NAME = 5;
// Exact name with a mistyped ending (`gmail.co`) needs at least this long a name (`me.co` is no typo of me.com).
const MIN_SUFFIX_TYPO_NAME = 3;
/** Where a mistyped or unknown ending most likely wanted to go, in this order. */
export const LIKELY_TLDS = ['com', 'net', 'org', 'de'];
// Real country endings one slip from `.com`/`.net` that a company's mail rarely uses: a hint, never a refusal.
// `.co` is left out: start-ups use it (`acme.co` passes silently).
const RARE_TLD_HINTS: Readonly<Record<string, string>> = { cm: 'com', om: 'com', ne: 'net', et: 'net' };

/** What {@link createNearNames} answers; every answer is a lower-case A-label domain or `undefined`. */
export interface NearNames {
  /** The protected domain that `labels` imitate with ASCII look-alike characters. */
  lookalike(labels: readonly string[]): string | undefined;
  /** The free provider `labels` are a keyboard typo of (`gmial.com` → `gmail.com`). */
  providerTypo(labels: readonly string[]): string | undefined;
  /** The brand or host domain `labels` are a keyboard typo of, or the `.com`/`.net` of a rare ending. */
  businessTypo(labels: readonly string[]): string | undefined;
  /** For a top-level domain that does not exist: the same name under the ending most likely meant. */
  tldSuggestion(labels: readonly string[]): string | undefined;
}

/**
 * The near-name checks over the free providers whose typos are refused (`DomainLists.typoProviders`), the built-in
 * brands and the host's protected domains (all lower-case A-labels).
 */
export function createNearNames(typoProviders: readonly string[], hostDomains: readonly string[]): NearNames {
  const providers = typoProviders.map(protectedName);
  const business = [...hostDomains, ...IMPERSONATED_BRAND_DOMAINS].map(protectedName);
  const everything = [...business, ...providers];
  const exact = new Set(everything.map((p) => p.domain));
  // Look-alikes are found by one lookup per suffix length: "fold suffix" → the protected name (first one wins).
  const byFold = new Map<string, ProtectedName>();
  for (const p of everything)
    if (!byFold.has(`${p.fold} ${p.suffix}`)) byFold.set(`${p.fold} ${p.suffix}`, p);
  const suffixCounts = [...new Set(everything.map((p) => p.suffixLabels))].sort();

  // The input's label before the target's suffix, and the input's suffix of the same length.
  const parts = (labels: readonly string[], target: ProtectedName) => {
    const at = labels.length - target.suffixLabels - 1;
    return at < 0 ? undefined : { name: labels[at] as string, suffix: labels.slice(at + 1).join('.') };
  };
  const isProtected = (labels: readonly string[]) => {
    for (let i = 0; i + 2 <= labels.length; i += 1) if (exact.has(labels.slice(i).join('.'))) return true;
    return false;
  };
  const typoOf = (labels: readonly string[], targets: readonly ProtectedName[]) => {
    if (isProtected(labels)) return undefined;
    for (const target of targets) {
      const input = parts(labels, target);
      if (!input) continue;
      if (
        input.name === target.name
          ? target.name.length >= MIN_SUFFIX_TYPO_NAME &&
            isKeyboardTypo(input.suffix, target.suffix, { fixedFirst: false })
          : input.suffix === target.suffix &&
            target.name.length >= MIN_TYPO_NAME &&
            isKeyboardTypo(input.name, target.name, { fixedFirst: true })
      )
        return target.domain;
    }
    return undefined;
  };

  return {
    lookalike(labels) {
      if (isProtected(labels)) return undefined;
      for (const count of suffixCounts) {
        const at = labels.length - count - 1;
        if (at < 0) break;
        const key = `${foldAsciiConfusables(labels[at] as string)} ${labels.slice(at + 1).join('.')}`;
        const target = byFold.get(key);
        if (target && target.name !== labels[at]) return target.domain;
      }
      return undefined;
    },
    providerTypo: (labels) => typoOf(labels, providers),
    businessTypo(labels) {
      const typo = typoOf(labels, business);
      if (typo !== undefined || labels.length !== 2) return typo;
      const likely = RARE_TLD_HINTS[labels[1] as string];
      return likely === undefined ? undefined : `${labels[0]}.${likely}`;
    },
    tldSuggestion(labels) {
      const tld = labels[labels.length - 1] as string;
      const likely = LIKELY_TLDS.find(
        (candidate) => candidate.startsWith(tld) || isKeyboardTypo(tld, candidate, { fixedFirst: false }),
      );
      return likely === undefined ? undefined : [...labels.slice(0, -1), likely].join('.');
    },
  };
}
