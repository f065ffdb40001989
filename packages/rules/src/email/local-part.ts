import { ROLE_WORDS, SHARED_MARKERS, SHARED_WORDS } from './local-part-words.js';

/** The words of a local part that make it a shared and/or a role mailbox (each `undefined` when none). */
export type LocalPartMatch = { shared?: string; role?: string };

/** The word lists a classifier uses; build one with {@link createLocalPartClassifier}. */
export interface LocalPartWords {
  /** Extra role words (any case; compared lower-case, separators removed). */
  roleWords?: readonly string[];
  /** Extra shared-mailbox words. */
  sharedWords?: readonly string[];
}

/**
 * Splits a local part into lower-case word tokens: the `+tag` (sub-address) is dropped, and `.`, `_`, `-` and
 * digits separate words (`Support-Team2+x` → `support`, `team`). Callers must pass a syntactically valid local part.
 */
export function localPartTokens(localPart: string): string[] {
  const plus = localPart.indexOf('+');
  const base = (plus === -1 ? localPart : localPart.slice(0, plus)).toLowerCase();
  return base.split(/[._\-0-9]+/).filter((token) => token.length > 0);
}

// A configured word may be written with separators (`no-reply`); it is compared in its joined form.
const joinWord = (word: string): string => localPartTokens(word).join('');

/**
 * Builds the role/shared classifier. A local part is a role or shared mailbox when its first token, or all of its
 * tokens joined (`no-reply` → `noreply`), is a listed word; a team marker (`team`, `group`, …) counts as any
 * token. Never substrings: `steamer.j` is a person. The policy lets shared win (`support-team` is shared).
 */
export function createLocalPartClassifier(extra: LocalPartWords = {}): (localPart: string) => LocalPartMatch {
  const shared = new Set([...SHARED_WORDS, ...(extra.sharedWords ?? []).map(joinWord)]);
  const role = new Set([...ROLE_WORDS, ...(extra.roleWords ?? []).map(joinWord)]);
  const markers = new Set(SHARED_MARKERS);
  role.delete('');
  shared.delete('');

  return (localPart) => {
    const tokens = localPartTokens(localPart);
    if (tokens.length === 0) return {};
    const joined = tokens.join('');
    const first = tokens[0] as string;
    const match: LocalPartMatch = {};
    match.shared = shared.has(joined)
      ? joined
      : shared.has(first)
        ? first
        : tokens.find((token) => markers.has(token));
    match.role = role.has(joined) ? joined : role.has(first) ? first : undefined;
    if (match.shared === undefined) delete match.shared;
    if (match.role === undefined) delete match.role;
    return match;
  };
}
