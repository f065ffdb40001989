import { isKeyboardTypo } from '../keyboard-typo.js';
import { LIKELY_TLDS } from '../near-names.js';

/**
 * The real TLDs among the keyboard typos of {@link LIKELY_TLDS} (`cm`, `co` and `om` for `com`, …). A test checks
 * this against the IANA root zone (npm package `tlds`), so a new TLD that is one slip from `.com` is noticed.
 */
export const REAL_TYPO_TLDS = ['om', 'cm', 'co', 'bet', 'et', 'ne', 'ee', 're', 'se'];

/**
 * The browser's answer to "does `domain` end in a real TLD?", without shipping the list (1,438 TLDs would cost
 * ~1 KB gzip of the 15 KB budget): one letter never; a keyboard typo of `.com`, `.net`, `.org` or `.de` that is
 * no TLD (`con`, `cmo`, `comm`, `nte`, `ogr`, `dr`) never; anything else yes. So it never refuses a real TLD, and
 * other made-up endings (`acme.zzz`) are refused by the server, which asks the Public Suffix List.
 */
export function browserKnownSuffix(domain: string): boolean {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return (
    tld.length > 1 &&
    (REAL_TYPO_TLDS.includes(tld) ||
      !LIKELY_TLDS.some((likely) => isKeyboardTypo(tld, likely, { fixedFirst: false })))
  );
}
