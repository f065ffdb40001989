/**
 * Repetitive and sequential passwords (NIST SP 800-63B-4 names "aaaaaa" and "1234abcd" as examples of
 * what a blocklist must cover). Input is in comparison form.
 */

/** Longest repeated unit still treated as trivially repetitive: "abcdabcdabcd…" yes, "correcthorse"×2 no. */
const MAX_UNIT = 4;

/** Whole-password patterns: a short unit repeated ("aaaa…", "abab…"), or a run ("12345…", "zyxw…", "…890"). */
export function weakPattern(password: string): 'repetitive' | 'sequential' | undefined {
  const points = Array.from(password, (char) => char.codePointAt(0)!);
  if (points.length < 3) return undefined;
  for (let unit = 1; unit <= MAX_UNIT && unit * 2 <= points.length; unit++) {
    let repeats = true;
    for (let i = unit; i < points.length && repeats; i++) repeats = points[i] === points[i - unit];
    if (repeats) return 'repetitive';
  }
  const step = (a: number, b: number): number => {
    // Digit runs wrap: "7890123" is typed as a sequence on every keyboard.
    if (a === 0x39 && b === 0x30) return 1;
    if (a === 0x30 && b === 0x39) return -1;
    return b - a;
  };
  const first = step(points[0]!, points[1]!);
  if (first !== 1 && first !== -1) return undefined;
  for (let i = 2; i < points.length; i++) if (step(points[i - 1]!, points[i]!) !== first) return undefined;
  return 'sequential';
}
