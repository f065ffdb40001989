import { domainToUnicode } from './punycode.js';
import type { EmailSyntaxParams } from './verdict.js';

/** A syntactically valid address, split and normalised. */
export interface ParsedAddress {
  ok: true;
  localPart: string;
  /** Lower-case A-label, no trailing dot. */
  domain: string;
  /** The domain in Unicode (U-labels), for script and confusable checks. */
  unicodeDomain: string;
  labels: string[];
}

/** The syntax problem, as the `params` of an `invalid-syntax` verdict. */
export type SyntaxProblem = { ok: false; params: EmailSyntaxParams };

/** RFC 5321 §4.5.3.1 limits. */
export const MAX_LOCAL_PART = 64;
export const MAX_ADDRESS = 254;
export const MAX_DOMAIN = 253;
export const MAX_LABEL = 63;
/**
 * Raw input longer than this is rejected before anything else looks at it. It leaves room above 254 for
 * characters that UTS #46 removes (soft hyphens, zero-width spaces) and surrounding spaces, and it is what keeps
 * the check's cost bounded whatever the input: nothing below scans more than this many characters.
 */
export const MAX_RAW_INPUT = 512;

const problem = (params: EmailSyntaxParams): SyntaxProblem => ({ ok: false, params });

// atext of RFC 5322 §3.2.3, as the HTML e-mail profile allows it, indexed by char code for a linear scan.
const ATEXT = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-") {
  ATEXT[ch.charCodeAt(0)] = 1;
}

const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f);
const isAsciiDomainChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2d ||
  code === 0x2e;

function checkLocalPart(local: string): SyntaxProblem | null {
  if (local.length === 0) return problem({ reason: 'empty-local-part' });
  if (local.charCodeAt(0) === 0x22) return problem({ reason: 'quoted-local-part' });
  for (let i = 0; i < local.length; i += 1) {
    const code = local.charCodeAt(i);
    if (code === 0x2e) {
      // RFC 5322 dot-atom: no leading, trailing or doubled dot (stricter than the HTML profile, which mail servers reject).
      if (i === 0 || i === local.length - 1 || local.charCodeAt(i - 1) === 0x2e) {
        return problem({ reason: 'invalid-local-part', character: '.' });
      }
    } else if (code >= 128 || ATEXT[code] !== 1) {
      return problem({
        reason: 'invalid-local-part',
        character: String.fromCodePoint(local.codePointAt(i) ?? code),
      });
    }
  }
  if (local.length > MAX_LOCAL_PART) return problem({ reason: 'local-part-too-long', max: MAX_LOCAL_PART });
  return null;
}

/**
 * UTS #46 processing through the WHATWG host parser (`new URL`), which every browser and Node ship: maps
 * fullwidth forms and case, drops ignorable characters, Punycode-encodes, rejects disallowed code points.
 * Returns the lower-case A-label domain without a trailing dot, or a problem.
 */
export function normaliseDomain(raw: string): { ok: true; domain: string; labels: string[] } | SyntaxProblem {
  if (raw.length === 0) return problem({ reason: 'empty-domain' });
  if (raw.charCodeAt(0) === 0x5b) return problem({ reason: 'ip-literal' });
  // ASCII other than letters, digits, '-' and '.' would be read as URL syntax (port, path, percent-escape) or
  // allowed by WHATWG but not by mail ('_'), so refuse it before the URL parser sees it.
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code < 128 && !isAsciiDomainChar(code))
      return problem({ reason: 'invalid-domain', character: raw[i] as string });
  }
  let host: string;
  try {
    host = new URL(`http://${raw}/`).hostname;
  } catch {
    return problem({ reason: 'invalid-domain' });
  }
  // One trailing dot is the DNS root (`gmail.com.`), the same domain.
  if (host.endsWith('.')) host = host.slice(0, -1);
  const labels = host.split('.');
  if (labels.length < 2)
    return problem({ reason: labels[0] === '' ? 'empty-domain' : 'single-label-domain' });
  for (const label of labels) {
    if (label.length === 0) return problem({ reason: 'invalid-domain', character: '.' });
    if (label.length > MAX_LABEL) return problem({ reason: 'label-too-long', max: MAX_LABEL });
    for (let i = 0; i < label.length; i += 1) {
      const code = label.charCodeAt(i);
      // UTS #46 may map a non-ASCII character onto ASCII punctuation (fullwidth '＿' → '_'): check the result too.
      if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d)) {
        return problem({ reason: 'invalid-domain', character: label[i] as string });
      }
    }
    if (label.startsWith('-') || label.endsWith('-'))
      return problem({ reason: 'invalid-domain', character: '-' });
  }
  // WHATWG reads a host whose last label is a number as IPv4 (`0x7f.1` → `127.0.0.1`): that is an IP literal.
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) return problem({ reason: 'ip-literal' });
  if (host.length > MAX_DOMAIN) return problem({ reason: 'domain-too-long', max: MAX_DOMAIN });
  return { ok: true, domain: host, labels };
}

/**
 * Parses an address in linear time without backtracking regexes: the HTML/WHATWG e-mail profile with RFC 5321
 * limits, no quoted local parts, no IP literals, no single-label domains, no control characters. Surrounding
 * spaces are ignored (as `<input type=email>` does). Never throws.
 */
export function parseAddress(input: unknown): ParsedAddress | SyntaxProblem {
  if (typeof input !== 'string') return problem({ reason: 'not-a-string' });
  // Length first, so that no later step ever scans more than MAX_RAW_INPUT characters.
  if (input.length > MAX_RAW_INPUT) return problem({ reason: 'too-long', max: MAX_ADDRESS });
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) === 0x20) start += 1;
  while (end > start && input.charCodeAt(end - 1) === 0x20) end -= 1;
  const text = input.slice(start, end);
  if (text.length === 0) return problem({ reason: 'empty' });
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isControl(code)) return problem({ reason: 'control-character', character: text[i] as string });
  }
  const at = text.lastIndexOf('@');
  if (at === -1) return problem({ reason: 'missing-at' });
  const local = text.slice(0, at);
  if (local.charCodeAt(0) === 0x22) return problem({ reason: 'quoted-local-part' });
  if (local.includes('@')) return problem({ reason: 'multiple-at' });
  const localProblem = checkLocalPart(local);
  if (localProblem) return localProblem;
  const domain = normaliseDomain(text.slice(at + 1));
  if (!domain.ok) return domain;
  if (local.length + 1 + domain.domain.length > MAX_ADDRESS)
    return problem({ reason: 'too-long', max: MAX_ADDRESS });
  return {
    ok: true,
    localPart: local,
    domain: domain.domain,
    unicodeDomain: domainToUnicode(domain.domain),
    labels: domain.labels,
  };
}
