/**
 * What the policy needs from the provider lists. The server form answers from the exact npm lists; the browser
 * form from a compact filter. A caller building its own form must keep every answer a listed domain or
 * `undefined`, and set `tentative` when a hit may be a false positive.
 */
export interface DomainLists {
  /** The listed disposable domain that `domain` (lower-case A-label) is or belongs to. */
  disposable(domain: string, labels: readonly string[]): string | undefined;
  /** The listed free provider that `domain` is or belongs to. */
  free(domain: string, labels: readonly string[]): string | undefined;
  /**
   * A free provider whose skeleton equals `skeleton` (the UTS #39 skeleton of the domain or of a parent), or
   * `true` when one exists but cannot be named (a filter), or `undefined`.
   */
  freeBySkeleton(skeleton: string): string | true | undefined;
  /** False when a hit naming `listed` may be a false positive (a hashed filter's hit); true for exact lists. */
  certain(listed: string): boolean;
  /**
   * True when `domain` ends in a real public suffix. The browser may answer true for a made-up ending (the server
   * refuses it), never false for a real one.
   */
  knownSuffix(domain: string): boolean;
  /** Free providers whose keyboard typos are refused with a suggestion (lower-case ASCII). */
  typoProviders: readonly string[];
}

/**
 * The domain and each parent that still has at least two labels, longest first:
 * `a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`.
 */
export function domainSuffixes(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i += 1) out.push(labels.slice(i).join('.'));
  return out;
}
