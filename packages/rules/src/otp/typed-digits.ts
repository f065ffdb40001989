/**
 * What a person typed or pasted as a numeric code, reduced to its digits' canonical form: NFKC turns
 * fullwidth digits (`１２３`, from East Asian input methods) into ASCII, and the grouping people add
 * (`123 456`, `123-456`, `123–456`) is dropped. Anything else stays, so it still fails the format check.
 */
export function normalizeTypedDigits(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input.normalize('NFKC').replace(/[\s\p{Pd}]/gu, '');
}
