import { parse } from 'tldts';

/**
 * True when `domain` (lower-case A-label) ends in a public suffix of the Public Suffix List (ICANN or private
 * section, via tldts): `acme.com`, `acme.co.za`, `acme.za.com`. False for endings nobody can register under:
 * `acme.c`, `acme.con`, `acme.za` (South Africa registers only below `co.za` and the like), `acme.local`.
 */
export function serverKnownSuffix(domain: string): boolean {
  const parsed = parse(domain, { allowPrivateDomains: true, extractHostname: false });
  return parsed.isIcann === true || parsed.isPrivate === true;
}
