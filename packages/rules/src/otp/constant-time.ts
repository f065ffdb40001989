/**
 * Comparison whose running time does not depend on where two secrets differ, so a network attacker cannot
 * learn a code digit by digit from response times.
 */

/**
 * True when `a` and `b` hold the same bytes. Time depends only on the lengths (which are public: a code's
 * length is part of the policy), never on the contents.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  // Fold the length difference into the accumulator instead of returning early on it.
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** {@link constantTimeEqual} for strings of ASCII (codes, PINs); compares UTF-16 code units. */
export function constantTimeEqualText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    diff |= (i < a.length ? a.charCodeAt(i) : 0) ^ (i < b.length ? b.charCodeAt(i) : 0);
  }
  return diff === 0;
}
