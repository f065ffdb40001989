/**
 * The length of a string in Unicode code points, as JSON Schema's `maxLength`/`minLength` count it: a high
 * surrogate followed by a low one is one character, a lone surrogate is one too. Built modules import this
 * ES module instead of ajv's CommonJS `ucs2length`, which esbuild had to wrap (and which carries a
 * `require(…)` string) in every module.
 */
export default function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A pair counts once: skip its low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
