import { GatehouseError } from '../common/errors.js';
import type { PasswordBlocklist } from './blocklist.js';
import { contextWords } from './context-words.js';
import { keyboardWalk } from './keyboard-walks.js';
import { comparisonForm, countCodePoints } from './normalize.js';
import { weakPattern } from './weak-patterns.js';

/** Every code a password check can return. Public API: messages are keyed by these. */
export type PasswordCode =
  | 'too-short'
  | 'too-long'
  | 'missing-lowercase'
  | 'missing-uppercase'
  | 'missing-digit'
  | 'missing-symbol'
  | 'contains-context'
  | 'common-password';

/** One failed requirement with what a message needs (`min`, `max`, `length`, `word`, `reason`…). */
export interface PasswordFailure {
  code: PasswordCode;
  params: Record<string, string | number>;
}

/** Result of {@link PasswordPolicy.check}. */
export type PasswordVerdict = { ok: true } | ({ ok: false } & PasswordFailure);

/**
 * A requirement as data for display ("at least 15 characters"): `code` is the failure it prevents, so one
 * message catalog serves the checklist and the errors.
 */
export interface PasswordRequirement {
  code: PasswordCode;
  params: Record<string, string | number>;
}

/** What {@link PasswordPolicy.describe} returns. */
export interface PasswordPolicyDescription {
  minLength: number;
  maxLength: number;
  requirements: PasswordRequirement[];
}

/** Composition rules a host may demand. NIST SP 800-63B-4 says not to; all off by default. */
export interface CompositionRules {
  lowercase?: boolean;
  uppercase?: boolean;
  digit?: boolean;
  /** Anything that is neither a letter, a number nor white space. */
  symbol?: boolean;
}

/** Options shared by both policy factories. */
export interface PasswordPolicyOptions {
  /** The account has a second factor: the default minimum drops from 15 to 8 (NIST SP 800-63B-4 §3.1.1.2). */
  mfa?: boolean;
  /** Minimum length in code points (default 15, or 8 with `mfa`); at least 8. */
  minLength?: number;
  /** Maximum length in code points (default 64); at least 64, as NIST requires. */
  maxLength?: number;
  /** Words every password is checked against, e.g. the service name `['Gatehouse', 'ACME Portal']`. */
  context?: readonly string[];
  /** Context words shorter than this are ignored (default 4 code points; at least 3). */
  minContextWordLength?: number;
  /**
   * Refuse repetitive ("aaaa…"), sequential ("12345…") and keyboard-walk ("qwertyuiopasdfghjkl") passwords as
   * `common-password` with `reason` `repetitive`, `sequential` or `keyboard` (default true).
   */
  rejectWeakPatterns?: boolean;
  /** Composition rules; off unless the host demands them. */
  composition?: CompositionRules;
  /** The blocklist of common passwords. */
  blocklist?: PasswordBlocklist;
}

/** A configured password policy. */
export interface PasswordPolicy {
  /**
   * The first failed requirement, or `{ ok: true }`. Pass per-user words (e-mail, names, company) as
   * `context`. Order: length, composition, context, blocklist.
   */
  check(password: string, options?: { context?: readonly string[] }): PasswordVerdict;
  /** Every failed requirement, for a checklist updated as the user types (empty when acceptable). */
  checkAll(password: string, options?: { context?: readonly string[] }): PasswordFailure[];
  /** The requirements as data (codes and params), for the UI to render and localise. */
  describe(): PasswordPolicyDescription;
}

function invalidOption(field: string, message: string, value: unknown): GatehouseError {
  return new GatehouseError('invalid-option', `${field} ${message}`, { field, value });
}

function integerOption(value: unknown, fallback: number, field: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min) {
    throw invalidOption(field, `must be an integer of at least ${min}`, value);
  }
  return value as number;
}

const COMPOSITION: ReadonlyArray<[keyof CompositionRules, PasswordCode, RegExp]> = [
  ['lowercase', 'missing-lowercase', /\p{Ll}/u],
  ['uppercase', 'missing-uppercase', /\p{Lu}/u],
  ['digit', 'missing-digit', /\p{Nd}/u],
  ['symbol', 'missing-symbol', /[^\p{L}\p{N}\s]/u],
];

/**
 * A password policy that uses only the blocklist it is given (none if `blocklist` is omitted): the browser
 * form of {@link createPasswordPolicy}, with the same codes, that keeps the 380 KB list out of the bundle.
 * Pass `await loadCommonPasswords()` to get the list lazily; the server must check with the full policy anyway.
 */
export function createBrowserPasswordPolicy(options: PasswordPolicyOptions = {}): PasswordPolicy {
  if (typeof options !== 'object' || options === null)
    throw invalidOption('options', 'must be an object', options);
  const mfa = options.mfa === true;
  const minLength = integerOption(options.minLength, mfa ? 8 : 15, 'minLength', 8);
  const maxLength = integerOption(options.maxLength, Math.max(64, minLength), 'maxLength', 64);
  if (maxLength < minLength)
    throw invalidOption('maxLength', `must be at least minLength (${minLength})`, maxLength);
  const minContextWordLength = integerOption(options.minContextWordLength, 4, 'minContextWordLength', 3);
  const rejectWeakPatterns = options.rejectWeakPatterns !== false;
  const { blocklist } = options;
  if (blocklist !== undefined && (typeof blocklist !== 'object' || typeof blocklist?.has !== 'function')) {
    throw invalidOption(
      'blocklist',
      'must be a PasswordBlocklist (see createPasswordBlocklist)',
      typeof blocklist,
    );
  }
  const composition = COMPOSITION.filter(([key]) => options.composition?.[key] === true);
  const staticContext = contextWords(options.context ?? [], minContextWordLength);

  function failures(
    password: string,
    context: readonly string[] | undefined,
    all: boolean,
  ): PasswordFailure[] {
    if (typeof password !== 'string') {
      throw new GatehouseError('invalid-argument', 'password must be a string', { field: 'password' });
    }
    const found: PasswordFailure[] = [];
    const length = countCodePoints(password);
    if (length < minLength) found.push({ code: 'too-short', params: { min: minLength, length } });
    if (length > maxLength) {
      found.push({ code: 'too-long', params: { max: maxLength, length } });
      // Nothing else is worth computing on an over-long input (and it bounds the work on hostile input).
      return found;
    }
    if (!all && found.length > 0) return found;
    for (const [, code, pattern] of composition) {
      if (!pattern.test(password)) {
        found.push({ code, params: {} });
        if (!all) return found;
      }
    }
    const compared = comparisonForm(password);
    const words =
      context === undefined
        ? staticContext
        : [...staticContext, ...contextWords(context, minContextWordLength)];
    const word = words.find((candidate) => compared.includes(candidate));
    if (word !== undefined) {
      found.push({ code: 'contains-context', params: { word } });
      if (!all) return found;
    }
    if (blocklist?.has(compared)) {
      found.push({ code: 'common-password', params: { reason: 'listed' } });
    } else if (rejectWeakPatterns) {
      const reason = weakPattern(compared) ?? keyboardWalk(compared);
      if (reason) found.push({ code: 'common-password', params: { reason } });
    }
    return found;
  }

  const requirements: PasswordRequirement[] = [
    { code: 'too-short', params: { min: minLength } },
    { code: 'too-long', params: { max: maxLength } },
    ...composition.map(([, code]) => ({ code, params: {} })),
    { code: 'contains-context', params: { minWordLength: minContextWordLength } },
  ];
  if (blocklist || rejectWeakPatterns) {
    requirements.push({
      code: 'common-password',
      params: blocklist
        ? { source: blocklist.source, size: blocklist.size }
        : { source: 'patterns', size: 0 },
    });
  }

  return {
    check(password, checkOptions) {
      const [first] = failures(password, checkOptions?.context, false);
      return first ? { ok: false, ...first } : { ok: true };
    },
    checkAll: (password, checkOptions) => failures(password, checkOptions?.context, true),
    describe: () => ({
      minLength,
      maxLength,
      requirements: requirements.map((r) => ({ ...r, params: { ...r.params } })),
    }),
  };
}
