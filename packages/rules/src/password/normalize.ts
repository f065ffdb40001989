/**
 * Text helpers of the password policy: code-point length (NIST SP 800-63B-4 counts each Unicode code point
 * as one character) and the comparison form used for blocklist and context matching.
 */

/** Number of Unicode code points in `text` (an emoji is 1, not 2 UTF-16 units); lone surrogates count as 1. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point; skip the low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * The form passwords and words are compared in: NFKC (so fullwidth `ｐａｓｓｗｏｒｄ` is `password`, as NIST
 * asks for normalisation) and lower case (the blocklist is lower case; case changes add little strength).
 */
export function comparisonForm(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
