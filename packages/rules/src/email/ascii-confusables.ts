/**
 * Plain-ASCII look-alikes: characters and pairs that read as another letter in the fonts mail clients use —
 * `0`/`o`, `1`/`l`/`I` (domains are case-insensitive, so `paypaI` is `paypai`), `rn`/`m`, `vv`/`w`, `cl`/`d`.
 * UTS #39 covers Unicode; these are the ASCII spoofs it leaves to the caller (`micros0ft`, `rnicrosoft`, `paypa1`).
 */

const PAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/0/g, 'o'],
  [/[1i]/g, 'l'],
];

/**
 * The form two labels share when they look alike in ASCII (`rnicr0s0ft` and `microsoft` → `mlcrosoft`). Compare
 * folds of a label and a protected label: equal folds of different labels are a look-alike. Pass lower-case.
 */
export function foldAsciiConfusables(label: string): string {
  let out = label;
  for (const [pattern, replacement] of PAIRS) out = out.replace(pattern, replacement);
  return out;
}
