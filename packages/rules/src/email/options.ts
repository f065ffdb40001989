import { GatehouseError } from '../common/errors.js';
import { normaliseDomain } from './syntax.js';

/** Checks that can be switched off; all are on by default (syntax is always checked). */
export interface EmailChecks {
  freeProvider?: boolean;
  disposable?: boolean;
  genericRole?: boolean;
  sharedMailbox?: boolean;
  lookalike?: boolean;
  /** Keyboard typos: of free providers (refused, `free-provider-typo`) and of company domains (`domain-typo` hint). */
  typo?: boolean;
  /** Endings that are not public suffixes (`acme.c`, `acme.con`): `unknown-tld`. */
  unknownTld?: boolean;
}

/**
 * Options of `createEmailPolicy`. Domains may be typed in Unicode or as `xn--` A-labels, any case; a domain
 * entry also covers its subdomains. Bad options throw a `GatehouseError` with code `invalid-option` at creation,
 * never later in `check`.
 */
export interface EmailPolicyOptions {
  /**
   * Allowed domains (`partner-mail.com`) or full addresses (`info@partner.com`). An allowed domain wins over every
   * domain list check (deny, disposable, free, look-alike); the role/shared checks still apply to it. An allowed
   * address wins over every check except syntax (how a reviewer's override of a false positive is recorded).
   */
  allow?: readonly string[];
  /** Denied domains: rejected with `denied-domain` (unless allowed). */
  deny?: readonly string[];
  /** Switch checks off, e.g. `{ genericRole: false }`. */
  checks?: EmailChecks;
  /** Extra generic-role words (`kundenservice`), compared with whole local-part tokens. */
  roleWords?: readonly string[];
  /** Extra shared-mailbox words (`projektteam`). */
  sharedWords?: readonly string[];
  /**
   * The host's own domains, protected against look-alikes (also plain-ASCII ones: `acrne.com`, `acme-c0rp.com`);
   * keyboard typos of them (`acme.cm`) get a `domain-typo` hint.
   */
  protectedDomains?: readonly string[];
}

/** Options after validation and normalisation. */
export interface ResolvedEmailOptions {
  allowDomains: Set<string>;
  allowAddresses: Set<string>;
  denyDomains: Set<string>;
  checks: Required<EmailChecks>;
  roleWords: string[];
  sharedWords: string[];
  protectedDomains: string[];
}

const invalid = (option: string, message: string, params: Record<string, unknown> = {}): GatehouseError =>
  new GatehouseError('invalid-option', `createEmailPolicy: ${option}: ${message}`, { option, ...params });

function stringList(options: EmailPolicyOptions, option: keyof EmailPolicyOptions): string[] {
  const value = options[option];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(option, 'expected an array of strings');
  return value.map((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '') {
      throw invalid(`${option}[${index}]`, 'expected a non-empty string', { index, value: entry });
    }
    return entry.trim();
  });
}

function domainOf(option: string, index: number, raw: string): string {
  const result = normaliseDomain(raw);
  if (!result.ok) {
    throw invalid(`${option}[${index}]`, `"${raw}" is not a valid domain (${result.params.reason})`, {
      index,
      value: raw,
      reason: result.params.reason,
    });
  }
  return result.domain;
}

function wordOf(option: string, index: number, raw: string): string {
  if (!/^[a-z0-9._-]+$/i.test(raw) || !/[a-z]/i.test(raw)) {
    throw invalid(`${option}[${index}]`, `"${raw}" is not a word of letters, digits, '.', '_' or '-'`, {
      index,
      value: raw,
    });
  }
  return raw.toLowerCase();
}

/** Validates and normalises options; throws `GatehouseError('invalid-option')` naming the option and index. */
export function resolveEmailOptions(options: EmailPolicyOptions = {}): ResolvedEmailOptions {
  if (typeof options !== 'object' || options === null) throw invalid('options', 'expected an object');
  const allowDomains = new Set<string>();
  const allowAddresses = new Set<string>();
  stringList(options, 'allow').forEach((entry, index) => {
    const at = entry.lastIndexOf('@');
    if (at === -1) allowDomains.add(domainOf('allow', index, entry));
    else {
      const local = entry.slice(0, at);
      if (local === '')
        throw invalid(`allow[${index}]`, `"${entry}" has an empty local part`, { index, value: entry });
      allowAddresses.add(`${local.toLowerCase()}@${domainOf('allow', index, entry.slice(at + 1))}`);
    }
  });
  const denyDomains = new Set(
    stringList(options, 'deny').map((entry, index) => domainOf('deny', index, entry)),
  );
  const checks = options.checks ?? {};
  if (typeof checks !== 'object' || checks === null)
    throw invalid('checks', 'expected an object of booleans');
  const known = [
    'freeProvider',
    'disposable',
    'genericRole',
    'sharedMailbox',
    'lookalike',
    'typo',
    'unknownTld',
  ];
  for (const [name, value] of Object.entries(checks)) {
    if (!known.includes(name)) throw invalid(`checks.${name}`, `unknown check; known: ${known.join(', ')}`);
    if (typeof value !== 'boolean') throw invalid(`checks.${name}`, 'expected true or false');
  }
  return {
    allowDomains,
    allowAddresses,
    denyDomains,
    checks: {
      freeProvider: checks.freeProvider ?? true,
      disposable: checks.disposable ?? true,
      genericRole: checks.genericRole ?? true,
      sharedMailbox: checks.sharedMailbox ?? true,
      lookalike: checks.lookalike ?? true,
      typo: checks.typo ?? true,
      unknownTld: checks.unknownTld ?? true,
    },
    roleWords: stringList(options, 'roleWords').map((word, index) => wordOf('roleWords', index, word)),
    sharedWords: stringList(options, 'sharedWords').map((word, index) => wordOf('sharedWords', index, word)),
    protectedDomains: stringList(options, 'protectedDomains').map((entry, index) =>
      domainOf('protectedDomains', index, entry),
    ),
  };
}
