import { comparisonForm } from './normalize.js';

/**
 * A set of passwords to refuse, in comparison form. `source` names where the words come from so
 * `describe()` and logs can say it.
 */
export interface PasswordBlocklist {
  /** Where the list comes from, e.g. `@zxcvbn-ts/language-common@4.1.3 passwords-common`. */
  readonly source: string;
  /** Number of distinct entries. */
  readonly size: number;
  /** True when `password` (any case, any Unicode normalisation) is on the list. */
  has(password: string): boolean;
}

/**
 * Builds a {@link PasswordBlocklist} from words (a host's own list, a breach corpus excerpt…). Words are
 * compared case-insensitively after NFKC, like the passwords they are checked against.
 */
export function createPasswordBlocklist(words: Iterable<string>, source: string): PasswordBlocklist {
  const set = new Set<string>();
  for (const word of words) if (typeof word === 'string' && word !== '') set.add(comparisonForm(word));
  return {
    source,
    size: set.size,
    has: (password) => set.has(comparisonForm(password)),
  };
}
