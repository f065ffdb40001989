/**
 * The data the false-positive rate is measured on (test and bench share it): real company domains from the npm
 * package `simple-icons` (the brands' own sites, CC0), real companies known to sit one slip from a provider or
 * brand, and near-misses generated from the protected names.
 */
import { createRequire } from 'node:module';
import { getDomain } from 'tldts';
import {
  IMPERSONATED_BRAND_DOMAINS,
  REGIONAL_TYPO_FREE_DOMAINS,
} from '../src/email/lists/impersonated-domains.js';
import { MAJOR_FREE_DOMAINS } from '../src/email/lists/supplement.js';

const require = createRequire(import.meta.url);

/** Real companies next to a provider or brand; every one must pass without a refusal. */
export const REAL_NEAR_MISSES: readonly string[] = [
  'gm.com', // General Motors, one letter from gmx.com
  'cloud.com', // Cloud Software Group, icloud.com without its first letter
  'acme.co', // a start-up on .co (gmail.co is refused)
  'aon.com', // Aon plc, one key from aol.com
  'ge.com', // General Electric, one key from me.com
  'web.com', // Web.com, the provider is web.de
  'orange.com', // Orange S.A. (the provider is orange.fr)
  'max.com', // the streaming service, one key from mac.com
  'ibm.com',
  'hp.com',
  'bt.com', // BT Group
  'sky.de', // Sky Deutschland (the UK provider is sky.com)
  'mail.de', // a German provider itself, but not a typo of mail.com
  'photon.com', // far key from proton: not a typo
  'hotmart.com', // Hotmart, two letters from hotmail
  'yahoo.net', // Yahoo's own infrastructure domain, not a typo of yahoo.com
  'google.de',
  'microsoft.de',
  'paypal.me',
  'amazon.co.uk',
  'apple.news',
  'meta.ai',
  'chase.co.uk',
  'live.nation.com',
  'livenation.com',
  'gmailify.com',
  'outlooksoft.com',
];

/** Registrable domains of the brands in `simple-icons/icons.json` (their `source` pages), minus code hosts. */
export function simpleIconsDomains(): string[] {
  const icons = require('simple-icons/icons.json') as Array<{ source: string }>;
  // Pages about a brand but not on its own domain: code and wiki hosts.
  const hosts = new Set([
    'github.com',
    'github.io',
    'gitlab.com',
    'wikimedia.org',
    'wikipedia.org',
    'figma.com',
  ]);
  const out = new Set<string>();
  for (const { source } of icons) {
    let domain: string | null = null;
    try {
      domain = getDomain(new URL(source).hostname);
    } catch {
      continue;
    }
    if (domain && !hosts.has(domain)) out.add(domain);
  }
  return [...out].sort();
}

/** Every protected name: the providers whose typos are refused, and the brands. */
export const PROTECTED_NAMES: readonly string[] = [
  ...MAJOR_FREE_DOMAINS,
  ...REGIONAL_TYPO_FREE_DOMAINS,
  ...IMPERSONATED_BRAND_DOMAINS,
];

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every domain one edit (insert, delete, substitute, swap) from `domain`'s first label, suffix kept. */
export function singleEdits(domain: string): string[] {
  const dot = domain.indexOf('.');
  const name = domain.slice(0, dot);
  const suffix = domain.slice(dot);
  const out = new Set<string>();
  for (let i = 0; i <= name.length; i += 1) {
    for (const ch of ALPHABET) {
      out.add(name.slice(0, i) + ch + name.slice(i));
      if (i < name.length) out.add(name.slice(0, i) + ch + name.slice(i + 1));
    }
    if (i < name.length) out.add(name.slice(0, i) + name.slice(i + 1));
    if (i + 1 < name.length) out.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
  }
  out.delete(name);
  return [...out].filter((n) => n.length > 0).map((n) => n + suffix);
}
