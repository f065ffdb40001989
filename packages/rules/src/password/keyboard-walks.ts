/**
 * Passwords made of keyboard walks ("qwertyuiopasdfghjkl", "1qaz2wsx" is not one: only rows count), alphabet or
 * digit runs and repeated characters, with too little else to guess. NIST SP 800-63B-4 asks the blocklist to
 * cover "repetitive or sequential characters"; a walk along the keys is the same idea on the keyboard. Input is
 * in comparison form (lower case, NFKC).
 */

/** Key rows of the layouts people here type on: US/UK QWERTY, German QWERTZ, French AZERTY, and the digits. */
const ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiopü',
  'asdfghjklöä',
  'yxcvbnm',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
] as const;

/** Shortest run that counts as a pattern ("asd", "321", "aaa"). */
const MIN_RUN = 3;
/** A password with fewer characters outside such runs than this is refused. */
const MIN_OTHER = 4;

/** Whether `b` follows `a` on one key row, in either direction. */
function adjacentKeys(a: string, b: string): boolean {
  for (const row of ROWS) {
    const i = row.indexOf(a);
    if (i >= 0 && (row[i + 1] === b || (i > 0 && row[i - 1] === b))) return true;
  }
  return false;
}

/** Whether `b` follows `a` as a pattern step: the next key, the next code point, or the same character. */
function patternStep(a: string, b: string): boolean {
  if (a === b) return true;
  const step = (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0);
  return step === 1 || step === -1 || adjacentKeys(a, b);
}

/**
 * `'keyboard'` when the password is keyboard walks, runs and repeats (each at least 3 characters long) with
 * fewer than 4 other characters; `undefined` otherwise. Long passphrases of real words pass: their runs are short.
 */
export function keyboardWalk(password: string): 'keyboard' | undefined {
  const chars = Array.from(password);
  let other = 0;
  let run = 1;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && patternStep(chars[i - 1]!, chars[i]!)) {
      run++;
      continue;
    }
    if (run < MIN_RUN) other += run;
    run = 1;
  }
  return chars.length >= MIN_RUN && other < MIN_OTHER ? 'keyboard' : undefined;
}
