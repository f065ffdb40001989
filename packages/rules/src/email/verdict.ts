/**
 * The e-mail verdict: what `check()` returns in both the server and the browser form. The codes are public API;
 * a caller must branch on `code` and build its message from `params`, never from anything else.
 */

/** Every code a rejected address can have; stable, public API. */
export const EMAIL_REJECTION_CODES = [
  'invalid-syntax',
  'free-provider',
  'disposable',
  'generic-role',
  'shared-mailbox',
  'lookalike-domain',
  'denied-domain',
  'free-provider-typo',
  'unknown-tld',
] as const;

/**
 * Codes of hints on an accepted address: worth a look, never a reason to refuse (forms show them as warnings).
 * `domain-typo`: the domain is one keyboard slip from a known company domain or the host's own (`microsft.com`).
 */
export const EMAIL_HINT_CODES = ['domain-typo'] as const;

/** One of {@link EMAIL_HINT_CODES}. */
export type EmailHintCode = (typeof EMAIL_HINT_CODES)[number];

/** Every code `check()` can report, rejection or hint: what a message catalog must cover. */
export const EMAIL_ISSUE_CODES = [...EMAIL_REJECTION_CODES, ...EMAIL_HINT_CODES] as const;

/** One of {@link EMAIL_REJECTION_CODES}. */
export type EmailRejectionCode = (typeof EMAIL_REJECTION_CODES)[number];

/** Why an address is not syntactically acceptable; `params.reason` of an `invalid-syntax` verdict. */
export type EmailSyntaxReason =
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'control-character'
  | 'missing-at'
  | 'multiple-at'
  | 'empty-local-part'
  | 'quoted-local-part'
  | 'local-part-too-long'
  | 'invalid-local-part'
  | 'empty-domain'
  | 'ip-literal'
  | 'invalid-domain'
  | 'single-label-domain'
  | 'label-too-long'
  | 'domain-too-long';

/** `params` of an `invalid-syntax` verdict: the reason plus the limit or character involved. */
export interface EmailSyntaxParams {
  reason: EmailSyntaxReason;
  /** The limit that was exceeded (`too-long`, `local-part-too-long`, `label-too-long`, `domain-too-long`). */
  max?: number;
  /** The offending character, when one character decided it (`invalid-local-part`, `invalid-domain`, `control-character`). */
  character?: string;
}

/**
 * `params` of a verdict about the domain (`free-provider`, `disposable`, `denied-domain`, `lookalike-domain`,
 * `free-provider-typo`, `unknown-tld`) and of a `domain-typo` hint. Show `unicodeDomain` to people, never `domain`.
 */
export interface EmailDomainParams {
  /** The address's domain as a lower-case A-label (`xn--gmil-63d.com`). */
  domain: string;
  /** The same domain as the user saw it (`gmаil.com`); equal to `domain` for ASCII domains. */
  unicodeDomain: string;
  /** The listed domain that matched: the domain itself or the parent it belongs to (`mail.gmx.de` → `gmx.de`). */
  listed?: string;
  /** `lookalike-domain` only: the protected domain being imitated (`gmail.com`), when one is known. */
  imitates?: string;
  /**
   * `lookalike-domain` only: `confusable` (UTS #39 skeleton, or the plain-ASCII look-alikes `0`/`o`, `1`/`l`/`i`,
   * `rn`/`m`, `vv`/`w`, `cl`/`d`, equal a protected domain's) or `mixed-script`.
   */
  reason?: 'confusable' | 'mixed-script';
  /** `lookalike-domain` with `mixed-script`: the scripts mixed in one label, e.g. `['Cyrillic', 'Latin']`. */
  scripts?: string[];
  /**
   * `free-provider-typo`, `domain-typo`, and `unknown-tld` when a likely ending exists: the address as it was
   * probably meant, domain in Unicode (`jane.doe@gmail.com`), ready for "Did you mean …?".
   */
  suggestion?: string;
  /** The domain of {@link suggestion} as a lower-case A-label. */
  suggestedDomain?: string;
  /** `unknown-tld` only: the ending that is not a public suffix (Unicode, `c` of `acme.c`). */
  tld?: string;
  /**
   * Browser form only: `true` when the rejection comes from the hashed filter and may be a false positive
   * (rate stated in docs/rules/email.md). Show it as a warning and let the server (exact lists) decide on submit.
   */
  tentative?: boolean;
}

/** `params` of `generic-role` and `shared-mailbox`: the local part and the word of it that matched. */
export interface EmailLocalPartParams {
  localPart: string;
  /** The matched word, lower-case and without separators (`noreply` for `no-reply`). */
  word: string;
  domain: string;
}

/** An accepted address. `domain` is the lower-case A-label; `address` is `localPart@domain`. */
export interface EmailAccepted {
  ok: true;
  address: string;
  /** The local part as typed (case kept: RFC 5321 local parts are case-sensitive). */
  localPart: string;
  domain: string;
  /** Set when the address is accepted but worth a second look: a "did you mean" that must not block. */
  hint?: EmailHint;
}

/** A hint on an accepted address. */
export interface EmailHint {
  code: EmailHintCode;
  params: EmailDomainParams;
}

/** A rejected address: exactly one code, and the params a message needs. */
export type EmailRejected =
  | { ok: false; code: 'invalid-syntax'; params: EmailSyntaxParams }
  | {
      ok: false;
      code:
        | 'free-provider'
        | 'disposable'
        | 'denied-domain'
        | 'lookalike-domain'
        | 'free-provider-typo'
        | 'unknown-tld';
      params: EmailDomainParams;
    }
  | { ok: false; code: 'generic-role' | 'shared-mailbox'; params: EmailLocalPartParams };

/** The result of checking one address. */
export type EmailVerdict = EmailAccepted | EmailRejected;

/** A policy: build one with `createEmailPolicy(options)` and call `check` per address; it never throws. */
export interface EmailPolicy {
  /** Checks one address; any string (even 50,000 characters of junk) gets a verdict, never an exception. */
  check(input: string): EmailVerdict;
}
